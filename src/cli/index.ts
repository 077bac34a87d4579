// The `realm-deploy` CLI entry: argv -> command -> exit code. The only error boundary of the CLI.
import { fstatSync } from 'node:fs'
import { commands } from './commands/index.js'
import { enableCompileCache } from './compile-cache.js'
import { descriptorWriter } from './output.js'
import { runCli } from './run.js'

/** A terminal is a character device; a pipe or a file (as in CI) is not, and is told apart cheaply. */
function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice()
  } catch {
    return false
  }
}

/**
 * Only a terminal on both ends can answer a question: in CI (no TTY) nothing ever waits for input.
 * `node:tty` (which loads node's network and stream modules) and `process.stdin` (a stream) cost
 * a start-up milliseconds, so they are reached only for a command that asks, on character devices.
 */
async function isInteractive(): Promise<boolean> {
  if (!isCharacterDevice(0) || !isCharacterDevice(2)) return false
  const { isatty } = await import('node:tty')
  return isatty(0) && isatty(2)
}

async function prompt(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises')
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await rl.question(question)
  } finally {
    rl.close()
  }
}

enableCompileCache(process.env)

const argv = process.argv.slice(2)
// Only a command that may ask (deploy's confirmation) needs to know whether someone can answer.
const asks = commands.find(c => c.name === argv[0])?.asks === true

process.exitCode = await runCli(argv, {
  stdout: descriptorWriter(1, () => process.stdout),
  stderr: descriptorWriter(2, () => process.stderr),
  env: process.env,
  cwd: process.cwd(),
  ...(asks && (await isInteractive()) ? { prompt } : {})
})
