// The log pager against scripted pages: it follows nextEndDate/nextSkip exactly, keeps the filters
// on every page, stops on the last page, honours a total limit, and refuses a cursor that does not move.
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { createAdminClient } from '../../src/admin/client.js'
import type { LogEntry } from '../../src/admin/types.js'
import { fakeClock, requestsTo, startStub, stubKeys, type Stub } from './stub-server.js'

const logsPath = '/groups/g1/apps/a1/logs'

let stub: Stub
beforeEach(async () => {
  stub = await startStub()
})
afterEach(async () => {
  await stub.stop()
})

const entry = (n: number, started: string, error?: string): LogEntry => ({
  _id: `log-${n}`,
  type: 'FUNCTION',
  started,
  ...(error ? { error } : {})
})

function app() {
  return createAdminClient({ baseUrl: stub.url, ...stubKeys, clock: fakeClock().clock }).app('g1', 'a1')
}

async function collect(entries: AsyncIterable<LogEntry>): Promise<LogEntry[]> {
  const out: LogEntry[] = []
  for await (const e of entries) out.push(e)
  return out
}

it('passes nextEndDate as end_date and nextSkip as skip, with the same filters, until a page has no nextEndDate', async () => {
  const pages = [
    {
      logs: [entry(1, '2025-01-03T00:00:00Z'), entry(2, '2025-01-02T00:00:00Z')],
      nextEndDate: '2025-01-02T00:00:00Z',
      nextSkip: 1
    },
    { logs: [entry(3, '2025-01-02T00:00:00Z')], nextEndDate: '2025-01-01T00:00:00Z' },
    { logs: [entry(4, '2025-01-01T00:00:00Z')] }
  ]
  let page = 0
  stub.on('GET', logsPath, () => ({ status: 200, body: pages[page++] }))
  const got = await collect(
    app().logs({
      start: '2024-12-01T00:00:00.000Z',
      types: ['FUNCTION', 'ENDPOINT'],
      errorsOnly: true,
      userId: 'u1',
      correlationId: 'c1'
    })
  )
  expect(got.map(e => e._id)).toEqual(['log-1', 'log-2', 'log-3', 'log-4'])
  const queries = requestsTo(stub, 'GET', logsPath).map(r => Object.fromEntries(r.query))
  const filters = {
    start_date: '2024-12-01T00:00:00.000Z',
    type: 'FUNCTION,ENDPOINT',
    errors_only: 'true',
    user_id: 'u1',
    co_id: 'c1',
    limit: '100'
  }
  expect(queries).toEqual([
    filters,
    { ...filters, end_date: '2025-01-02T00:00:00Z', skip: '1' },
    { ...filters, end_date: '2025-01-01T00:00:00Z' }
  ])
})

it('sends no errors_only unless asked, and stops after a total limit', async () => {
  const logs = Array.from({ length: 100 }, (_, i) => entry(i, '2025-01-01T00:00:00Z'))
  stub.on('GET', logsPath, () => ({
    status: 200,
    body: { logs, nextEndDate: '2025-01-01T00:00:00Z', nextSkip: 100 }
  }))
  const got = await collect(app().logs({ limit: 150 }))
  expect(got).toHaveLength(150)
  const queries = requestsTo(stub, 'GET', logsPath).map(r => Object.fromEntries(r.query))
  expect(queries).toEqual([{ limit: '100' }, { limit: '50', end_date: '2025-01-01T00:00:00Z', skip: '100' }])
})

it('refuses a cursor that does not move instead of looping', async () => {
  stub.on('GET', logsPath, () => ({
    status: 200,
    body: { logs: [entry(1, '2025-01-01T00:00:00Z')], nextEndDate: '2025-01-01T00:00:00Z' }
  }))
  await expect(collect(app().logs())).rejects.toThrow(/cursor did not move/)
  expect(requestsTo(stub, 'GET', logsPath)).toHaveLength(2)
})

it('merges error and non-error entries newest first, each once', async () => {
  stub.on('GET', logsPath, request =>
    request.query.has('errors_only')
      ? {
          status: 200,
          body: { logs: [entry(2, '2025-01-02T00:00:00Z', 'boom'), entry(4, '2025-01-01T00:00:00Z', 'bang')] }
        }
      : // A server that ignored errors_only would send the errors here too: they are not repeated.
        {
          status: 200,
          body: {
            logs: [
              entry(1, '2025-01-03T00:00:00Z'),
              entry(2, '2025-01-02T00:00:00Z', 'boom'),
              entry(3, '2025-01-01T12:00:00Z')
            ]
          }
        }
  )
  const got = await collect(app().allLogs())
  expect(got.map(e => e._id)).toEqual(['log-1', 'log-2', 'log-3', 'log-4'])
})

it('names the field when a page has the wrong shape', async () => {
  stub.on('GET', logsPath, () => ({ status: 200, body: { logs: [{ type: 'FUNCTION' }], nextEndDate: 17 } }))
  await expect(collect(app().logs())).rejects.toThrow(
    'GET /groups/g1/apps/a1/logs: unexpected response: `nextEndDate` expected a string, got a number'
  )
})
