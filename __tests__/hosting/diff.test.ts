// diffAssets: what the deploy will upload, PATCH, delete or leave alone.
import { describe, expect, it } from '@jest/globals'
import { diffAssets } from '../../src/hosting/diff.js'
import type { AssetMetadata, Attr } from '../../src/hosting/types.js'

const type = (value: string): Attr[] => [{ name: 'Content-Type', value }]
const asset = (path: string, hash: string, attrs: Attr[] = []): AssetMetadata => ({
  path,
  hash,
  size: 1,
  attrs
})
const remote = (path: string, hash: string, attrs: Attr[] = []) => ({
  ...asset(path, hash, attrs),
  last_modified: 1700000000
})

describe('diffAssets', () => {
  it('sorts assets into added, body changed, attrs changed, removed and unchanged', () => {
    const diff = diffAssets(
      [
        asset('/new.html', 'n', type('text/html')),
        asset('/body.html', 'b2', type('text/html')),
        asset('/attrs.html', 'a', [{ name: 'Cache-Control', value: 'no-cache' }]),
        asset('/same.html', 's', type('text/html'))
      ],
      [
        remote('/', ''),
        remote('/body.html', 'b1', type('text/html')),
        remote('/attrs.html', 'a', []),
        remote('/same.html', 's', type('text/html')),
        remote('/zz-old.css', 'o'),
        remote('/old.css', 'o')
      ]
    )
    expect(diff).toEqual({
      added: [asset('/new.html', 'n', type('text/html'))],
      bodyChanged: [asset('/body.html', 'b2', type('text/html'))],
      attrsChanged: [asset('/attrs.html', 'a', [{ name: 'Cache-Control', value: 'no-cache' }])],
      removed: ['/old.css', '/zz-old.css'],
      unchanged: 1
    })
  })

  it('compares attrs as a set: order does not matter, values do', () => {
    const attrs = [
      { name: 'Content-Type', value: 'text/html' },
      { name: 'Cache-Control', value: 'no-cache' }
    ]
    expect(diffAssets([asset('/a', 'h', attrs)], [remote('/a', 'h', [...attrs].reverse())]).unchanged).toBe(1)
    const other = [attrs[0], { name: 'Cache-Control', value: 'max-age=60' }]
    expect(diffAssets([asset('/a', 'h', attrs)], [remote('/a', 'h', other)]).attrsChanged).toHaveLength(1)
  })

  it('a changed body is re-uploaded with its attrs, so it is not also an attrs change', () => {
    const diff = diffAssets([asset('/a.css', 'new', type('text/css'))], [remote('/a.css', 'old', [])])
    expect(diff.bodyChanged).toHaveLength(1)
    expect(diff.attrsChanged).toHaveLength(0)
  })

  it("leaves realm-cli's application/x-javascript alone on a .js file with the default type", () => {
    const local = { ...asset('/app.js', 'h', type('text/javascript')), explicitAttrs: false }
    const remoteJs = [remote('/app.js', 'h', type('application/x-javascript'))]
    expect(diffAssets([local], remoteJs)).toMatchObject({ unchanged: 1, attrsChanged: [] })
    expect(diffAssets([asset('/app.js', 'h', type('text/javascript'))], remoteJs).unchanged).toBe(1)
    expect(diffAssets([local], remoteJs, { acceptLegacyContentTypes: false }).attrsChanged).toHaveLength(1)
  })

  it('applies a type set in metadata.json even when the remote has a legacy name of it', () => {
    const explicit = { ...asset('/app.js', 'h', type('text/javascript')), explicitAttrs: true }
    const diff = diffAssets([explicit], [remote('/app.js', 'h', type('application/x-javascript'))])
    expect(diff.attrsChanged).toEqual([asset('/app.js', 'h', type('text/javascript'))])
  })

  it('does not treat another type or missing attrs on the remote as the default', () => {
    const local = { ...asset('/app.js', 'h', type('text/javascript')), explicitAttrs: false }
    expect(diffAssets([local], [remote('/app.js', 'h', type('text/plain'))]).attrsChanged).toHaveLength(1)
    expect(diffAssets([local], [remote('/app.js', 'h', [])]).attrsChanged).toHaveLength(1)
  })

  it('returns plain Asset Metadata Documents, without local bookkeeping', () => {
    const diff = diffAssets([{ ...asset('/a.txt', 'h'), explicitAttrs: true }], [])
    expect(Object.keys(diff.added[0])).toEqual(['path', 'hash', 'size', 'attrs'])
  })
})
