// A stand-in for @actions/core, loaded with jest.unstable_mockModule before the action is imported:
// inputs come from `setInputs`, and every call is recorded by a jest.fn.
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

let inputs: Record<string, string> = {}

/** The inputs the next run reads (action.yml names). */
export function setInputs(values: Record<string, string>): void {
  inputs = { ...values }
}

export const getInput = jest.fn<typeof core.getInput>(name => inputs[name] ?? '')
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const debug = jest.fn<typeof core.debug>()
export const info = jest.fn<typeof core.info>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const isDebug = jest.fn<typeof core.isDebug>(() => false)
export const group = jest.fn(<T>(_name: string, fn: () => Promise<T>): Promise<T> => fn())

const written: string[] = []
export const summary = {
  buffer: '',
  addRaw: jest.fn((text: string) => {
    summary.buffer += text
    return summary
  }),
  write: jest.fn(async () => {
    written.push(summary.buffer)
    summary.buffer = ''
    return summary
  })
}

/** The job summaries written so far. */
export const summaries = (): string[] => written

/** The outputs set, by name. */
export function outputs(): Record<string, string> {
  return Object.fromEntries(setOutput.mock.calls.map(([name, value]) => [name, String(value)]))
}

export function reset(): void {
  for (const fn of [
    getInput,
    setSecret,
    setOutput,
    setFailed,
    debug,
    info,
    notice,
    warning,
    error,
    group,
    summary.addRaw,
    summary.write
  ])
    fn.mockClear()
  written.length = 0
  summary.buffer = ''
}
