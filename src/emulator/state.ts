// The emulator's whole state: creation, API key users, and persistence to `<data-dir>/state.json`
// with an atomic write (temp file + rename), so a process killed between requests loses nothing and
// a process killed mid-write leaves the previous complete file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { nextObjectId } from './ids.js'
import type { AppRecord, EmulatorState } from './types.js'

/** One API key pair and the Atlas projects (group ids) it may use. */
export interface UserSpec {
  readonly publicKey: string
  readonly privateKey: string
  readonly projects: readonly string[]
}

export const STATE_FILE = 'state.json'

export function createState(): EmulatorState {
  return { schema: 1, next_id: 0, users: [], groups: {}, access_tokens: {}, refresh_tokens: {} }
}

/** Adds the users (matched by public key, keeping a known user's id) and creates their projects. */
export function applyUsers(state: EmulatorState, specs: readonly UserSpec[]): void {
  for (const spec of specs) {
    const existing = state.users.find(u => u.public_key === spec.publicKey)
    if (existing) {
      existing.private_key = spec.privateKey
      existing.projects = [...spec.projects]
    } else {
      state.users.push({
        user_id: nextObjectId(state),
        public_key: spec.publicKey,
        private_key: spec.privateKey,
        projects: [...spec.projects]
      })
    }
    for (const project of spec.projects) state.groups[project] ??= { apps: {} }
  }
}

/** Every app of every project, for work that spans apps (deployment progress). */
export function allAppRecords(state: EmulatorState): AppRecord[] {
  return Object.values(state.groups).flatMap(group => Object.values(group.apps))
}

export interface StateStore {
  readonly file: string | undefined
  load(): EmulatorState | undefined
  save(state: EmulatorState): void
}

/** Persists to `dataDir/state.json`; without a dir, a store that keeps nothing on disk. */
export function createStateStore(dataDir: string | undefined): StateStore {
  if (!dataDir) return { file: undefined, load: () => undefined, save: () => undefined }
  const file = join(dataDir, STATE_FILE)
  return {
    file,
    load: () => loadStateFile(file),
    save: state => {
      mkdirSync(dataDir, { recursive: true })
      const temp = `${file}.${process.pid}.tmp`
      writeFileSync(temp, JSON.stringify(state))
      renameSync(temp, file)
    }
  }
}

function loadStateFile(file: string): EmulatorState | undefined {
  if (!existsSync(file)) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`cannot read emulator state ${file}: ${(error as Error).message}`)
  }
  const state = parsed as Partial<EmulatorState>
  if (!state || state.schema !== 1 || typeof state.next_id !== 'number' || !state.groups) {
    throw new Error(`cannot read emulator state ${file}: not an emulator state file (schema 1)`)
  }
  return state as EmulatorState
}
