// `realm-deploy demo` (npm start): the whole product on this machine, with no cloud account. Starts
// the emulator in-process, deploys the example app, edits one function in a scratch copy, shows the
// plan of that one change, deploys it, and prints the app's deployments.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAdminClient } from '../../admin/client.js'
import { runPipeline } from '../../deploy/pipeline.js'
import type { DeployResult, DeploySettings } from '../../deploy/types.js'
import { startEmulator } from '../../emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../emulator/settings.js'
import { DeployError } from '../../errors.js'
import { renderPlanText, renderResultText } from '../../report/text.js'
import { stringOption, type Command, type CommandIO } from '../command.js'

const EXAMPLE = path.join('examples', 'inventory-app')

/** The example app: under the working directory (npm start), else beside the installed package. */
function exampleDir(io: CommandIO, given: string | undefined): string {
  if (given) return path.resolve(io.cwd, given)
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [
    path.join(io.cwd, EXAMPLE),
    path.resolve(here, '..', '..', EXAMPLE),
    path.resolve(here, '..', '..', '..', EXAMPLE)
  ]
  const found = candidates.find(c => existsSync(path.join(c, 'realm_config.json')))
  if (!found)
    throw new DeployError(
      `the example app was not found (looked in ${candidates.join(', ')}); pass --app-dir`
    )
  return found
}

function step(io: CommandIO, title: string): void {
  io.stdout(`\n== ${title}\n`)
}

/** The result of a run (its plan was printed when made, before any write: `onPlan`). */
function show(io: CommandIO, result: DeployResult): void {
  io.stdout(renderResultText(result))
  if (result.exitCode !== 0) throw new DeployError(`the demo stopped: ${result.error ?? result.status}`)
}

async function demo(io: CommandIO, source: string): Promise<number> {
  const emulator = await startEmulator({ deploymentTimings: { createdMs: 50, pendingMs: 150 } })
  const work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-demo-'))
  try {
    const appDir = path.join(work, path.basename(source))
    await cp(source, appDir, { recursive: true })
    io.stdout(
      `Admin API emulator at ${emulator.url} (project ${DEMO_PROJECT_ID}, key ${DEMO_PUBLIC_KEY})\nApp directory: ${source}\n`
    )
    const settings: DeploySettings = {
      appDir,
      projectId: DEMO_PROJECT_ID,
      baseUrl: emulator.url,
      publicKey: DEMO_PUBLIC_KEY,
      privateKey: DEMO_PRIVATE_KEY,
      mode: 'deploy',
      createApp: true,
      secretValues: new Map([['slackWebhookUrl', 'https://hooks.slack.invalid/demo-only']]),
      deploymentName: 'initial',
      timeoutMs: 60_000,
      pollMs: { min: 50, max: 200 },
      logger: io.logger,
      signal: io.signal,
      onPlan: plan => io.stdout(renderPlanText(plan))
    }
    step(io, '1. First deploy: the app does not exist yet, so it is created and everything is planned')
    const first = await runPipeline(settings)
    show(io, first)
    step(io, '2. Deploy again: nothing differs, so nothing is written')
    show(io, await runPipeline({ ...settings, createApp: false, deploymentName: 'again' }))
    step(io, '3. Edit functions/nightlyReport.js and plan: exactly that change')
    await appendFile(
      path.join(appDir, 'functions', 'nightlyReport.js'),
      '// Reports are read at 07:00; keep this under a minute.\n'
    )
    show(io, await runPipeline({ ...settings, mode: 'plan' }))
    step(io, '4. Deploy the change')
    show(io, await runPipeline({ ...settings, deploymentName: 'tune-nightly-report' }))
    step(io, `5. The app's deployments (newest first)`)
    const client = createAdminClient({
      baseUrl: emulator.url,
      publicKey: DEMO_PUBLIC_KEY,
      privateKey: DEMO_PRIVATE_KEY
    })
    const app = client.app(DEMO_PROJECT_ID, first.app?.id ?? '')
    for (const d of await app.deployments.list()) {
      io.stdout(`  ${d._id}  ${String(d.status).padEnd(10)}  ${String(d.name ?? '') || '(unnamed)'}\n`)
    }
    io.stdout(
      `\nDone: app ${first.app?.clientAppId} deployed twice, once with one change; the emulator saw ${emulator.requestLog.entries.length} requests.\n`
    )
    io.stdout(
      `Next: run 'node dist/cli/index.js emulator' and point 'realm-deploy deploy --base-url' at it, or see README.md.\n`
    )
    return 0
  } finally {
    await emulator.stop()
    await rm(work, { recursive: true, force: true })
  }
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Deploy the example app to an in-process emulator and show each step (npm start).',
  options: {
    'app-dir': {
      type: 'string',
      value: 'DIR',
      description: 'The app to deploy (default: examples/inventory-app).'
    }
  },
  exitCodes: [0, 1, 2],
  examples: ['realm-deploy demo', 'realm-deploy demo --app-dir ./backend'],
  run: (values, _positionals, io) => demo(io, exampleDir(io, stringOption(values, 'app-dir')))
}
