import { runFunction, type FunctionContextData } from '../../src/emulator/function-vm.js'

const context: FunctionContextData = {
  values: { greeting: 'hi', limits: { max: 3 } },
  environment: { tag: 'qa', values: { baseUrl: 'http://qa' } },
  user: { id: 'u1', type: 'normal', data: {}, identities: [], custom_data: {} },
  functions: {
    double: 'exports = n => n * 2',
    viaOther: 'exports = async n => ({ twice: await context.functions.execute("double", n) })',
    loop: 'exports = () => context.functions.execute("loop")'
  }
}

const run = (source: string, args: unknown[] = [], timeLimitMs?: number) =>
  runFunction({ source, args, context, timeLimitMs })

describe('the function sandbox', () => {
  test('returns canonical EJSON: int32 integers, doubles, dates; strings and booleans as they are', async () => {
    const outcome = await run(
      'exports = (a, b) => ({ a, b, big: 2 ** 40, s: "x", t: true, d: new Date(5), n: null })',
      [1, 2.5]
    )
    expect(outcome.error).toBeUndefined()
    expect(outcome.result).toEqual({
      a: { $numberInt: '1' },
      b: { $numberDouble: '2.5' },
      big: { $numberDouble: String(2 ** 40) },
      s: 'x',
      t: true,
      d: { $date: { $numberLong: '5' } },
      n: null
    })
  })

  test('sees the documented context: values, environment, user, functions.execute (async too)', async () => {
    const source =
      'exports = async () => ({ v: context.values.get("greeting"), m: context.values.get("limits").max, env: context.environment, user: context.user.id, other: await context.functions.execute("viaOther", 4) })'
    const outcome = await run(source)
    expect(outcome.result).toEqual({
      v: 'hi',
      m: { $numberInt: '3' },
      env: { tag: 'qa', values: { baseUrl: 'http://qa' } },
      user: 'u1',
      other: { twice: { $numberInt: '8' } }
    })
  })

  test('console output becomes the logs', async () => {
    const outcome = await run(
      'exports = () => { console.log("a", 1, { b: 2 }); console.error("oops"); return "done" }'
    )
    expect(outcome.logs).toEqual(['a 1 {"b":2}', 'oops'])
    expect(outcome.result).toBe('done')
  })

  test.each([
    ['context.services', 'exports = () => context.services.get("mongodb-atlas")'],
    ['context.http', 'exports = () => context.http.get({ url: "http://example.com" })'],
    ['require()', 'exports = () => require("fs")'],
    ['fetch', 'exports = () => fetch("http://example.com")'],
    ['EJSON', 'exports = () => EJSON.stringify({})']
  ])('%s fails with an error naming it', async (what, source) => {
    const outcome = await run(source)
    expect(outcome.result).toBeUndefined()
    expect(outcome.error?.message).toContain(`${what} is not emulated`)
  })

  test('a thrown error is reported by name and message; so is a source that exports no function', async () => {
    expect((await run('exports = () => { throw new TypeError("bad input") }')).error).toEqual({
      name: 'TypeError',
      message: 'bad input'
    })
    expect((await run('exports = 42')).error?.message).toContain('does not export a function')
    expect((await run('exports = () => context.functions.execute("missing")')).error?.message).toContain(
      'function not found: "missing"'
    )
  })

  test('eval and new Function are refused inside the sandbox', async () => {
    expect((await run('exports = () => eval("1 + 1")')).error?.name).toBe('EvalError')
  })

  test('bounded: recursion through functions.execute, time, memory', async () => {
    expect((await run('exports = () => context.functions.execute("loop")')).error?.message).toContain(
      'nested deeper than'
    )
    const slow = await run('exports = () => { for (;;) {} }', [], 300)
    expect(slow.error?.name).toBe('ExecutionTimeLimitExceeded')
    expect(slow.durationMs).toBeLessThan(5000)
    const hungry = await run('exports = () => { const a = []; for (;;) a.push(new Array(1e5).fill(7)) }')
    expect(hungry.error?.name).toBe('ExecutionMemoryLimitExceeded')
  })

  test('a promise that can never settle is reported at once', async () => {
    const outcome = await run('exports = () => new Promise(() => {})', [], 2000)
    expect(outcome.error).toEqual({
      name: 'ExecutionError',
      message: expect.stringContaining('never settles')
    })
    expect(outcome.durationMs).toBeLessThan(2000)
  })
})
