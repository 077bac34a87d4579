// Deterministic DeployResults for the renderer tests: one per outcome, with text from "files" and
// the "server" that needs escaping.
import type { DeployResult } from '../../src/deploy/types.js'
import type { AssetMetadata } from '../../src/hosting/types.js'
import type { Change, Plan } from '../../src/plan/types.js'

const asset = (path: string): AssetMetadata => ({ path, hash: '0'.repeat(32), size: 10, attrs: [] })

export const APP = {
  id: '65f0c0de0000000000000002',
  clientAppId: 'shop-psuef',
  name: 'shop',
  groupId: '5f00000000000000000000a1',
  created: false
}

export const PLAN: Plan = {
  changes: [
    {
      kind: 'function',
      key: 'hello',
      action: 'create',
      file: 'functions/hello.js',
      lines: { added: 12, removed: 0 }
    },
    {
      kind: 'function',
      key: 'orders/total',
      action: 'update',
      fields: ['source', 'private'],
      file: 'functions/orders/total.js',
      lines: { added: 3, removed: 5 }
    },
    { kind: 'function', key: 'legacy', action: 'delete' },
    { kind: 'value', key: 'apiKey', action: 'create', file: 'values/apiKey.json' },
    {
      kind: 'trigger',
      key: 'onOrder',
      action: 'update',
      fields: ['config', 'disabled'],
      file: 'triggers/onOrder.json'
    },
    { kind: 'endpoint', key: 'POST /orders', action: 'create', file: 'http_endpoints/config.json' }
  ],
  secrets: { create: ['API_KEY'], update: ['STRIPE_KEY'] },
  hosting: {
    added: [asset('/index.html'), asset('/docs/read me.txt')],
    bodyChanged: [asset('/css/site.css')],
    attrsChanged: [asset('/download.pdf')],
    removed: ['/old.html'],
    unchanged: 7
  },
  dependencies: { file: 'functions/package.json', reason: 'the dependencies differ' },
  warnings: ['functions/config.json: function "unused" is never called']
}

export const planned: DeployResult = {
  status: 'planned',
  exitCode: 0,
  app: APP,
  plan: PLAN,
  warnings: PLAN.warnings
}

export const deployed: DeployResult = {
  status: 'deployed',
  exitCode: 0,
  app: APP,
  plan: PLAN,
  deployment: { id: '65f0c0de000000000000000c', name: 'v1.2.0', status: 'successful' },
  hosting: { uploaded: 3, attrsUpdated: 1, deleted: 1, failed: [], notAttempted: 0 },
  dependencies: { status: 'successful' },
  errorLogs: [
    {
      type: 'FUNCTION',
      started: '2025-01-15T12:00:01.000Z',
      function_name: 'hello',
      error: 'TypeError: <b>x</b> is undefined @here',
      error_code: 'FunctionExecutionError'
    },
    { type: 'TRIGGER', started: '2025-01-15T12:00:02.000Z', function_name: 'onOrder', error: 'timeout' }
  ],
  warnings: []
}

export const noChanges: DeployResult = {
  status: 'no-changes',
  exitCode: 0,
  app: APP,
  plan: { changes: [], secrets: { create: [], update: [] }, warnings: [] },
  warnings: []
}

export const openDraftConflict: DeployResult = {
  status: 'conflict',
  exitCode: 3,
  app: APP,
  conflict: {
    cause: 'open-draft',
    message:
      'a draft (65f0c0de0000000000000009) is already open on this app for this API key, with 2 change(s)',
    draftId: '65f0c0de0000000000000009',
    draftDiff: ['+ function "draftOnly"', '~ value "apiKey": ```value``` changed'],
    items: [],
    resolution:
      'Deploy or discard that draft in the App Services UI, or rerun with --on-draft-conflict discard (drops it) or wait (waits for it to go away).'
  },
  error: 'a draft (65f0c0de0000000000000009) is already open on this app for this API key, with 2 change(s)',
  warnings: []
}

export const deployedMeanwhile: DeployResult = {
  status: 'conflict',
  exitCode: 3,
  app: APP,
  plan: PLAN,
  deployment: {
    id: '65f0c0de000000000000000d',
    name: 'abc1234',
    status: 'failed',
    errorMessage: 'conflict: the draft changes functions/hello which changed after the draft was created'
  },
  conflict: {
    cause: 'deployed-meanwhile',
    message: 'conflict: the draft changes functions/hello which changed after the draft was created',
    items: [
      {
        kind: 'function',
        key: 'hello',
        wants: 'source = "exports = () => `a|b`"',
        has: 'source = "exports = () => 1"; private = true'
      }
    ],
    resolution: 'The app changed after this run read it. Decide which version wins.'
  },
  error: 'conflict: the draft changes functions/hello which changed after the draft was created',
  warnings: []
}

export const failed: DeployResult = {
  status: 'failed',
  exitCode: 1,
  app: APP,
  plan: PLAN,
  deployment: { id: '65f0c0de000000000000000e', name: 'abc1234', status: 'successful' },
  hosting: { uploaded: 1, attrsUpdated: 0, deleted: 0, failed: ['/big.txt'], notAttempted: 2 },
  error:
    'hosting: 1 asset(s) failed (/big.txt); 2 not attempted. Rerun to retry what still differs.\n```\n<script>alert(1)</script>',
  warnings: ['deployment 65f0c0de000000000000000f (successful) was made after ours']
}

export const invalid: DeployResult = {
  status: 'invalid',
  exitCode: 2,
  error:
    '2 problems:\n  functions/config.json:3:5 (name): error: expected a string\n  triggers/t.json: error: unknown function "nope"',
  warnings: []
}

const HUGE_KINDS = ['function', 'trigger', 'value', 'endpoint', 'rule', 'auth_provider'] as const

/** A plan of `n` changes with long names: far over any comment limit. */
export function hugePlan(n: number): Plan {
  const changes: Change[] = Array.from({ length: n }, (_, i) => ({
    kind: HUGE_KINDS[i % HUGE_KINDS.length],
    key: `resource_${String(i).padStart(5, '0')}_${'x'.repeat(120)}`,
    action: 'update',
    fields: ['source', 'config'],
    file: `functions/resource_${i}.js`
  }))
  return { changes, secrets: { create: [], update: [] }, warnings: [] }
}
