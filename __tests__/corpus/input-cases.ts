// The deploy-time input errors of the bad-input corpus (bad-input.test.ts): bad `realm-deploy deploy`
// flags and bad action inputs, each with the texts its error must contain (the flag or input, what is
// wrong with it) and the values it must never show.

/** A `realm-deploy deploy` whose flags are wrong; the app is valid (the example app). */
export interface FlagCase {
  readonly name: string
  /** Flags after `deploy --app-dir APP --create-app --app corpus-flags`. */
  readonly args: readonly string[]
  /** Replace the connection flags (`--base-url`, `--project-id`) the test adds by default. */
  readonly connection?: { readonly 'base-url'?: string; readonly 'project-id'?: string }
  /** Leave MONGODB_ATLAS_PRIVATE_API_KEY unset. */
  readonly noPrivateKey?: boolean
  /** Files written to the working directory first. */
  readonly files?: Readonly<Record<string, string>>
  /** The error output contains each (one line holds them all). */
  readonly says: readonly string[]
  /** Secret values given in the bad input: they never show (and go to the leak check). */
  readonly secrets?: readonly string[]
}

const WEBHOOK = '--secret=slackWebhookUrl=https://hooks.invalid/corpus-0001'
const PASTED = 'xoxb-pasted-without-a-name-0001'
const FILE_LINE = 'token-pasted-alone-on-a-line-0001'

export const flagCases: readonly FlagCase[] = [
  {
    name: '--secret without "="',
    args: [`--secret=${PASTED}`],
    says: ['--secret', 'flag 1: expected NAME=value'],
    secrets: [PASTED]
  },
  {
    name: '--secret with an empty value',
    args: ['--secret', 'slackWebhookUrl='],
    says: ['--secret', "flag 1: secret 'slackWebhookUrl' has an empty value"]
  },
  {
    name: '--secret with a bad name',
    args: [WEBHOOK, '--secret', 'slack webhook=https://hooks.invalid/corpus-0002'],
    says: ['--secret', 'flag 2: the name before "=" may only contain'],
    secrets: ['https://hooks.invalid/corpus-0002']
  },
  {
    name: '--secrets-file that does not exist',
    args: [WEBHOOK, '--secrets-file', 'missing.env'],
    says: ['--secrets-file', "cannot read 'missing.env': ENOENT"]
  },
  {
    name: '--secrets-file with a line without "="',
    args: ['--secrets-file', 'ci.env'],
    files: {
      'ci.env': `# from the CI settings\nslackWebhookUrl=https://hooks.invalid/corpus-0003\n${FILE_LINE}\n`
    },
    says: ['ci.env:3', 'expected NAME=value'],
    secrets: ['https://hooks.invalid/corpus-0003', FILE_LINE]
  },
  {
    name: '--secrets-file with an empty value',
    args: ['--secrets-file', 'ci.env'],
    files: { 'ci.env': 'slackWebhookUrl=\n' },
    says: ['ci.env:1', "secret 'slackWebhookUrl' has an empty value"]
  },
  {
    name: '--secrets-file giving a secret twice',
    args: ['--secrets-file', 'ci.env'],
    files: {
      'ci.env':
        'slackWebhookUrl=https://hooks.invalid/corpus-0004\nslackWebhookUrl=https://hooks.invalid/corpus-0005\n'
    },
    says: ['ci.env:2', "secret 'slackWebhookUrl' is given twice"],
    secrets: ['https://hooks.invalid/corpus-0004', 'https://hooks.invalid/corpus-0005']
  },
  {
    name: 'malformed --project-id',
    args: [WEBHOOK],
    connection: { 'project-id': 'not-a-project' },
    says: ['--project-id', "'not-a-project' is not a project id: expected 24 hexadecimal digits"]
  },
  {
    name: '--project-id one digit short',
    args: [WEBHOOK],
    connection: { 'project-id': '5f00000000000000000000a' },
    says: ['--project-id', "'5f00000000000000000000a' is not a project id"]
  },
  {
    name: '--base-url that is not a URL',
    args: [WEBHOOK],
    connection: { 'base-url': 'services cloud mongodb' },
    says: ['--base-url', "'services cloud mongodb' is not a URL"]
  },
  {
    name: '--base-url that is not http(s)',
    args: [WEBHOOK],
    connection: { 'base-url': 'ftp://127.0.0.1:1' },
    says: ['--base-url', "'ftp://127.0.0.1:1' is not an http(s) URL"]
  },
  {
    name: '--base-url with a password in it',
    args: [WEBHOOK],
    connection: { 'base-url': 'http://admin:pw-in-the-url-0001@127.0.0.1:1' },
    says: ['--base-url', 'must not carry a user name or password'],
    secrets: ['pw-in-the-url-0001']
  },
  {
    name: 'unknown --on-draft-conflict',
    args: [WEBHOOK, '--on-draft-conflict', 'sometimes'],
    says: ['--on-draft-conflict', "'sometimes' is not one of fail, discard, wait"]
  },
  {
    name: 'non-numeric --timeout',
    args: [WEBHOOK, '--timeout', 'soon'],
    says: ['--timeout', "'soon' is not a number of seconds"]
  },
  {
    name: 'zero --timeout',
    args: [WEBHOOK, '--timeout', '0'],
    says: ['--timeout', "'0' is not a number of seconds"]
  },
  {
    name: 'unknown --environment',
    args: [WEBHOOK, '--environment', 'staging'],
    says: ['--environment', "'staging' is not one of"]
  },
  {
    name: 'an unknown flag',
    args: [WEBHOOK, '--dry-run'],
    // Issue 18: --dry-run, the one flag users reach for, points to plan.
    says: ['realm-deploy deploy', "unknown option '--dry-run': deploy has no dry run: 'realm-deploy plan'"]
  },
  {
    name: 'no private key',
    args: [WEBHOOK],
    noPrivateKey: true,
    says: ['--private-api-key', 'the API private key is required']
  }
]

/** A run of the bundled action whose inputs are wrong; `says` is what its `::error::` line holds. */
export interface InputCase {
  readonly name: string
  readonly inputs: Readonly<Record<string, string>>
  readonly says: readonly string[]
  readonly secrets?: readonly string[]
}

const INPUT_LINE = 'ghp_pastedWithoutAName000000001'

export const inputCases: readonly InputCase[] = [
  {
    name: 'unknown mode',
    inputs: { mode: 'sometimes' },
    says: ['mode: error:', "'sometimes' is not one of"]
  },
  {
    name: 'malformed project-id',
    inputs: { 'project-id': 'not-a-project' },
    says: ['project-id: error:', "'not-a-project' is not an Atlas project id"]
  },
  {
    name: 'base-url that is not a URL',
    inputs: { 'base-url': 'services cloud mongodb' },
    says: ['base-url: error:', "'services cloud mongodb' is not an http(s) URL"]
  },
  {
    name: 'a secrets line without "="',
    inputs: { secrets: `API_KEY=s3cr3t-corpus-0001\n${INPUT_LINE}\n` },
    says: ['secrets:2: error:', 'expected NAME=value'],
    secrets: ['s3cr3t-corpus-0001', INPUT_LINE]
  },
  {
    name: 'a secrets line with an empty value',
    inputs: { secrets: 'API_KEY=\n' },
    says: ['secrets:1: error:', "secret 'API_KEY' has an empty value"]
  },
  {
    name: 'unknown on-draft-conflict',
    inputs: { 'on-draft-conflict': 'maybe' },
    says: ['on-draft-conflict: error:', "'maybe' is not one of fail, discard, wait"]
  },
  {
    name: 'non-numeric timeout-minutes',
    inputs: { 'timeout-minutes': 'soon' },
    says: ['timeout-minutes: error:', "'soon' is not a positive number of minutes"]
  },
  {
    name: 'negative timeout-minutes',
    inputs: { 'timeout-minutes': '-5' },
    says: ['timeout-minutes: error:', "'-5' is not a positive number of minutes"]
  },
  {
    name: 'a boolean input that is not true or false',
    inputs: { 'include-hosting': 'yes' },
    says: ['include-hosting: error:', "'yes' is not a boolean"]
  },
  {
    name: 'unknown environment',
    inputs: { environment: 'staging' },
    says: ['environment: error:', "'staging' is not one of development, testing, qa, production"]
  },
  {
    name: 'a private key without its public key',
    inputs: { 'public-api-key': '' },
    says: ['public-api-key: error:', 'private-api-key is set but public-api-key is empty']
  }
]
