// Ignore patterns: .gitignore-style globs against asset paths.
import { afterAll, describe, expect, it } from '@jest/globals'
import { compileIgnore } from '../../src/hosting/ignore.js'
import { collectAssets } from '../../src/hosting/scan.js'
import { makeApp, removeTempDirs } from './temp-app.js'

afterAll(removeTempDirs)

function ignores(pattern: string, path: string): boolean {
  const { matcher, problems } = compileIgnore([pattern])
  expect(problems).toEqual([])
  return matcher.isIgnoredWithParents(path)
}

describe('compileIgnore', () => {
  it.each([
    ['*.map', '/app.js.map', true],
    ['*.map', '/js/deep/app.js.map', true],
    ['*.map', '/app.js', false],
    ['.DS_Store', '/a/b/.DS_Store', true],
    ['/drafts', '/drafts/post.html', true],
    ['/drafts', '/blog/drafts/post.html', false],
    ['drafts/', '/blog/drafts/post.html', true],
    ['drafts/', '/drafts', false],
    ['docs/*.md', '/docs/a.md', true],
    ['docs/*.md', '/x/docs/a.md', false],
    ['docs/*.md', '/docs/sub/a.md', false],
    ['**/tmp/*.txt', '/a/b/tmp/x.txt', true],
    ['**/tmp/*.txt', '/tmp/x.txt', true],
    ['/a/**/b.txt', '/a/b.txt', true],
    ['/a/**/b.txt', '/a/x/y/b.txt', true],
    ['/a/**', '/a/x/y/z.png', true],
    ['/a/**', '/ab/z.png', false],
    ['file?.txt', '/file1.txt', true],
    ['file?.txt', '/file10.txt', false],
    ['img[0-9].png', '/img7.png', true],
    ['img[!0-9].png', '/img7.png', false],
    ['img[!0-9].png', '/imgx.png', true],
    ['[ab]*', '/beta', true],
    ['\\*.txt', '/*.txt', true],
    ['\\*.txt', '/a.txt', false],
    ['*', '/x/y.html', true],
    ['naïve-😀.txt', '/naïve-😀.txt', true]
  ])('%s on %s -> %s', (pattern, path, expected) => {
    expect(ignores(pattern, path)).toBe(expected)
  })

  it('never lets * or ? cross a directory', () => {
    expect(ignores('/a*b', '/a/b')).toBe(false)
    expect(ignores('/a?b', '/a/b')).toBe(false)
  })

  it('reports invalid patterns with their source', () => {
    const { problems } = compileIgnore(['[abc', '!keep.html', '/', 'ok'], '--ignore')
    expect(problems.map(p => [p.source, p.message])).toEqual([
      ['--ignore', expect.stringContaining("ignore pattern '[abc': '[' at position 1 is not closed")],
      ['--ignore', expect.stringContaining('negation (!) is not supported')],
      ['--ignore', expect.stringContaining('names no file')]
    ])
  })
})

describe('collectAssets with ignore patterns', () => {
  it('leaves out ignored files and whole directories, and does not flag their metadata entries', async () => {
    const appDir = makeApp(
      { 'index.html': 'i', '.DS_Store': 'x', 'js/app.js.map': '{}', 'drafts/a.html': 'a', 'js/app.js': 'j' },
      [{ path: '/drafts/a.html', attrs: [] }]
    )
    const { assets, problems } = await collectAssets({
      appDir,
      ignore: ['.DS_Store', '*.map', '/drafts/'],
      workers: 0
    })
    expect(problems).toEqual([])
    expect(assets.map(a => a.path)).toEqual(['/index.html', '/js/app.js'])
  })

  it('mirrors the whole directory when no pattern is given, as realm-cli does', async () => {
    const appDir = makeApp({ '.DS_Store': 'x', 'a.map': '{}' })
    expect((await collectAssets({ appDir })).assets.map(a => a.path)).toEqual(['/.DS_Store', '/a.map'])
  })
})
