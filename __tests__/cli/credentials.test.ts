// The shared connection flags: flags or the Atlas CLI's environment variables, every problem at once
// naming its flag, and keys registered as secrets as soon as they are read.
import { describe, expect, it } from '@jest/globals'
import { connectionFromOptions, connectionOptions } from '../../src/cli/credentials.js'
import { ConfigError } from '../../src/errors.js'
import { redact } from '../../src/secrets.js'

const project = '5f00000000000000000000d1'

function problemsOf(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(p => `${p.source}: ${p.message}`)
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('connectionFromOptions', () => {
  it('takes the keys from the Atlas CLI environment variables and defaults the base URL', () => {
    const env = {
      MONGODB_ATLAS_PUBLIC_API_KEY: 'envpublic1',
      MONGODB_ATLAS_PRIVATE_API_KEY: 'env-private-secret-1'
    }
    expect(connectionFromOptions({ 'project-id': project }, env)).toEqual({
      baseUrl: 'https://services.cloud.mongodb.com',
      projectId: project,
      publicKey: 'envpublic1',
      privateKey: 'env-private-secret-1'
    })
    expect(redact('key env-private-secret-1 and envpublic1')).toBe('key *** and ***')
  })

  it('prefers flags, accepts an http base URL (the emulator) and drops a pasted API path', () => {
    const values = {
      'project-id': project.toUpperCase(),
      'public-api-key': 'flagpublic',
      'private-api-key': 'flag-private-secret',
      'base-url': 'http://127.0.0.1:8080/api/admin/v3.0/'
    }
    const env = {
      MONGODB_ATLAS_PUBLIC_API_KEY: 'envpublic2',
      MONGODB_ATLAS_PRIVATE_API_KEY: 'env-private-secret-2'
    }
    expect(connectionFromOptions(values, env)).toMatchObject({
      baseUrl: 'http://127.0.0.1:8080',
      publicKey: 'flagpublic',
      privateKey: 'flag-private-secret'
    })
  })

  it('reports every problem at once, each naming its flag, without echoing a key', () => {
    const problems = problemsOf(() =>
      connectionFromOptions(
        { 'project-id': 'abc123', 'base-url': 'ftp://example.com', 'private-api-key': 'pk-leak-check-9' },
        {}
      )
    )
    expect(problems).toEqual([
      "--project-id: 'abc123' is not a project id: expected 24 hexadecimal digits",
      '--public-api-key: the API public key is required (or set MONGODB_ATLAS_PUBLIC_API_KEY)',
      "--base-url: 'ftp://example.com' is not an http(s) URL"
    ])
    expect(problems.join('\n')).not.toContain('pk-leak-check-9')
  })

  it('requires the project and refuses URLs that are not URLs or carry credentials', () => {
    const keys = { 'public-api-key': 'pub12345', 'private-api-key': 'priv-12345-secret' }
    expect(problemsOf(() => connectionFromOptions({ ...keys, 'base-url': 'not a url' }, {}))).toEqual([
      '--project-id: the Atlas project id is required (or set MONGODB_ATLAS_PROJECT_ID)',
      "--base-url: 'not a url' is not a URL: expected e.g. https://services.cloud.mongodb.com"
    ])
    expect(
      problemsOf(() =>
        connectionFromOptions({ ...keys, 'project-id': project, 'base-url': 'https://u:p@example.com' }, {})
      )
    ).toEqual(['--base-url: the URL must not carry a user name or password: the API keys authenticate'])
  })

  it('declares the four flags for --help', () => {
    expect(Object.keys(connectionOptions)).toEqual([
      'base-url',
      'project-id',
      'public-api-key',
      'private-api-key'
    ])
  })
})
