// A whole lifecycle over every resource kind (the scripted session the contract test can reuse):
// every call succeeds, and deleting dependants first leaves no document behind.
import { ALICE, PROJECT_1, startHarness, type Harness } from '../harness.js'
import { resourceSession } from './session.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())

test('every call of the session succeeds and deleting dependants first empties the app', async () => {
  const alice = await h.as(ALICE)
  await resourceSession(alice, PROJECT_1)
  const failed = h.exchanges
    .filter(x => x.status >= 400)
    .map(x => `${x.method} ${x.path} -> ${x.status} ${JSON.stringify(x.body)}`)
  expect(failed).toEqual([])
  const writes = h.exchanges.filter(x => x.method !== 'GET' && x.path.includes('/apps/'))
  expect(writes.length).toBeGreaterThan(50)
  const app = Object.values(h.emulator.state.groups[PROJECT_1].apps).find(
    r => r.app.name === 'resourcesession'
  )
  const left = Object.entries(app?.live.collections ?? {}).filter(([, docs]) => Object.keys(docs).length > 0)
  expect(left.map(([kind]) => kind)).toEqual([])
})
