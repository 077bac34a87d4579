import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runCli } from '../../../src/cli/run.js'
import { copyToTemp, OWN_APPS } from '../../app/fixture-dirs.js'
import { jsonResult } from '../json-contract.js'

async function run(
  args: string[],
  cwd = OWN_APPS
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const host = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    env: {},
    cwd,
    signal: new AbortController().signal
  }
  const code = await runCli(['validate', ...args], host)
  return { code, stdout, stderr }
}

describe('realm-deploy validate', () => {
  test('a valid app: exit 0 and a one-line summary', async () => {
    const { code, stdout, stderr } = await run(['--app-dir', 'layout-20230101'])
    expect(code).toBe(0)
    expect(stdout).toBe(
      `ok: 20230101 app 'inventory-23' at ${path.join(OWN_APPS, 'layout-20230101')}: 4 functions, 2 triggers, 2 values, ` +
        '2 environment values, 1 data source, 1 rule, 2 auth providers, 1 endpoint, 1 log forwarder, 2 secrets referenced, hosting\n'
    )
    expect(stderr).toBe('')
  })

  test('--app-dir defaults to the current directory, searched upwards', async () => {
    const { code, stdout } = await run([], path.join(OWN_APPS, 'layout-20180301/functions/restock'))
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ok: 20180301 app 'inventory-18' at .*layout-20180301: 3 functions, 2 triggers/)
  })

  test('problems: exit 2, one line per problem as file:line:col (field): severity: message', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20210101'))
    await writeFile(
      path.join(app, 'values/lowStockThreshold.json'),
      '{\n  "name": "lowStockThreshold",\n  "vaule": "5"\n}\n'
    )
    await writeFile(path.join(app, 'notes.json'), '{}')
    const { code, stdout, stderr } = await run(['--app-dir', app])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trimEnd().split('\n')).toEqual([
      'notes.json: warning: ignored: not an App Services config file',
      "values/lowStockThreshold.json:1:1: error: value is missing required field 'value'",
      "values/lowStockThreshold.json:3:3 (vaule): warning: unknown field 'vaule' in value (did you mean 'value'?): it is sent to App Services as written"
    ])
  })

  test('--strict: a warning alone passes, and fails under --strict naming the file', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20210101'))
    await writeFile(
      path.join(app, 'values/lowStockThreshold.json'),
      '{\n  "name": "lowStockThreshold",\n  "value": "5",\n  "exportedBy": "ui"\n}\n'
    )
    const relaxed = await run(['--app-dir', app])
    expect(relaxed.code).toBe(0)
    expect(relaxed.stderr).toContain("(exportedBy): warning: unknown field 'exportedBy' in value: it is sent")
    const strict = await run(['--app-dir', app, '--strict'])
    expect(strict.code).toBe(2)
    expect(strict.stderr).toContain(
      "values/lowStockThreshold.json:4:3 (exportedBy): error: unknown field 'exportedBy' in value: it is sent to App Services as written [--strict]"
    )
  })

  test('--json prints {ok, layout, problems} and keeps the exit code', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20200603'))
    await writeFile(
      path.join(app, 'triggers/nightlyReport.json'),
      JSON.stringify({
        name: 'nightlyReport',
        type: 'SCHEDULED',
        config: { schedule: '0 2 * * 8' },
        function_name: 'nightlyReport'
      })
    )
    const failed = await run(['--app-dir', app, '--json'])
    expect(failed.code).toBe(2)
    const report = jsonResult<{ problems: unknown[] }>(failed.stdout)
    expect(report).toMatchObject({ ok: false, layout: '20200603', name: 'inventory-20' })
    expect(report.problems).toEqual([
      expect.objectContaining({
        source: 'triggers/nightlyReport.json',
        field: 'config.schedule',
        severity: 'error',
        line: 1
      })
    ])
    const passed = await run(['--app-dir', 'layout-20210101', '--json'])
    expect(passed.code).toBe(0)
    expect(jsonResult(passed.stdout)).toMatchObject({ ok: true, layout: '20210101', problems: [] })
  })

  test('no app found: exit 2 naming --app-dir', async () => {
    const { code, stderr } = await run(['--app-dir', '/'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^--app-dir: error: no App Services app found in '\/'/)
  })

  test('--help lists the flags', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('--app-dir DIR')
    expect(stdout).toContain('--json')
  })
})
