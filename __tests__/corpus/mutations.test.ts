// Real apps, broken the ways hand edits break them: seeded mutations of their JSON config files (a
// value set to null, "", another type, a key removed, a key added, an array made an object) and of
// whole files (a byte order mark, CRLF line ends, a file emptied or removed, a source removed). For
// every mutant the tool either refuses it before anything is written (exit 2, naming a file of the
// app) or deploys it on the first try; it never crashes, and never gets as far as a draft only to
// have the Admin API refuse a write (which would mean the validator missed what App Services checks,
// or the emulator checks what App Services does not).
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadApp } from '../../src/app/index.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { seededRandom } from '../../src/emulator/random.js'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { pipelineSettings } from '../deploy/settings.js'
import { secretValueFor, startTestEmulator } from '../pull/emulator-app.js'
import { realApps, validateCli } from './real-apps.js'

// More, or others, when exploring: MUTANTS_PER_APP=40 MUTATION_SEED=5000 npx jest ...; with
// MUTATE_DEPLOYED=1 each mutant updates the app deployed from the original instead of creating one.
const MUTANTS_PER_APP = Number(process.env.MUTANTS_PER_APP ?? 3)
const SEED = Number(process.env.MUTATION_SEED ?? 1000)
const apps = realApps().filter(a => !a.refuse)

let emulator: RunningEmulator
let work: string
beforeAll(async () => {
  emulator = await startTestEmulator()
  work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-mutants-'))
})
afterAll(async () => {
  await emulator.stop()
  await rm(work, { recursive: true, force: true })
})

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Mutation = { name: string; apply: (doc: Json, random: () => number) => string | undefined }

/** Every [container, key] of a document, depth first. */
function slots(
  doc: Json,
  out: Array<[Json[] | Record<string, Json>, string | number, string]> = [],
  at = ''
) {
  const entries: Array<[string | number, Json]> = Array.isArray(doc)
    ? doc.map((v, i) => [i, v])
    : doc && typeof doc === 'object'
      ? Object.entries(doc)
      : []
  for (const [key, value] of entries) {
    const here = typeof key === 'number' ? `${at}[${key}]` : `${at}.${key}`
    out.push([doc as Json[] | Record<string, Json>, key, here])
    slots(value, out, here)
  }
  return out
}

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items.length ? items[Math.floor(random() * items.length)] : undefined

function setter(value: (old: Json) => Json, label: string): Mutation['apply'] {
  return (doc, random) => {
    const slot = pick(slots(doc), random)
    if (!slot) return undefined
    const [container, key, at] = slot
    const old = (container as Record<string, Json>)[key as string]
    ;(container as Record<string, Json>)[key as string] = value(old)
    return `${at} ${label}`
  }
}

const MUTATIONS: Mutation[] = [
  { name: 'null', apply: setter(() => null, '= null') },
  { name: 'empty string', apply: setter(() => '', '= ""') },
  {
    name: 'other type',
    apply: setter(
      old =>
        typeof old === 'string'
          ? 42
          : typeof old === 'number'
            ? String(old)
            : typeof old === 'boolean'
              ? 'true'
              : 'x',
      'changed type'
    )
  },
  { name: 'array to object', apply: setter(old => (Array.isArray(old) ? {} : old), 'array -> {}') },
  {
    name: 'key removed',
    apply: (doc, random) => {
      const slot = pick(
        slots(doc).filter(([c]) => !Array.isArray(c)),
        random
      )
      if (!slot) return undefined
      delete (slot[0] as Record<string, Json>)[slot[1] as string]
      return `${slot[2]} removed`
    }
  },
  {
    name: 'key added',
    apply: (doc, random) => {
      const objects = [doc, ...slots(doc).map(([c, k]) => (c as Record<string, Json>)[k as string])].filter(
        (v): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v)
      )
      const target = pick(objects, random)
      if (!target) return undefined
      target.extra_field = 'added'
      return 'extra_field added'
    }
  }
]

/** Edits of a file as text or on disk: what an editor, a merge or a careless commit does. */
type FileMutation = {
  name: string
  kind: 'json' | 'source'
  apply: (file: string, random: () => number) => Promise<string | undefined>
}
const FILE_MUTATIONS: FileMutation[] = [
  {
    name: 'byte order mark',
    kind: 'json',
    apply: async file => (await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`), 'BOM added')
  },
  {
    name: 'CRLF',
    kind: 'json',
    apply: async file => (
      await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n')),
      'CRLF line ends'
    )
  },
  { name: 'emptied', kind: 'json', apply: async file => (await writeFile(file, ''), 'emptied') },
  { name: 'removed', kind: 'json', apply: async file => (await rm(file), 'removed') },
  { name: 'source removed', kind: 'source', apply: async file => (await rm(file), 'removed') },
  {
    name: 'source CRLF',
    kind: 'source',
    apply: async file => (
      await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n')),
      'CRLF line ends'
    )
  }
]

async function sourceFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'hosting')
        out.push(...(await sourceFiles(full, base)))
    } else if (entry.name.endsWith('.js')) out.push(path.relative(base, full))
  }
  return out.sort()
}

async function jsonFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'hosting')
        out.push(...(await jsonFiles(full, base)))
    } else if (
      entry.name.endsWith('.json') &&
      entry.name !== 'package.json' &&
      entry.name !== 'package-lock.json'
    )
      out.push(path.relative(base, full))
  }
  return out.sort()
}

const findings: string[] = []
afterAll(() => {
  if (findings.length) process.stdout.write(`mutation findings:\n${findings.join('\n')}\n`)
})

describe.each(apps.map((a, i) => [a.id, a, i] as const))('%s', (_id, app, index) => {
  test(`${MUTANTS_PER_APP} mutants: refused naming a file, or deployed on the first try`, async () => {
    const files = await jsonFiles(app.dir)
    const sources = await sourceFiles(app.dir)
    const random = seededRandom(SEED + index)
    let base: string | undefined
    if (process.env.MUTATE_DEPLOYED === '1') {
      base = `base-${index}`
      const model = await loadApp({ appDir: app.dir })
      const secretValues = new Map(model.secretsNeeded.map(name => [name, secretValueFor(name)]))
      const first = await runPipeline({
        ...pipelineSettings(emulator, app.dir, { secretValues, app: base }),
        createApp: true,
        createName: base
      })
      expect(first.status).toBe('deployed')
    }
    for (let m = 0; m < MUTANTS_PER_APP; m++) {
      // One in four mutants edits a file as a whole (text, or on disk), the others a value in it.
      const whole = random() < 0.25 ? pick(FILE_MUTATIONS, random) : undefined
      const file = pick(whole?.kind === 'source' ? sources : files, random)
      const mutation = pick(MUTATIONS, random)
      if (!file || !mutation) continue
      const dir = path.join(work, `mutant-${index}-${m}`)
      await rm(dir, { recursive: true, force: true })
      await cp(app.dir, dir, { recursive: true })
      let what: string | undefined
      if (whole) what = await whole.apply(path.join(dir, file), random)
      else {
        let doc: Json
        try {
          doc = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Json
        } catch {
          continue // a file the app itself has empty (App Services reads it as nothing)
        }
        what = mutation.apply(doc, random)
        if (what) await writeFile(path.join(dir, file), `${JSON.stringify(doc, null, 2)}\n`)
      }
      if (!what) continue
      const label = `${app.id} ${file} ${what}`
      const validate = await validateCli(dir)
      if (validate.code !== 0) {
        if (validate.code !== 2 || !/^\S+(:\d+(:\d+)?)?( \([^)]*\))?: error: /m.test(validate.stderr))
          findings.push(`${label}: validate exit ${validate.code}: ${validate.stderr.slice(0, 300)}`)
        continue
      }
      const model = await loadApp({ appDir: dir })
      const secretValues = new Map(model.secretsNeeded.map(name => [name, secretValueFor(name)]))
      // A new app per mutant, or (MUTATE_DEPLOYED=1) the app deployed from the original, updated.
      const name = base ?? `mutant-${index}-${m}`
      const settings = pipelineSettings(emulator, dir, { secretValues, app: name })
      const drafts = () => emulator.requestLog.find('POST', /\/drafts$/).length
      const before = drafts()
      const result = await runPipeline({ ...settings, createApp: !base, createName: name })
      if (result.status === 'deployed' || result.status === 'no-changes') {
        // Deployed as written: a plan right after finds nothing to do (no change planned forever).
        const again = await runPipeline({ ...settings, mode: 'plan' })
        if (again.status !== 'no-changes')
          findings.push(
            `${label}: planned again after deploying: ${again.status} ${JSON.stringify(again.plan?.changes.map(c => [c.kind, c.key, c.action, Object.fromEntries((c.fields ?? []).map(f => [f, { repository: c.desired?.fields[f], app: c.remote?.fields[f] }]))]))}`
          )
        continue
      }
      if (result.exitCode === 2 && drafts() === before) continue
      findings.push(
        `${label}: ${result.status} (exit ${result.exitCode}): ${String(result.error).slice(0, 300)}`
      )
    }
  })
})

// The edits the seeded runs found once, on the project's own fixture app: each is refused before a
// draft opens (as App Services refuses it) or deploys (App Services accepts it as unset).
const OWN = path.resolve('__tests__/fixtures/apps/layout-20230101')
const V2 = path.resolve('__tests__/fixtures/apps/layout-20200603')
type Edit = (doc: Record<string, Json>) => void

/** Custom user data switched on, in the project's own example data source. */
const ENABLED_USER_DATA: Record<string, Json> = {
  enabled: true,
  mongo_service_name: 'mongodb-atlas',
  database_name: 'inventory',
  collection_name: 'users',
  user_id_field: 'user_id'
}

/** Adds a local-userpass provider with these reset settings to auth/providers.json. */
const localUserpass =
  (reset: Record<string, Json>): Edit =>
  d =>
    void (d['local-userpass'] = {
      name: 'local-userpass',
      type: 'local-userpass',
      disabled: false,
      config: { autoConfirm: true, resetPasswordUrl: 'https://example.invalid/reset', ...reset }
    })
test.each<[string, string, string, Edit, 'refused' | 'deployed']>([
  [
    '1. Data API return_type removed',
    OWN,
    'https_endpoints/data_api_config.json',
    d => void delete d.return_type,
    'refused'
  ],
  [
    '2. Data API versions null',
    OWN,
    'https_endpoints/data_api_config.json',
    d => void (d.versions = null),
    'refused'
  ],
  [
    '3. Data API validation_method removed',
    OWN,
    'https_endpoints/data_api_config.json',
    d => void delete d.validation_method,
    'refused'
  ],
  [
    '4. Data API validation_method "" (as exports write it)',
    OWN,
    'https_endpoints/data_api_config.json',
    d => void (d.validation_method = ''),
    'deployed'
  ],
  [
    '5. endpoint validation_method ""',
    OWN,
    'https_endpoints/config.json',
    d => void ((d as unknown as Array<Record<string, Json>>)[0].validation_method = ''),
    'refused'
  ],
  [
    '6. log forwarder log_types item ""',
    OWN,
    'log_forwarders/errors.json',
    d => void (d.log_types = ['']),
    'refused'
  ],
  [
    '7. enabled partition sync without partition.key',
    OWN,
    'sync/config.json',
    d =>
      void Object.assign(d, {
        type: 'partition',
        state: 'enabled',
        partition: { key: null, type: 'string' }
      }),
    'refused'
  ],
  [
    '8. trigger function_name ""',
    OWN,
    'triggers/nightlyReport.json',
    d =>
      void ((
        d.event_processors as Record<string, Record<string, Record<string, Json>>>
      ).FUNCTION.config.function_name = ''),
    'refused'
  ],
  ['9. service type ""', V2, 'services/http/config.json', d => void (d.type = ''), 'refused'],
  [
    '10. data source readPreference null',
    OWN,
    'data_sources/mongodb-atlas/config.json',
    d => void ((d.config as Record<string, Json>).readPreference = null),
    'deployed'
  ],
  [
    '11. data source readPreference ""',
    OWN,
    'data_sources/mongodb-atlas/config.json',
    d => void ((d.config as Record<string, Json>).readPreference = ''),
    'deployed'
  ],
  [
    '12. service secret_config entry "" (never set)',
    V2,
    'services/http/config.json',
    d => void (d.secret_config = { apiKey: '' }),
    'deployed'
  ],
  [
    '13. Data API versions item ""',
    OWN,
    'https_endpoints/data_api_config.json',
    d => void (d.versions = ['']),
    'refused'
  ],
  [
    '14. trigger FUNCTION processor null',
    OWN,
    'triggers/nightlyReport.json',
    d => void ((d.event_processors as Record<string, Json>).FUNCTION = null),
    'refused'
  ],
  ['15. auth provider name ""', V2, 'auth_providers/anon-user.json', d => void (d.name = ''), 'refused'],
  [
    '16. endpoint return_type "" (unset)',
    OWN,
    'https_endpoints/config.json',
    d => void ((d as unknown as Array<Record<string, Json>>)[0].return_type = ''),
    'deployed'
  ],
  [
    '17. local-userpass resetFunctionName "" (unset)',
    OWN,
    'auth/providers.json',
    localUserpass({ runResetFunction: false, resetFunctionName: '' }),
    'deployed'
  ],
  [
    '18. webhook respond_result removed',
    V2,
    'services/http/incoming_webhooks/restock/config.json',
    d => void delete d.respond_result,
    'refused'
  ],
  [
    '21. service rule action ""',
    V2,
    'services/http/rules/restock.json',
    d => void (d.actions = ['']),
    'refused'
  ],
  [
    '22. service rule when null',
    V2,
    'services/http/rules/restock.json',
    d => void (d.when = null),
    'deployed'
  ],
  [
    '23. trigger root function_name null',
    OWN,
    'triggers/nightlyReport.json',
    d => void (delete d.event_processors, (d.function_name = null)),
    'refused'
  ],
  ['24. sync state null', OWN, 'sync/config.json', d => void (d.state = null), 'refused'],
  ['25. sync state removed from a typed sync', OWN, 'sync/config.json', d => void delete d.state, 'refused'],
  [
    '26. sync type and state removed (as exports without sync write it)',
    OWN,
    'sync/config.json',
    d => void (delete d.state, delete d.type),
    'deployed'
  ],
  [
    '28. database trigger collection "" (every collection of the database)',
    OWN,
    'triggers/onOrderInsert.json',
    d => void ((d.config as Record<string, Json>).collection = ''),
    'deployed'
  ],
  [
    '29. a key the server drops inside an EventBridge processor config',
    OWN,
    'triggers/nightlyReport.json',
    d =>
      void (d.event_processors = {
        AWS_EVENTBRIDGE: { config: { account_id: '012345678901', region: 'us-east-1', extra_field: 'x' } }
      }),
    'deployed'
  ],
  [
    '30. a key the server drops inside a log forwarder action',
    OWN,
    'log_forwarders/errors.json',
    d => void ((d.action as Record<string, Json>).extra_field = 'added'),
    'deployed'
  ],
  [
    '31. trigger root function_name "" and no event_processors (no action)',
    OWN,
    'triggers/nightlyReport.json',
    d => void (delete d.event_processors, (d.function_name = '')),
    'refused'
  ],
  [
    '32. trigger root function_name "" beside event_processors (unset)',
    OWN,
    'triggers/nightlyReport.json',
    d => void (d.function_name = ''),
    'deployed'
  ],
  [
    '27. auth provider resetFunctionName a number',
    OWN,
    'auth/providers.json',
    localUserpass({ runResetFunction: true, resetFunctionName: 42 }),
    'refused'
  ],
  [
    '19. DATABASE trigger service_name null',
    OWN,
    'triggers/onOrderInsert.json',
    d => void ((d.config as Record<string, Json>).service_name = null),
    'refused'
  ],
  [
    '20. JWT signing key name ""',
    OWN,
    'auth/providers.json',
    d =>
      void (d['custom-token'] = {
        name: 'custom-token',
        type: 'custom-token',
        disabled: false,
        config: { audience: [], requireAnyAudience: false, signingAlgorithm: 'HS256', useJWKURI: false },
        secret_config: { signingKeys: [''] }
      }),
    'refused'
  ]
])('%s: %s', async (rule, source, file, edit, expected) => {
  const dir = path.join(work, `own-${rule.split('.')[0]}`)
  await cp(source, dir, { recursive: true })
  const doc = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, Json>
  edit(doc)
  await writeFile(path.join(dir, file), `${JSON.stringify(doc, null, 2)}\n`)
  const validate = await validateCli(dir)
  if (expected === 'refused') {
    expect(validate.code).toBe(2)
    expect(validate.stderr).toContain(`${file}`)
    return
  }
  expect([validate.code, validate.stderr.split('\n').filter(l => l.includes(': error: '))]).toEqual([0, []])
  const model = await loadApp({ appDir: dir })
  const secretValues = new Map(model.secretsNeeded.map(name => [name, secretValueFor(name)]))
  const name = `own-${rule.split('.')[0]}`
  const settings = pipelineSettings(emulator, dir, { secretValues, app: name })
  const result = await runPipeline({ ...settings, createApp: true, createName: name })
  expect([result.status, result.error]).toEqual(['deployed', undefined])
  const again = await runPipeline({ ...settings, mode: 'plan' })
  expect([again.status, again.plan?.changes ?? []]).toEqual(['no-changes', []])
})

test('no mutant crashed or was refused only by the Admin API', () => {
  expect(findings).toEqual([])
})

// Updates that must converge: the app deployed from one version of a file, then from another; a plan
// right after the second deploy finds nothing to do.
test.each<[string, string, string, Edit, Edit]>([
  [
    '1. a data source config key removed',
    OWN,
    'data_sources/mongodb-atlas/config.json',
    d => void ((d.config as Record<string, Json>).extra_setting = 'x'),
    () => undefined
  ],
  [
    '2. a service config key removed',
    V2,
    'services/http/config.json',
    d => void (d.config = { region: 'us-east-1' }),
    d => void (d.config = {})
  ],
  [
    '3. an endpoint flag set to null',
    OWN,
    'https_endpoints/config.json',
    () => undefined,
    d => void ((d as unknown as Array<Record<string, Json>>)[0].respond_result = null)
  ],
  ['4. sync type ""', OWN, 'sync/config.json', () => undefined, d => void (d.type = '')],
  [
    '6. a Data API flag left out',
    OWN,
    'https_endpoints/data_api_config.json',
    d => void (d.create_user_on_auth = true),
    d => void delete d.create_user_on_auth
  ],
  [
    '7. an auth provider config, secret_config and redirect_uris removed',
    OWN,
    'auth/providers.json',
    d =>
      void (d['oauth2-google'] = {
        name: 'oauth2-google',
        type: 'oauth2-google',
        disabled: false,
        config: { clientId: 'id.apps.googleusercontent.com', openId: true },
        secret_config: { clientSecret: 'googleClientSecret' },
        redirect_uris: ['https://example.com/auth']
      }),
    d => void (d['oauth2-google'] = { name: 'oauth2-google', type: 'oauth2-google', disabled: false })
  ],
  [
    '8. sync service_name set to null',
    OWN,
    'sync/config.json',
    () => undefined,
    d => void (d.service_name = null)
  ],
  [
    '9. a service secret_config pointed at another secret',
    V2,
    'services/http/config.json',
    d => void (d.secret_config = { token: 'httpTokenA' }),
    d => void (d.secret_config = { token: 'httpTokenB' })
  ],
  [
    '10. a service secret_config removed',
    V2,
    'services/http/config.json',
    d => void (d.secret_config = { token: 'httpTokenA' }),
    d => void delete d.secret_config
  ],
  [
    '11. a database trigger collection ""',
    OWN,
    'triggers/onOrderInsert.json',
    () => undefined,
    d => void ((d.config as Record<string, Json>).collection = '')
  ],
  [
    '12. an auth provider field our tables do not know, removed',
    OWN,
    'auth/providers.json',
    d => void ((d['anon-user'] as Record<string, Json>).extra_field = 'added'),
    () => undefined
  ],
  [
    '13. a Data API field our tables do not know, removed',
    OWN,
    'https_endpoints/data_api_config.json',
    d => void (d.extra_field = 'added'),
    () => undefined
  ],
  [
    '14. custom user data: the creation function and a field removed',
    OWN,
    'auth/custom_user_data.json',
    d =>
      void Object.assign(d, ENABLED_USER_DATA, {
        on_user_creation_function_name: 'restock',
        extra_field: 'added'
      }),
    d => void Object.assign(d, ENABLED_USER_DATA)
  ],
  [
    '5. a key the server drops inside a trigger config',
    OWN,
    'triggers/nightlyReport.json',
    () => undefined,
    d => void ((d.config as Record<string, Json>).extra_setting = 'x')
  ]
])('update %s: converges', async (rule, source, file, first, second) => {
  const dir = path.join(work, `update-${rule.split('.')[0]}`)
  await cp(source, dir, { recursive: true })
  const original = await readFile(path.join(dir, file), 'utf8')
  const name = `update-${rule.split('.')[0]}`
  const deploy = async (edit: Edit, extra: Partial<Parameters<typeof runPipeline>[0]> = {}) => {
    const doc = JSON.parse(original) as Record<string, Json>
    edit(doc)
    await writeFile(path.join(dir, file), `${JSON.stringify(doc, null, 2)}\n`)
    const model = await loadApp({ appDir: dir })
    const secretValues = new Map(model.secretsNeeded.map(n => [n, secretValueFor(n)]))
    return runPipeline({ ...pipelineSettings(emulator, dir, { secretValues, app: name }), ...extra })
  }
  expect((await deploy(first, { createApp: true, createName: name })).status).toBe('deployed')
  expect((await deploy(second)).status).toMatch(/^(deployed|no-changes)$/)
  const again = await deploy(second, { mode: 'plan' })
  expect([again.status, again.plan?.changes.map(c => [c.kind, c.key, c.fields])]).toEqual(['no-changes', []])
})
