// One soak run, all of it derived from its seed: a fresh copy of the deployed example app (the
// template state), a change to the repository, a deploy against an emulator with faults (seeded),
// maybe killed at a seeded moment and then run again, and the checks on the end state, read from a
// fault-free emulator over the same data directory.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { adminReader } from './admin.mjs'
import { seededRandom } from './apps.mjs'
import { connection, DEMO, readRequestLog, root, runCli, startEmulator } from './processes.mjs'

export const EXAMPLE = join(root, 'examples', 'inventory-app')
/** A placeholder webhook URL for the example's secret (the .invalid TLD never resolves). */
export const SECRET = ['--secret', 'slackWebhookUrl=https://hooks.slack.invalid/soak']
const DEPLOYMENT_POST = /\/drafts\/[^/]+\/deployment$/
const DRAFT_DELETE = /\/drafts\/[^/]+$/
const tookEffect = r => (r.status !== null && r.status < 300) || r.fault_phase === 'after'

/**
 * Which runs are killed, with which signal, and when: every `killEvery`-th seed, SIGTERM and SIGKILL
 * in turn, once the emulator has logged a seeded number of the run's requests (1 to `killWithin`;
 * a deploy of the example makes about 22 without faults) plus a seeded 0-9 ms. The emulator logs a
 * request after replying, so the signal mostly lands while the CLI has the next request in flight,
 * the moment whose outcome it cannot know; a wall-clock moment would often land after a fast run.
 */
export function killPlanOf(seed, { killEvery, killWithin }) {
  if (seed % killEvery !== 0) return undefined
  const random = seededRandom(seed)
  const signal = Math.floor(seed / killEvery) % 2 === 1 ? 'SIGTERM' : 'SIGKILL'
  return { signal, afterRequests: 1 + Math.floor(random() * killWithin), extraMs: Math.floor(random() * 10) }
}

/** True once `file` has `count` lines, then `extraMs` later. */
function afterRequests(file, count, extraMs) {
  let reachedAt
  return () => {
    if (reachedAt === undefined && readRequestLog(file).length >= count) reachedAt = Date.now()
    return reachedAt !== undefined && Date.now() - reachedAt >= extraMs
  }
}

/** The repository of run `seed`: the example with a function line and a trigger schedule changed. */
export function writeRunApp(appDir, seed) {
  rmSync(appDir, { recursive: true, force: true })
  cpSync(EXAMPLE, appDir, { recursive: true })
  const fn = join(appDir, 'functions', 'restockAlert.js')
  writeFileSync(fn, `${readFileSync(fn, 'utf8')}// soak run ${seed}\n`)
  const trigger = join(appDir, 'triggers', 'nightlyReport.json')
  const doc = JSON.parse(readFileSync(trigger, 'utf8'))
  doc.config.schedule = `${(seed % 59) + 1} 2 * * *`
  writeFileSync(trigger, JSON.stringify(doc, null, 2))
}

export async function soakRun(ctx, seed) {
  const dir = join(ctx.work, `run-${seed}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'data'), { recursive: true })
  cpSync(ctx.templateState, join(dir, 'data', 'state.json'))
  const appDir = join(dir, 'app')
  writeRunApp(appDir, seed)
  const requestLog = join(dir, 'requests.jsonl')
  const faulty = [
    '--fault-rate',
    String(ctx.faultRate),
    '--token-ttl-s',
    String(ctx.tokenTtlS),
    '--latency-ms',
    String(ctx.latencyMs),
    '--seed',
    String(seed)
  ]
  const emulator = await startEmulator(ctx.cli, [
    '--data-dir',
    join(dir, 'data'),
    ...faulty,
    '--request-log',
    requestLog
  ])
  const run = { seed, dir, kill: killPlanOf(seed, ctx), attempts: [], violations: [] }
  try {
    await deployAttempts(ctx, run, emulator.url, appDir, requestLog)
  } finally {
    await emulator.stop()
  }
  run.log = summarizeLog(readRequestLog(requestLog), run)
  await checkEndState(ctx, run, appDir)
  return run
}

async function deployAttempts(ctx, run, url, appDir, requestLog) {
  const args = [
    'deploy',
    '--app-dir',
    appDir,
    ...connection(url),
    ...SECRET,
    '--json',
    '--deployment-name',
    `soak-${run.seed}`
  ]
  const options = { env: { ...process.env, REALM_DEPLOY_DEBUG: '1' }, hangAfterMs: ctx.hangMs }
  const kill = run.kill
    ? {
        killWhen: afterRequests(requestLog, run.kill.afterRequests, run.kill.extraMs),
        killSignal: run.kill.signal
      }
    : {}
  const first = await runCli(ctx.cli, args, { ...options, ...kill })
  run.attempts.push(attemptOf('first', first, readRequestLog(requestLog).length))
  if (run.kill && !first.signalSent) run.kill.missed = true
  if (!run.kill || run.kill.missed) return
  if (run.kill.signal === 'SIGTERM' && first.code !== 130 && first.code !== 0) {
    run.violations.push(
      `after SIGTERM the CLI exited ${first.code ?? first.signal}, not 130: ${errorOf(first)}`
    )
  }
  // After SIGKILL nothing could discard the draft: `discard` is the documented way to drop the orphan.
  const policy = run.kill.signal === 'SIGKILL' ? ['--on-draft-conflict', 'discard'] : []
  const rerun = await runCli(ctx.cli, [...args, ...policy], options)
  const label = `rerun after ${run.kill.signal}${policy.length ? ' with --on-draft-conflict discard' : ''}`
  run.attempts.push(attemptOf(label, rerun, readRequestLog(requestLog).length))
}

function attemptOf(label, result, logLines) {
  const retries = (result.stderr.match(/retrying in \d+ ms/g) ?? []).length
  const { code, signal, seconds, stderr, hung, signalSentAt } = result
  return {
    label,
    code,
    signal,
    hung,
    signalSentAt,
    status: result.json?.status,
    seconds,
    retries,
    logLines,
    stderr,
    error: errorOf(result)
  }
}

function errorOf(result) {
  const error = result.json?.error
  if (error) return typeof error === 'string' ? error : JSON.stringify(error)
  return result.stderr.trim().split('\n').slice(-3).join(' | ')
}

function summarizeLog(records, run) {
  const faults = {}
  for (const r of records)
    if (r.fault) faults[`${r.fault}/${r.fault_phase}`] = (faults[`${r.fault}/${r.fault_phase}`] ?? 0) + 1
  const deployPosts = records.filter(r => r.method === 'POST' && DEPLOYMENT_POST.test(r.path))
  const effective = deployPosts.filter(tookEffect)
  const rerunFrom = run.attempts[0]?.logLines ?? records.length
  const discarded = records
    .slice(rerunFrom)
    .filter(r => r.method === 'DELETE' && DRAFT_DELETE.test(r.path) && tookEffect(r))
  return {
    requests: records.length,
    faults,
    faultCount: Object.values(faults).reduce((a, b) => a + b, 0),
    deploymentPosts: deployPosts.length,
    deploymentsTookEffect: effective.length,
    refreshes: records.filter(r => r.method === 'POST' && r.path.endsWith('/auth/session')).length,
    unauthorized: records.filter(r => r.status === 401).length,
    draftsDiscardedByRerun: discarded.length,
    excerpt: deployPosts.map(r => JSON.stringify(r))
  }
}

async function checkEndState(ctx, run, appDir) {
  for (const a of run.attempts)
    if (a.hung) run.violations.push(`${a.label}: no exit after ${ctx.hangMs} ms (SIGKILLed)`)
  const final = run.attempts.at(-1)
  if (!final.hung && final.code !== 0)
    run.violations.push(`${final.label}: exited ${final.code ?? final.signal}: ${final.error}`)
  if (run.log.deploymentsTookEffect > 1) {
    run.violations.push(
      `${run.log.deploymentsTookEffect} deployment POSTs took effect in one run:\n    ${run.log.excerpt.join('\n    ')}`
    )
  }
  const emulator = await startEmulator(ctx.cli, ['--data-dir', join(run.dir, 'data')])
  try {
    const plan = await runCli(ctx.cli, [
      'plan',
      '--app-dir',
      appDir,
      ...connection(emulator.url),
      ...SECRET,
      '--json'
    ])
    if (plan.json?.status !== 'no-changes') {
      const changes = (plan.json?.plan?.changes ?? []).map(c => `${c.action} ${c.kind} ${c.key}`).join(', ')
      run.violations.push(
        `the plan after the run is '${plan.json?.status ?? `exit ${plan.code}`}', not 'no-changes': ${changes || errorOf(plan)}`
      )
    }
    await checkRemote(ctx, run, emulator.url)
  } finally {
    await emulator.stop()
  }
}

async function checkRemote(ctx, run, url) {
  const admin = await adminReader(url, DEMO)
  const app = `/groups/${DEMO.project}/apps/${ctx.appId}`
  for (const kind of ['functions', 'triggers', 'values']) {
    const names = (await admin.get(`${app}/${kind}`)).map(d => d.name)
    const twice = names.filter((n, i) => names.indexOf(n) !== i)
    if (twice.length > 0) run.violations.push(`duplicate ${kind}: ${twice.join(', ')}`)
  }
  const drafts = await admin.get(`${app}/drafts`)
  if (drafts.length > 0) run.violations.push(`orphan draft(s) left: ${drafts.map(d => d._id).join(', ')}`)
  const deployments = await admin.get(`${app}/deployments`)
  const successful = deployments.filter(d => d.status === 'successful').length
  const expected = ctx.templateDeployments + run.log.deploymentsTookEffect
  run.deployments = {
    listed: deployments.length,
    successful,
    failed: deployments.filter(d => d.status === 'failed').length
  }
  if (successful !== expected) {
    run.violations.push(
      `${successful} successful deployments listed, expected ${expected} (template ${ctx.templateDeployments} + ${run.log.deploymentsTookEffect} deployment POSTs of this run that took effect)`
    )
  }
  if (run.log.deploymentsTookEffect === 0)
    run.violations.push("no deployment POST of this run took effect: the run's change was never deployed")
}
