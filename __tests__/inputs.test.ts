import path from 'node:path'
import { ConfigError } from '../src/errors.js'
import { deploySettings, missingCredentials, readInputs } from '../src/inputs.js'
import { silentLogger } from '../src/log.js'
import { clearSecrets, redact } from '../src/secrets.js'

const GOOD: Record<string, string> = {
  'public-api-key': 'pubkey01',
  'private-api-key': 'private-key-0000-1111',
  'project-id': '5f00000000000000000000a1',
  'app-dir': 'apps/shop',
  'base-url': 'https://services.cloud.mongodb.com',
  mode: 'auto',
  secrets: 'API_KEY=value-with = sign \nOTHER=x2y3z4\n',
  'github-token': 'ghs_token_value_123'
}

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

function problemsOf(values: Record<string, string>): ConfigError {
  try {
    readInputs(reader({ ...GOOD, ...values }))
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

afterEach(() => clearSecrets())

test('good inputs give one readonly settings object with the defaults filled in', () => {
  const inputs = readInputs(reader(GOOD))
  expect(inputs).toMatchObject({
    'app-dir': 'apps/shop',
    mode: 'auto',
    preview: false,
    'on-draft-conflict': 'fail',
    'timeout-minutes': 15,
    comment: true,
    'max-previews': 0,
    'fail-on-missing-credentials': false
  })
  // A value is taken literally (spaces kept); only the line's CR would be dropped.
  expect([...inputs.secrets]).toEqual([
    ['API_KEY', 'value-with = sign '],
    ['OTHER', 'x2y3z4']
  ])
})

test('keys, the token and secret values are registered for masking', () => {
  readInputs(reader(GOOD))
  expect(redact('private-key-0000-1111 pubkey01 ghs_token_value_123 value-with = sign  x2y3z4')).toBe(
    '*** *** *** *** ***'
  )
})

test.each([
  ['mode', { mode: 'sometimes' }, "'sometimes' is not one of auto, plan, deploy, preview, cleanup"],
  ['project-id', { 'project-id': 'abc' }, 'is not an Atlas project id'],
  ['project-id', { 'project-id': '' }, 'the Atlas project id is required'],
  ['base-url', { 'base-url': 'not a url' }, 'is not an http(s) URL'],
  ['base-url', { 'base-url': 'ftp://host' }, 'is not an http(s) URL'],
  ['base-url', { 'base-url': 'https://user:pw@host' }, 'must not carry a user name or password'],
  ['on-draft-conflict', { 'on-draft-conflict': 'ignore' }, 'is not one of fail, discard, wait'],
  ['timeout-minutes', { 'timeout-minutes': 'ten' }, 'is not a positive number of minutes'],
  ['timeout-minutes', { 'timeout-minutes': '-1' }, 'is not a positive number of minutes'],
  ['max-previews', { 'max-previews': '2.5' }, 'is not a whole number'],
  ['preview-ttl-days', { 'preview-ttl-days': 'never' }, 'is not a positive number of days'],
  ['preview', { preview: 'yes' }, "'yes' is not a boolean"],
  ['include-hosting', { 'include-hosting': '1' }, 'is not a boolean'],
  ['environment', { environment: 'staging' }, 'is not one of development, testing, qa, production'],
  ['private-api-key', { 'private-api-key': '' }, 'public-api-key is set but private-api-key is empty'],
  ['public-api-key', { 'public-api-key': '' }, 'private-api-key is set but public-api-key is empty']
])('a bad %s is an error naming the input', (input, values, message) => {
  const error = problemsOf(values)
  expect(error.problems).toEqual([
    expect.objectContaining({ source: input, severity: 'error', message: expect.stringContaining(message) })
  ])
  expect(error.message).toContain(`${input}: error:`)
})

test('malformed secrets lines name the input and the line, never the text', () => {
  const error = problemsOf({ secrets: 'GOOD=ok1234\nthis-is-a-pasted-secret-value\nbad name=v' })
  expect(error.problems.map(p => [p.source, p.line])).toEqual([
    ['secrets', 2],
    ['secrets', 3]
  ])
  expect(error.message).not.toContain('this-is-a-pasted-secret-value')
})

test('every bad input is reported at once', () => {
  const error = problemsOf({ mode: 'x', 'base-url': 'y', 'timeout-minutes': 'z', 'on-draft-conflict': 'w' })
  expect(error.problems.map(p => p.source)).toEqual([
    'base-url',
    'mode',
    'on-draft-conflict',
    'timeout-minutes'
  ])
})

test('booleans accept the YAML spellings', () => {
  const inputs = readInputs(reader({ ...GOOD, preview: 'True', comment: 'FALSE', 'no-delete': 'true' }))
  expect([inputs.preview, inputs.comment, inputs['no-delete']]).toEqual([true, false, true])
})

test('no keys at all is not an error: the run is skipped later', () => {
  const inputs = readInputs(
    reader({ ...GOOD, 'public-api-key': '', 'private-api-key': '', 'project-id': '' })
  )
  expect(missingCredentials(inputs)).toBe(true)
  expect(missingCredentials(readInputs(reader(GOOD)))).toBe(false)
})

test('deploySettings builds the pipeline settings', () => {
  const inputs = readInputs(
    reader({ ...GOOD, 'timeout-minutes': '2.5', environment: 'qa', app: 'shop-abcde' })
  )
  const settings = deploySettings(inputs, {
    mode: 'deploy',
    deploymentName: 'v1',
    workspace: '/repo',
    logger: silentLogger
  })
  expect(settings).toMatchObject({
    appDir: path.resolve('/repo', 'apps/shop'),
    projectId: '5f00000000000000000000a1',
    app: 'shop-abcde',
    mode: 'deploy',
    deploymentName: 'v1',
    environment: 'qa',
    timeoutMs: 150_000,
    onDraftConflict: 'fail',
    noDelete: false
  })
  const plan = deploySettings(inputs, {
    mode: 'plan',
    deploymentName: 'v1',
    workspace: '/repo',
    logger: silentLogger
  })
  expect(plan.deploymentName).toBeUndefined()
})

test('exclude: kinds one per line or comma-separated; a name that is no kind is reported with the input', () => {
  const inputs = readInputs(reader({ ...GOOD, exclude: 'endpoint, graphql_config\nsync\n' }))
  expect(inputs.exclude).toEqual(['endpoint', 'graphql_config', 'sync'])
  expect(
    deploySettings(inputs, { mode: 'deploy', deploymentName: 'x', workspace: '/w', logger: silentLogger })
      .exclude
  ).toEqual(['endpoint', 'graphql_config', 'sync'])
  const error = problemsOf({ exclude: 'graphql\nendpoint', 'create-app': 'maybe' })
  expect(error.problems.map(p => `${p.source}: ${p.message.split(':')[0]}`)).toEqual([
    "create-app: 'maybe' is not a boolean",
    "exclude: 'graphql' is not a kind"
  ])
})
