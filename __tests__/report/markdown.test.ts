import { COMMENT_LIMIT, SUMMARY_LIMIT, fitBlocks, truncationNote } from '../../src/report/fit.js'
import { renderReport, renderSkipped, type ReportContext } from '../../src/report/markdown.js'
import type { DeployResult } from '../../src/deploy/types.js'
import * as results from './results.js'

const ctx: ReportContext = {
  appDir: 'apps/shop',
  mode: 'plan',
  commit: 'a1b2c3d',
  runUrl: 'https://github.com/acme/shop/actions/runs/42'
}

const balanced = (markdown: string): boolean =>
  (markdown.match(/<details/g) ?? []).length === (markdown.match(/<\/details>/g) ?? []).length

describe('renderReport', () => {
  const cases: Array<[string, DeployResult, string]> = [
    ['planned', results.planned, 'plan'],
    ['deployed', results.deployed, 'deploy'],
    ['no changes', results.noChanges, 'deploy'],
    ['an open draft conflict', results.openDraftConflict, 'deploy'],
    ['a change deployed meanwhile', results.deployedMeanwhile, 'deploy'],
    ['failed', results.failed, 'deploy'],
    ['invalid', results.invalid, 'deploy']
  ]

  test.each(cases)('%s', (_name, result, mode) => {
    const markdown = renderReport(result, { ...ctx, mode })
    expect(markdown).toMatchSnapshot()
    expect(balanced(markdown)).toBe(true)
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
  })

  test('is deterministic', () => {
    expect(renderReport(results.deployed, ctx)).toBe(renderReport(results.deployed, ctx))
  })

  test('shows function sources as +N -M, hosting as counts, secrets by name, files from the repository root', () => {
    const markdown = renderReport(results.planned, ctx)
    expect(markdown).toContain(
      '✏️ update `orders/total`: `source`, `private` (source **+3 −5**) · `apps/shop/functions/orders/total.js`'
    )
    expect(markdown).toContain('| 2 | 1 | 1 | 1 | 7 |')
    expect(markdown).toContain('➕ create `API_KEY`')
    expect(markdown).toContain(
      '<details><summary>Functions: 3 (1 to create, 1 to update, 1 to delete)</summary>'
    )
  })

  test('the conflict report says which draft, what it changes, and how to resolve it with this action', () => {
    const markdown = renderReport(results.openDraftConflict, ctx)
    expect(markdown).toContain('`65f0c0de0000000000000009`')
    expect(markdown).toContain(
      '````text\n+ function "draftOnly"\n~ value "apiKey": ```value``` changed\n````'
    )
    expect(markdown).toContain('`on-draft-conflict: discard`')
  })

  test('the conflict table escapes pipes and markup from the server', () => {
    const markdown = renderReport(results.deployedMeanwhile, ctx)
    expect(markdown).toContain('| Functions: hello | source = &quot;exports = () =&gt; \\`a\\|b\\`&quot; |')
  })

  test('text from files and the server cannot inject markup, mentions or break code spans', () => {
    const hostile: DeployResult = {
      ...results.planned,
      plan: {
        ...results.planned.plan!,
        changes: [{ kind: 'function', key: 'a`b``c', action: 'create', file: 'functions/<img src=x>.js' }]
      },
      warnings: ['<script>alert(1)</script> ping @octocat [link](javascript:x) | *bold* #1']
    }
    const markdown = renderReport(hostile, ctx)
    expect(markdown).toContain('create ```a`b``c```')
    expect(markdown).toContain('`apps/shop/functions/<img src=x>.js`')
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toMatch(/@octocat/)
    expect(markdown).toContain('@&#8203;octocat \\[link\\](javascript:x) \\| \\*bold\\* \\#1')
  })

  test('an error with a code fence inside stays inside its block', () => {
    const markdown = renderReport(results.failed, ctx)
    expect(markdown).toContain('````text\nhosting: 1 asset(s) failed')
    expect(markdown).toContain('<script>alert(1)</script>\n````')
  })
})

describe('size limits', () => {
  const huge: DeployResult = { ...results.planned, plan: results.hugePlan(3000), warnings: [] }

  test("a report over GitHub's 65,536 characters is cut between blocks, with a note, keeping the footer", () => {
    const markdown = renderReport(huge, ctx)
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(markdown.length).toBeGreaterThan(COMMENT_LIMIT - 30_000)
    expect(markdown).toMatch(
      /This report was cut to fit GitHub's limit of 65,536 characters: \d+ more sections were left out/
    )
    expect(markdown.endsWith('[run log](https://github.com/acme/shop/actions/runs/42)</sub>')).toBe(true)
    expect(balanced(markdown)).toBe(true)
    expect(markdown).toContain('- … and 400 more')
  })

  test('a smaller limit (the comment less its marker) is honoured exactly', () => {
    for (const limit of [COMMENT_LIMIT - 40, 20_000, 3_000])
      expect(renderReport(huge, ctx, limit).length).toBeLessThanOrEqual(limit)
  })

  test('the job summary has room for the whole report', () => {
    const markdown = renderReport(huge, ctx, SUMMARY_LIMIT)
    expect(markdown).not.toContain('This report was cut')
  })

  test('the truncation note itself', () => {
    const text = fitBlocks({ body: ['a'.repeat(400), 'b'.repeat(400), 'c'.repeat(400)], tail: ['end'] }, 1000)
    expect(text.length).toBeLessThanOrEqual(1000)
    expect(text).toMatchSnapshot()
  })

  test('a block over the limit by itself is left out, not cut through its markup', () => {
    const text = fitBlocks({ body: [`<details>${'x'.repeat(5000)}</details>`], tail: ['end'] }, 1000)
    expect(text).toBe(`${truncationNote(1, 1000)}\n\nend`)
  })

  test('a tail over the limit is cut hard, still within the limit', () => {
    const text = fitBlocks({ body: ['a'], tail: ['z'.repeat(5000)] }, 1000)
    expect(text.length).toBeLessThanOrEqual(1000)
    expect(text.endsWith('…(cut to fit 1000 characters)')).toBe(true)
  })
})

test('renderSkipped says why', () => {
  expect(renderSkipped('no Atlas API keys: the run was skipped', ctx, 'Ask a maintainer.')).toMatchSnapshot()
})
