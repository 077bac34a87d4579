import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseSecretLines, readSecretInputs } from '../../src/app/secret-inputs.js'
import { ConfigError, formatProblem } from '../../src/errors.js'
import { clearSecrets, redact } from '../../src/secrets.js'
import { makeTempDir } from './fixture-dirs.js'

afterEach(() => clearSecrets())

describe('parseSecretLines', () => {
  test('reads NAME=value lines, skipping blanks and comments; the value is literal after the first =', () => {
    const text =
      '# deploy secrets\n\nslackWebhookUrl=https://hooks.example.com/T0/B0?a=b\r\n  restockToken = s3cr3t-token \n'
    const { values, problems } = parseSecretLines(text, 'secrets')
    expect(problems).toEqual([])
    expect([...values]).toEqual([
      ['slackWebhookUrl', 'https://hooks.example.com/T0/B0?a=b'],
      ['restockToken', ' s3cr3t-token ']
    ])
  })

  test('registers every value for masking at once', () => {
    parseSecretLines('apiKey=sk_live_0123456789\n', 'secrets')
    expect(redact('token sk_live_0123456789 used')).toBe('token *** used')
  })

  test('malformed lines are problems with their line number, never their text', () => {
    const text = 'ok=value-one\nghp_abcdefghijklmnop\nbad name=value-two\nempty=\nok=value-three\n'
    const { problems } = parseSecretLines(text, '.secrets.env')
    expect(problems.map(p => [p.source, p.line])).toEqual([
      ['.secrets.env', 2],
      ['.secrets.env', 3],
      ['.secrets.env', 4],
      ['.secrets.env', 5]
    ])
    const printed = problems.map(p => redact(formatProblem(p))).join('\n')
    expect(printed).not.toContain('ghp_abcdefghijklmnop')
    expect(printed).not.toContain('bad name')
    expect(printed).not.toContain('value-')
    expect(printed).toContain("secret 'empty' has an empty value")
    expect(printed).toContain("secret 'ok' is given twice")
  })
})

describe('readSecretInputs', () => {
  test('merges the file and --secret flags; a flag wins and may span lines', async () => {
    const dir = await makeTempDir('realm-deploy-secrets-')
    await writeFile(
      path.join(dir, 'deploy.env'),
      'restockToken=from-file\nslackWebhookUrl=https://hooks.example.com/x\n'
    )
    const pem = '-----BEGIN KEY-----\nMIIB\n-----END KEY-----'
    const values = await readSecretInputs({
      secrets: ['restockToken=from-flag', `signingKey=${pem}`],
      secretsFile: 'deploy.env',
      cwd: dir
    })
    expect(Object.fromEntries(values)).toEqual({
      restockToken: 'from-flag',
      slackWebhookUrl: 'https://hooks.example.com/x',
      signingKey: pem
    })
  })

  test('a missing file and a bad flag are reported together', async () => {
    const error = (await readSecretInputs({
      secrets: ['no-equals-sign-here'],
      secretsFile: 'missing.env',
      cwd: tmpdir()
    }).catch(e => e)) as ConfigError
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.problems.map(p => p.source)).toEqual(['--secrets-file', '--secret'])
    expect(error.problems[1].message).toContain('flag 1: expected NAME=value')
    expect(redact(error.message)).not.toContain('no-equals-sign-here')
  })
})
