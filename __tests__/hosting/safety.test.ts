// Nothing outside the app directory is read: symbolic links, oversized files and odd layouts are
// Problems naming the path, never crashes.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectAssets, scanHostingFiles } from '../../src/hosting/scan.js'
import { MAX_ASSET_SIZE } from '../../src/hosting/types.js'
import { makeApp, removeTempDirs, tempDir, writeIn } from './temp-app.js'

afterAll(removeTempDirs)

const files = (appDir: string) => join(appDir, 'hosting', 'files')

async function bothScans(appDir: string) {
  const scanned = await scanHostingFiles({ appDir })
  const collected = await collectAssets({ appDir, workers: 0 })
  expect(collected.problems).toEqual(scanned.problems)
  expect(collected.assets.map(a => a.path)).toEqual(scanned.files.map(f => f.path))
  return { paths: scanned.files.map(f => f.path), problems: scanned.problems, assets: collected.assets }
}

describe('symbolic links', () => {
  it('refuses a link to a file outside the app directory and does not list it', async () => {
    const outside = writeIn(tempDir(), 'secret.txt', 'not for the web')
    const appDir = makeApp({ 'index.html': 'i' })
    symlinkSync(outside, join(files(appDir), 'leak.txt'))
    const { paths, problems } = await bothScans(appDir)
    expect(paths).toEqual(['/index.html'])
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'hosting/files/leak.txt',
        message: expect.stringContaining('outside the app directory'),
        severity: 'error'
      })
    ])
  })

  it('refuses a link to a directory outside, without walking into it', async () => {
    const outsideDir = tempDir()
    writeIn(outsideDir, 'a/b.txt', 'b')
    const appDir = makeApp({ 'index.html': 'i' })
    symlinkSync(outsideDir, join(files(appDir), 'shared'))
    const { paths, problems } = await bothScans(appDir)
    expect(paths).toEqual(['/index.html'])
    expect(problems.map(p => p.source)).toEqual(['hosting/files/shared'])
  })

  it('follows links that stay inside the app directory: the asset has the link path and the target bytes', async () => {
    const appDir = makeApp({ 'index.html': 'same bytes' })
    writeIn(appDir, 'build/assets/app.js', 'console.log(1)')
    symlinkSync(join(files(appDir), 'index.html'), join(files(appDir), 'home.html'))
    symlinkSync(join(appDir, 'build', 'assets'), join(files(appDir), 'assets'))
    const { paths, problems, assets } = await bothScans(appDir)
    expect(problems).toEqual([])
    expect(paths).toEqual(['/assets/app.js', '/home.html', '/index.html'])
    expect(assets[1].hash).toBe(assets[2].hash)
  })

  it('reports a link loop and a broken link instead of hanging or crashing', async () => {
    const appDir = makeApp({ 'a/index.html': 'i' })
    symlinkSync(join(files(appDir), 'a'), join(files(appDir), 'a', 'again'))
    symlinkSync(join(appDir, 'missing.txt'), join(files(appDir), 'broken.txt'))
    const { paths, problems } = await bothScans(appDir)
    expect(paths).toEqual(['/a/index.html'])
    expect(problems.map(p => [p.source, p.message])).toEqual([
      ['hosting/files/a/again', expect.stringContaining('a loop')],
      ['hosting/files/broken.txt', expect.stringContaining('leads nowhere')]
    ])
  })

  it('refuses hosting/files or metadata.json that lead outside the app directory', async () => {
    const elsewhere = tempDir()
    writeIn(elsewhere, 'files/a.txt', 'a')
    writeIn(elsewhere, 'metadata.json', '[]')
    const appDir = makeApp({})
    rmSync(files(appDir), { recursive: true })
    symlinkSync(join(elsewhere, 'files'), files(appDir))
    symlinkSync(join(elsewhere, 'metadata.json'), join(appDir, 'hosting', 'metadata.json'))
    const { paths, problems } = await bothScans(appDir)
    expect(paths).toEqual([])
    expect(problems.map(p => p.source).sort()).toEqual(['hosting/files', 'hosting/metadata.json'])
  })
})

describe('limits and layout', () => {
  it('reports a file over 25 MiB by name, and still lists the rest', async () => {
    const appDir = makeApp({ 'ok.bin': 'x' })
    const big = writeIn(appDir, 'hosting/files/video/huge.mp4', '')
    truncateSync(big, MAX_ASSET_SIZE + 1) // sparse: no disk space used
    writeIn(appDir, 'hosting/files/video/edge.mp4', '')
    truncateSync(join(files(appDir), 'video', 'edge.mp4'), MAX_ASSET_SIZE)
    const { paths, problems } = await bothScans(appDir)
    expect(paths).toEqual(['/ok.bin', '/video/edge.mp4'])
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'hosting/files/video/huge.mp4',
        message: expect.stringContaining('25 MiB')
      })
    ])
  })

  it('has no assets and no problems when the app has no hosting directory', async () => {
    const appDir = tempDir()
    writeFileSync(join(appDir, 'realm_config.json'), '{}')
    expect(await bothScans(appDir)).toEqual({ paths: [], problems: [], assets: [] })
  })

  it('reports a missing app directory instead of throwing', async () => {
    const appDir = join(tempDir(), 'nope')
    const { problems } = await scanHostingFiles({ appDir })
    expect(problems).toEqual([
      expect.objectContaining({ source: appDir, message: expect.stringContaining('does not exist') })
    ])
  })

  it('reports a named pipe instead of blocking on it', async () => {
    const appDir = makeApp({ 'index.html': 'i' })
    execFileSync('mkfifo', [join(files(appDir), 'pipe')])
    const { paths, problems } = await bothScans(appDir)
    expect(paths).toEqual(['/index.html'])
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'hosting/files/pipe',
        message: expect.stringContaining('not a regular file')
      })
    ])
  })

  it('lists empty directories as nothing and empty files as 0 bytes', async () => {
    const appDir = makeApp({ 'empty.txt': '' })
    mkdirSync(join(files(appDir), 'nothing', 'here'), { recursive: true })
    const { assets } = await bothScans(appDir)
    expect(assets).toEqual([
      expect.objectContaining({ path: '/empty.txt', size: 0, hash: 'd41d8cd98f00b204e9800998ecf8427e' })
    ])
  })
})
