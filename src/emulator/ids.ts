// Identifiers the emulator hands out: ObjectId-like ids from the state's counter (restart-safe and
// deterministic for a given history), opaque JWT-looking tokens, and client app id suffixes.
import { createHash, randomBytes } from 'node:crypto'
import type { EmulatorState } from './types.js'

// A fixed leading "timestamp" part makes ids look like real ObjectIds while staying deterministic.
const OBJECT_ID_PREFIX = '65f0c0de'

export function nextObjectId(state: EmulatorState): string {
  state.next_id += 1
  return OBJECT_ID_PREFIX + state.next_id.toString(16).padStart(16, '0')
}

export const OBJECT_ID = /^[0-9a-f]{24}$/

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url')
}

/** A random token shaped like a JWT (clients must treat it as opaque; the emulator looks it up). */
export function newToken(kind: 'access' | 'refresh', userId: string, nowMs: number, ttlS: number): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const iat = Math.floor(nowMs / 1000)
  const payload = base64url(
    JSON.stringify({ sub: userId, typ: kind, iat, exp: iat + ttlS, jti: randomHex(8) })
  )
  return `${header}.${payload}.${base64url(randomBytes(32))}`
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex')
}

/** Five lowercase letters derived from `seed`, as in `myapp-abcde`. */
export function clientAppSuffix(seed: string): string {
  const digest = createHash('sha256').update(seed).digest()
  return Array.from(digest.subarray(0, 5), byte => String.fromCharCode(97 + (byte % 26))).join('')
}
