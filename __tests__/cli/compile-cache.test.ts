import { compileCacheDirectory } from '../../src/cli/compile-cache.js'

describe('compileCacheDirectory', () => {
  test.each([
    [{}, '/home/ci/.cache/realm-deploy/compile-cache'],
    [{ XDG_CACHE_HOME: '/var/cache/ci' }, '/var/cache/ci/realm-deploy/compile-cache'],
    // The XDG rule: a relative path is invalid and ignored.
    [{ XDG_CACHE_HOME: 'relative/cache' }, '/home/ci/.cache/realm-deploy/compile-cache'],
    [{ XDG_CACHE_HOME: '' }, '/home/ci/.cache/realm-deploy/compile-cache'],
    // Never the shared temp directory node would pick.
    [{ TMPDIR: '/tmp' }, '/home/ci/.cache/realm-deploy/compile-cache']
  ])('%j: %s', (env, expected) => {
    expect(compileCacheDirectory(env, '/home/ci')).toBe(expected)
  })
})
