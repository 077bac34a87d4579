// The trigger health rules (assessTriggers) as a table: event subscriptions and latest executions
// against what the repository enables; each row names the rule.
import type { LatestExecution, SubscriptionState } from '../../src/admin/trigger-state.js'
import { assessTriggers, triggerHealthLines } from '../../src/deploy/trigger-health.js'

const sub = (name: string, fields: Partial<SubscriptionState> = {}): SubscriptionState => ({
  id: `id-${name}`,
  name,
  type: 'DATABASE',
  disabled: false,
  suspended: false,
  ...fields
})

test.each<
  [
    string,
    SubscriptionState[],
    Record<string, LatestExecution | undefined>,
    { name: string; disabled: boolean }[] | undefined,
    string[]
  ]
>([
  ['1 a running trigger with a clean last run is fine', [sub('a')], { 'id-a': {} }, undefined, []],
  ['2 a trigger that never ran is fine', [sub('a')], {}, undefined, []],
  [
    '3 suspended is reported with its error',
    [sub('a', { suspended: true, error: 'lost' })],
    {},
    undefined,
    ['a suspended lost']
  ],
  [
    '4 a failed latest run is failing',
    [sub('a')],
    { 'id-a': { error: 'boom' } },
    undefined,
    ['a failing boom']
  ],
  [
    '5 disabled in the app, enabled in the repository',
    [sub('a', { disabled: true })],
    {},
    [{ name: 'a', disabled: false }],
    ['a disabled ']
  ],
  ['6 disabled in both is fine', [sub('a', { disabled: true })], {}, [{ name: 'a', disabled: true }], []],
  ['7 without a repository, disabled is not judged', [sub('a', { disabled: true })], {}, undefined, []],
  [
    '8 sorted by name',
    [sub('b', { suspended: true }), sub('a', { suspended: true })],
    {},
    undefined,
    ['a suspended ', 'b suspended ']
  ]
])('%s', (_rule, subscriptions, executions, desired, expected) => {
  const issues = assessTriggers(subscriptions, new Map(Object.entries(executions)), desired)
  expect(issues.map(i => `${i.name} ${i.problem} ${i.error ?? ''}`)).toEqual(expected)
})

test('the text lines quote names and errors (data, not markup)', () => {
  const lines = triggerHealthLines({
    checked: 3,
    degraded: true,
    issues: [{ name: 'x"y', type: 'DATABASE', problem: 'suspended', error: 'a\nb' }]
  })
  expect(lines).toEqual([
    'Triggers: 1 need attention (of 3):',
    '  "x\\"y" (DATABASE) is suspended: "a\\nb"; rerun with --resume-suspended (action input resume-suspended-triggers) to resume it'
  ])
})
