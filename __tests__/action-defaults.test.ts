// The action's defaults live in action.yml; src/inputs.ts must give the same result when an input is
// left out. The runner hands the action each input's action.yml default; a local run, a test or a
// future caller may hand it nothing (an empty string). Both must read the same: one source per fact.
import { readFileSync } from 'node:fs'
import { expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { readInputs } from '../src/inputs.js'

interface ActionInput {
  readonly description?: string
  readonly default?: string
}

const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, ActionInput> }
const inputs = Object.entries(action.inputs)

/** Defaults the runner resolves (`${{ ... }}`): no value of their own to compare. */
const expressionDefaults = inputs.filter(([, i]) => i.default?.includes('${{')).map(([name]) => name)

/** What the runner passes when the workflow sets nothing: each default, an expression as the value
 *  it resolves to (here: empty, as for a workflow that has no token). */
const runnerDefaults = (name: string): string => {
  const value = action.inputs[name]?.default ?? ''
  return value.includes('${{') ? '' : value
}

test('src/inputs.ts falls back to exactly the defaults action.yml declares', () => {
  expect(readInputs(runnerDefaults)).toEqual(readInputs(() => ''))
})

test.each(inputs.filter(([, i]) => i.default !== undefined && !i.default.includes('${{')))(
  '%s: its action.yml default reads as the input left empty',
  name => {
    const onlyThis = (asked: string) => (asked === name ? runnerDefaults(name) : '')
    expect(readInputs(onlyThis)).toEqual(readInputs(() => ''))
  }
)

test('the only runner-resolved default is the token', () => {
  expect(expressionDefaults).toEqual(['github-token'])
})

test('src/inputs.ts reads every input action.yml declares, and no other', () => {
  const asked = new Set<string>()
  readInputs(name => {
    asked.add(name)
    return ''
  })
  expect([...asked].sort()).toEqual(inputs.map(([name]) => name).sort())
})
