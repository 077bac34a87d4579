// The `realm-deploy` CLI entry: argv -> command -> exit code. The only error boundary of the CLI.
import { createInterface } from 'node:readline/promises'
import { isatty } from 'node:tty'
import { runCli } from './run.js'

/**
 * Only a terminal on both ends can answer a question: in CI (no TTY) nothing ever waits for input.
 * Asked of the file descriptors: touching `process.stdin` loads node's stream modules (milliseconds
 * of every start-up), while only a command that prompts reads stdin.
 */
const interactive = isatty(0) && isatty(2)

async function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await rl.question(question)
  } finally {
    rl.close()
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  ...(interactive ? { prompt } : {})
})
