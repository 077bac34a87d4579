// The `realm-deploy` CLI entry: argv -> command -> exit code. The only error boundary of the CLI.
import { runCli } from './run.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd()
})
