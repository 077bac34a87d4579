// Scanning and collecting: deterministic order, and scan (no hashing) agreeing with collect.
import { afterAll, describe, expect, it } from '@jest/globals'
import { collectAssets, scanHostingFiles } from '../../src/hosting/scan.js'
import { makeApp, removeTempDirs } from './temp-app.js'

afterAll(removeTempDirs)

describe('asset order', () => {
  // Code point order is UTF-8 byte order; JavaScript's default sort (UTF-16 units) would put the
  // emoji (a surrogate pair) before U+FF5E and sort upper case and nested paths differently.
  const names = ['b.txt', 'B.txt', 'a/z.txt', 'a-b.txt', 'é.txt', '～.txt', '😀.txt', 'a.txt', 'a/b/c.txt']

  it('sorts by code point (UTF-8 byte order) whatever the creation order', async () => {
    const appDir = makeApp(Object.fromEntries(names.map(name => [name, name])))
    const expected = names
      .map(name => `/${name}`)
      .sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)))
    expect(expected.indexOf('/～.txt')).toBeLessThan(expected.indexOf('/😀.txt'))
    for (const workers of [0, 2]) {
      const { assets } = await collectAssets({ appDir, workers })
      expect(assets.map(a => a.path)).toEqual(expected)
    }
    expect((await scanHostingFiles({ appDir })).files.map(f => f.path)).toEqual(expected)
  })

  it('gives the same result run after run, with and without workers', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`d${i % 7}/f${(i * 7919) % 120}.css`, `${i}`])
    )
    const appDir = makeApp(files)
    const runs = await Promise.all([0, 2, 2].map(workers => collectAssets({ appDir, workers })))
    for (const run of runs) expect(run).toEqual(runs[0])
    expect(runs[0].assets).toHaveLength(120)
  })
})

describe('scanHostingFiles', () => {
  it('reports the same paths, sizes and attrs as collectAssets, without hashes', async () => {
    const appDir = makeApp({ 'index.html': '<html></html>', 'img/logo.png': Buffer.from([0, 1, 2, 255]) }, [
      { path: '/index.html', attrs: [{ name: 'Cache-Control', value: 'no-store' }] }
    ])
    const scanned = await scanHostingFiles({ appDir })
    const collected = await collectAssets({ appDir })
    for (const asset of collected.assets) expect(asset.hash).toMatch(/^[0-9a-f]{32}$/)
    expect(scanned.files).toEqual(
      collected.assets.map(a => ({
        path: a.path,
        size: a.size,
        attrs: a.attrs,
        explicitAttrs: a.explicitAttrs
      }))
    )
    expect(scanned.files[0]).toEqual({
      path: '/img/logo.png',
      size: 4,
      attrs: [{ name: 'Content-Type', value: 'image/png' }],
      explicitAttrs: false
    })
  })
})
