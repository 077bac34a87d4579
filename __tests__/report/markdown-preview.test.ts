// The preview and release parts of the report: snapshots of each outcome, and the facts a user
// looks for in them (the client_app_id, where the app is, the tag's link, the stale previews).
import type { DeployResult } from '../../src/deploy/types.js'
import { COMMENT_LIMIT } from '../../src/report/fit.js'
import { appLink, releaseLink } from '../../src/report/links.js'
import { renderPreviewOutcome, renderReport, type ReportContext } from '../../src/report/markdown.js'
import type { PreviewReport, StaleReport } from '../../src/report/markdown-preview.js'
import * as results from './results.js'

const GROUP = '5f00000000000000000000a1'
const CLOUD = 'https://services.cloud.mongodb.com'
const DAY = 86_400_000
const NOW = Date.UTC(2025, 5, 30, 12)

const ctx: ReportContext = {
  appDir: 'apps/shop',
  mode: 'preview',
  commit: 'a1b2c3d',
  runUrl: 'https://github.com/acme/shop/actions/runs/42',
  baseUrl: CLOUD
}

const previewApp: DeployResult = {
  ...results.deployed,
  app: {
    id: '65f0c0de00000000000000aa',
    clientAppId: 'shop-pr-12-qwert',
    name: 'shop-pr-12',
    groupId: GROUP,
    created: true
  }
}

const preview = (state: PreviewReport['state'], fields: Partial<PreviewReport> = {}): PreviewReport => ({
  pullRequest: 12,
  name: 'shop-pr-12',
  state,
  app: { id: '65f0c0de00000000000000aa', clientAppId: 'shop-pr-12-qwert', groupId: GROUP },
  ...fields
})

const stale: StaleReport = {
  ttlDays: 7,
  groupId: GROUP,
  apps: [
    {
      name: 'shop-pr-3',
      clientAppId: 'shop-pr-3-aaaaa',
      appId: '65f0c0de0000000000000003',
      lastActivityMs: NOW - 40 * DAY,
      ageDays: 40
    },
    {
      name: 'admin-pr-9',
      clientAppId: 'admin-pr-9-bbbbb',
      appId: '65f0c0de0000000000000009',
      lastActivityMs: NOW - 8 * DAY,
      ageDays: 8
    }
  ]
}

const DASHBOARD = `${CLOUD}/groups/${GROUP}/apps/65f0c0de00000000000000aa/dashboard`

describe('a preview deploy report', () => {
  test('names the preview app, its client_app_id and its page in the App Services UI', () => {
    const markdown = renderReport(previewApp, { ...ctx, preview: preview('active') })
    expect(markdown).toMatchSnapshot()
    expect(markdown).toContain('### realm-deploy preview · `shop-pr-12-qwert`')
    expect(markdown).toContain(`- **App Services UI**: [open the app](${DASHBOARD})`)
    expect(markdown).toContain(
      'Pull request #12 has its own app, `shop-pr-12`: use client_app_id **`shop-pr-12-qwert`** to try this change from a client.'
    )
  })

  test('another base-url says the link is that server’s app', () => {
    const markdown = renderReport(previewApp, {
      ...ctx,
      baseUrl: 'http://127.0.0.1:8080/',
      preview: preview('active')
    })
    expect(markdown).toContain(
      '- **App page**: [open the app](http://127.0.0.1:8080/groups/5f00000000000000000000a1/apps/65f0c0de00000000000000aa/dashboard) ' +
        "on `http://127.0.0.1:8080` (this run's `base-url`, not MongoDB Cloud)"
    )
    expect(markdown).not.toContain('App Services UI')
  })

  test('a pull request closed during the deploy: the headline says the preview was removed, with no link to it', () => {
    const markdown = renderReport(previewApp, { ...ctx, preview: preview('closed-while-deploying') })
    expect(markdown).toMatchSnapshot()
    expect(markdown).toContain(
      '🧹 **Preview removed**: pull request #12 was closed while this run deployed its preview app `shop-pr-12`, so the app was deleted again.'
    )
    expect(markdown).not.toContain('✅ **Deployed**')
    expect(markdown).not.toContain('open the app')
    expect(markdown).not.toContain('#### Preview app')
  })

  test('a failed preview deploy before the app was found still names the preview', () => {
    const markdown = renderReport(results.invalid, { ...ctx, preview: preview('active', { app: undefined }) })
    expect(markdown).toContain('Pull request #12 has its own app, `shop-pr-12`. It is redeployed')
  })

  test('the stale previews are a table with links, in the job summary only', () => {
    const summary = renderReport(previewApp, { ...ctx, preview: preview('active'), stale })
    expect(summary).toContain('2 preview apps have not changed for more than 7 days (`preview-ttl-days`).')
    expect(summary).toContain(
      `| [\`shop-pr-3\`](${CLOUD}/groups/${GROUP}/apps/65f0c0de0000000000000003/dashboard) | \`shop-pr-3-aaaaa\` | 2025-05-21 | 40 days |`
    )
    expect(summary.indexOf('shop-pr-3')).toBeLessThan(summary.indexOf('admin-pr-9'))
    expect(
      renderReport(previewApp, { ...ctx, preview: preview('active'), stale: { ...stale, apps: [] } })
    ).not.toContain('Stale previews')
  })
})

describe('preview outcomes without a deploy', () => {
  test.each([
    ['removed', preview('removed')],
    ['already gone', preview('already-gone', { app: undefined })],
    [
      'limit reached',
      preview('limit-reached', { app: undefined, limit: { max: 2, existing: ['admin-pr-9', 'shop-pr-3'] } })
    ]
  ])('%s', (_name, p) => {
    const markdown = renderPreviewOutcome(p, {
      ...ctx,
      mode: p.state === 'limit-reached' ? 'preview' : 'cleanup'
    })
    expect(markdown).toMatchSnapshot()
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
  })

  test('the limit says the run did not fail, and lists the previews that hold the quota', () => {
    const markdown = renderPreviewOutcome(
      preview('limit-reached', { app: undefined, limit: { max: 2, existing: ['admin-pr-9', 'shop-pr-3'] } }),
      ctx
    )
    expect(markdown).toContain(
      '⚠️ **Preview limit reached**: the project has 2 preview apps and `max-previews` is 2, so pull request #12 got no preview app (`shop-pr-12`). The run did not fail.'
    )
    expect(markdown).toContain(
      "<details><summary>The project's preview apps (2)</summary>\n\n- `admin-pr-9`\n- `shop-pr-3`"
    )
  })

  test('a removal report carries the stale list when given one (the job summary)', () => {
    expect(renderPreviewOutcome(preview('removed'), { ...ctx, mode: 'cleanup', stale })).toContain(
      '#### Stale previews'
    )
  })
})

describe('release links', () => {
  test('a pushed tag links its tree, a release its release page; both in the facts', () => {
    const tag = releaseLink('https://github.com/', 'acme', 'shop', 'v1.2.0', 'tag')
    expect(tag.url).toBe('https://github.com/acme/shop/tree/v1.2.0')
    const release = releaseLink('https://ghe.example', 'acme', 'shop', 'release/2025 (q3)', 'release')
    expect(release.url).toBe('https://ghe.example/acme/shop/releases/tag/release/2025%20(q3)')
    const markdown = renderReport(results.deployed, { ...ctx, mode: 'deploy', release })
    expect(markdown).toMatchSnapshot()
    expect(markdown).toContain(
      '- **Release**: [`release/2025 (q3)`](https://ghe.example/acme/shop/releases/tag/release/2025%20%28q3%29)'
    )
    expect(renderReport(results.deployed, { ...ctx, mode: 'deploy', release: tag })).toContain(
      '- **Tag**: [`v1.2.0`](https://github.com/acme/shop/tree/v1.2.0)'
    )
  })

  test('the app link: the cloud UI for the default base URL, else the given server', () => {
    expect(appLink(undefined, GROUP, 'abc')).toEqual({ url: `${CLOUD}/groups/${GROUP}/apps/abc/dashboard` })
    expect(appLink(`${CLOUD}/`, GROUP, 'abc')).toEqual({ url: `${CLOUD}/groups/${GROUP}/apps/abc/dashboard` })
    expect(appLink('https://services.cloud.mongodbgov.com', GROUP, 'abc')).toEqual({
      url: `https://services.cloud.mongodbgov.com/groups/${GROUP}/apps/abc/dashboard`,
      base: 'https://services.cloud.mongodbgov.com'
    })
  })
})
