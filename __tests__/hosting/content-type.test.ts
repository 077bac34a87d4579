// The default Content-Type of an asset without a metadata.json entry.
import { describe, expect, it } from '@jest/globals'
import { defaultAttrs, defaultContentType, isDefaultContentType } from '../../src/hosting/content-type.js'

describe('defaultContentType', () => {
  it.each([
    ['/index.html', 'text/html'],
    ['/css/site.css', 'text/css'],
    ['/js/app.js', 'text/javascript'],
    ['/js/module.mjs', 'text/javascript'],
    ['/data.json', 'application/json'],
    ['/app.js.map', 'application/json'],
    ['/logo.svg', 'image/svg+xml'],
    ['/photo.JPG', 'image/jpeg'],
    ['/image.webp', 'image/webp'],
    ['/fonts/a.woff2', 'font/woff2'],
    ['/video/intro.mp4', 'video/mp4'],
    ['/app.wasm', 'application/wasm'],
    ['/site.webmanifest', 'application/manifest+json'],
    ['/dir.with.dots/readme.txt', 'text/plain']
  ])('%s -> %s (from mime-db)', (path, type) => {
    expect(defaultContentType(path)).toBe(type)
    expect(defaultAttrs(path)).toEqual([{ name: 'Content-Type', value: type }])
  })

  it.each(['/.DS_Store', '/LICENSE', '/.gitignore', '/file.unknownext'])('%s has no default attrs', path => {
    expect(defaultContentType(path)).toBeUndefined()
    expect(defaultAttrs(path)).toEqual([])
  })
})

describe('isDefaultContentType', () => {
  it('accepts the legacy names realm-cli sent for the same type, so they do not count as a change', () => {
    expect(isDefaultContentType('/app.js', 'text/javascript')).toBe(true)
    expect(isDefaultContentType('/app.js', 'application/x-javascript')).toBe(true)
    expect(isDefaultContentType('/favicon.ico', 'image/x-icon')).toBe(true)
  })

  it('refuses another type, or a legacy name on a file of another type', () => {
    expect(isDefaultContentType('/app.js', 'text/plain')).toBe(false)
    expect(isDefaultContentType('/site.css', 'application/x-javascript')).toBe(false)
    expect(isDefaultContentType('/LICENSE', 'text/plain')).toBe(false)
  })
})
