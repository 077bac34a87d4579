// hosting/metadata.json: explicit attrs, and every mistake reported with its line and field.
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseHostingMetadata } from '../../src/hosting/metadata.js'
import { collectAssets, scanHostingFiles } from '../../src/hosting/scan.js'
import { makeApp, removeTempDirs } from './temp-app.js'

afterAll(removeTempDirs)

const errorsOf = (text: string) => parseHostingMetadata(text).problems.filter(p => p.severity === 'error')

describe('metadata.json entries', () => {
  it('uses the attrs of an entry verbatim, even [], and the default type for files without one', async () => {
    const appDir = makeApp({ 'index.html': '<p>', 'plain.html': '<p>', 'app.js': '1', notes: 'x' }, [
      { path: '/index.html', attrs: [{ name: 'Cache-Control', value: 'max-age=60' }] },
      { path: '/plain.html', attrs: [] }
    ])
    const { files, problems } = await scanHostingFiles({ appDir })
    expect(problems).toEqual([])
    expect(files).toEqual([
      {
        path: '/app.js',
        size: 1,
        attrs: [{ name: 'Content-Type', value: 'text/javascript' }],
        explicitAttrs: false
      },
      {
        path: '/index.html',
        size: 3,
        attrs: [{ name: 'Cache-Control', value: 'max-age=60' }],
        explicitAttrs: true
      },
      { path: '/notes', size: 1, attrs: [], explicitAttrs: false },
      { path: '/plain.html', size: 3, attrs: [], explicitAttrs: true }
    ])
  })

  it('names the line and field of an attribute App Services does not allow', async () => {
    const text = [
      '[',
      '  {"path": "/a.html", "attrs": [{"name": "Content-Type", "value": "text/html"}]},',
      '  {"path": "/b.html", "attrs": [',
      '    {"name": "Cache-Control", "value": "no-cache"},',
      '    {"name": "X-Powered-By", "value": "me"}',
      '  ]}',
      ']'
    ].join('\n')
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({
        source: 'hosting/metadata.json',
        line: 5,
        column: 14,
        field: '[1].attrs[1].name',
        message: expect.stringContaining("attribute 'X-Powered-By' is not allowed")
      })
    ])
  })

  it('suggests the right spelling of an attribute name in the wrong case', () => {
    const [problem] = errorsOf('[{"path": "/a", "attrs": [{"name": "content-type", "value": "text/plain"}]}]')
    expect(problem.message).toContain("did you mean 'Content-Type'?")
  })

  it('reports an entry whose file does not exist, at the entry line, in scan and collect alike', async () => {
    const appDir = makeApp(
      { 'a.html': 'a' },
      '[\n  {"path": "/a.html", "attrs": []},\n  {"path": "/docs/b.html", "attrs": []}\n]\n'
    )
    const expected = {
      source: 'hosting/metadata.json',
      line: 3,
      field: '[1].path',
      message:
        '/docs/b.html has an entry in metadata.json but no file under hosting/files: the entry is ignored',
      severity: 'warning'
    }
    expect((await scanHostingFiles({ appDir })).problems).toEqual([expected])
    const collected = await collectAssets({ appDir, workers: 0 })
    expect(collected.problems).toEqual([expected])
    expect(collected.assets.map(a => a.path)).toEqual(['/a.html'])
  })

  it('rejects malformed JSON with line and column: trailing commas, comments, truncation', () => {
    expect(errorsOf('[\n  {"path": "/a", "attrs": []},\n]')).toEqual([
      expect.objectContaining({ line: 3, column: 1, message: expect.stringContaining('not valid JSON') })
    ])
    expect(errorsOf('// exported\n[]')[0]).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringContaining('comments')
    })
    expect(errorsOf('[{"path": "/a",')[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('not valid JSON')
    })
    expect(errorsOf('')[0]).toMatchObject({
      source: 'hosting/metadata.json',
      message: 'is empty; write [] for no entries'
    })
  })

  it('accepts a byte order mark', async () => {
    const appDir = makeApp(
      { 'a.txt': 'a' },
      '\uFEFF[{"path": "/a.txt", "attrs": [{"name": "Content-Language", "value": "de"}]}]'
    )
    const { files, problems } = await scanHostingFiles({ appDir })
    expect(problems).toEqual([])
    expect(files[0].attrs).toEqual([{ name: 'Content-Language', value: 'de' }])
  })

  it('rejects wrong shapes, traversing paths and duplicate entries', () => {
    expect(errorsOf('{"path": "/a"}')[0].message).toContain('must be an array')
    expect(errorsOf('[{"path": "/a", "attrs": {}}]')[0]).toMatchObject({
      field: '[0].attrs',
      message: expect.stringContaining('[] for none')
    })
    expect(errorsOf('[{"path": "/../secret", "attrs": []}]')[0]).toMatchObject({
      field: '[0].path',
      message: expect.stringContaining("'..'")
    })
    expect(errorsOf('[{"path": "/a", "attrs": [{"name": "Content-Type", "value": 1}]}]')[0].field).toBe(
      '[0].attrs[0].value'
    )
    const duplicate = errorsOf('[\n{"path": "/a", "attrs": []},\n{"path": "/a", "attrs": []}\n]')
    expect(duplicate).toEqual([
      expect.objectContaining({ line: 3, message: 'a second entry for /a (the first is on line 2)' })
    ])
  })

  it('accepts what exports write: "attrs": null or no attrs (no explicit attributes)', () => {
    const { entries, problems } = parseHostingMetadata(
      '[{"path": "/a.html", "attrs": null}, {"path": "/b.html"}]'
    )
    expect(problems).toEqual([])
    expect([...entries.values()].map(e => [e.path, e.attrs])).toEqual([
      ['/a.html', []],
      ['/b.html', []]
    ])
  })

  it('warns that a path without a leading "/" matches no file, and ignores the entry', () => {
    const { entries, problems } = parseHostingMetadata('[{"path": "a.html", "attrs": []}]')
    expect(entries.size).toBe(0)
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: '[0].path',
        message: expect.stringContaining("matches no file and its attrs are not applied (write '/a.html'")
      })
    ])
  })

  it('skips the root-directory entry older exports wrote, with a warning', () => {
    // As in the stitch-legacy fixture: [{"path": "", "attrs": []}]
    const { entries, problems } = parseHostingMetadata(
      '[\n  {\n    "path": "",\n    "attrs": [\n\n    ]\n  }\n]'
    )
    expect(entries.size).toBe(0)
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 3, field: '[0].path' })])
  })
})

describe('a Content-Type the MIME database does not know', () => {
  it.each([['application/html'], ['image/*'], ['text/htm']])(
    '%s is a warning naming the value; the asset keeps it',
    value => {
      const parsed = parseHostingMetadata(
        JSON.stringify([{ path: '/index.html', attrs: [{ name: 'Content-Type', value }] }], null, 2)
      )
      expect(parsed.problems).toEqual([
        expect.objectContaining({
          severity: 'warning',
          line: 7,
          message: expect.stringContaining(`Content-Type '${value}' is not in the MIME database`)
        })
      ])
      expect(parsed.entries.get('/index.html')?.attrs).toEqual([{ name: 'Content-Type', value }])
    }
  )

  it('known types, with parameters and in any case, pass quietly', () => {
    const attrs = ['text/html; charset=utf-8', 'Image/PNG', 'application/json'].map(value => ({
      name: 'Content-Type',
      value
    }))
    const parsed = parseHostingMetadata(JSON.stringify(attrs.map((a, i) => ({ path: `/f${i}`, attrs: [a] }))))
    expect(parsed.problems).toEqual([])
  })
})
