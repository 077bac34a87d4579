// Case 4: `realm-deploy plan` of an app with 1,000 functions and 500 triggers, deployed first, so the
// plan reads a full remote app and finds nothing to change. Measured: time and Admin API requests.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp } from '../lib/apps.mjs'
import { connection, readRequestLog, runCli, startEmulator, work } from '../lib/processes.mjs'
import { summarize } from '../lib/stats.mjs'

const SPEC = { name: 'planbench', functions: 1000, triggers: 500, assets: 0, assetBytes: [0, 0] }

export async function planCase({ cli, runs, log }) {
  const appDir = join(work, 'plan-1000')
  buildApp(appDir, SPEC)
  const requestLog = join(work, 'plan.requests.jsonl')
  rmSync(requestLog, { force: true })
  const emulator = await startEmulator(cli, ['--request-log', requestLog])
  try {
    const args = ['--app-dir', appDir, ...connection(emulator.url), '--json']
    log('case 4: deploying 1,000 functions and 500 triggers first')
    const first = await runCli(cli, ['deploy', ...args, '--create-app'])
    if (first.json?.status !== 'deployed')
      throw new Error(`setup deploy: ${first.json?.status ?? first.code}: ${first.stderr.slice(-2000)}`)
    const seconds = []
    const requests = []
    for (let i = 0; i < runs; i++) {
      const before = readRequestLog(requestLog).length
      const plan = await runCli(cli, ['plan', ...args])
      if (plan.code !== 0 || plan.json?.plan?.total !== 0) {
        throw new Error(
          `plan ${i + 1}: exit ${plan.code}, ${plan.json?.plan?.total} changes: ${plan.stderr.slice(-2000)}`
        )
      }
      seconds.push(plan.seconds)
      requests.push(readRequestLog(requestLog).length - before)
      log(`case 4: plan ${i + 1}/${runs}: ${plan.seconds.toFixed(2)}s, ${requests.at(-1)} requests`)
    }
    return {
      name: 'plan',
      rows: [
        {
          label: 'first deploy of 1,000 functions + 500 triggers (setup)',
          unit: 's',
          ...summarize([first.seconds])
        },
        {
          label: 'plan, 1,000 functions + 500 triggers, nothing to change',
          unit: 's',
          ...summarize(seconds),
          requests: Math.max(...requests)
        }
      ],
      goals: [],
      notes: []
    }
  } finally {
    await emulator.stop()
  }
}
