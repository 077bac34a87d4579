// Every CLI command, in the order --help lists them: its name and summary (all the main --help needs)
// and a loader. Each command's module is imported only when that command runs, so `--help`,
// `validate` and `assets` never load the Admin API client, the emulator or the deploy pipeline (ncc
// turns each import() below into a chunk of its own). The summaries are checked copies of the
// commands' own (__tests__/cli/lazy-loading.test.ts).
import type { Command } from '../command.js'

export interface CommandEntry {
  readonly name: string
  readonly summary: string
  /** It may ask the person at the terminal a question: only then does the CLI find out whether one can answer. */
  readonly asks?: boolean
  readonly load: () => Promise<Command>
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'Check an app directory offline and report every problem.',
    load: async () => (await import('./validate.js')).validateCommand
  },
  {
    name: 'assets',
    summary: 'List the hosting files with MD5, size and attrs, as the deploy will upload them.',
    load: async () => (await import('./assets.js')).assetsCommand
  },
  {
    name: 'plan',
    summary: 'Show what a deploy would change (writes nothing).',
    load: async () => (await import('./deploy.js')).planCommand
  },
  {
    name: 'deploy',
    summary: 'Deploy the config directory to the app.',
    asks: true,
    load: async () => (await import('./deploy.js')).deployCommand
  },
  {
    name: 'pull',
    summary: 'Write a deployed app as a config directory (deploying it back changes nothing).',
    load: async () => (await import('./pull.js')).pullCommand
  },
  {
    name: 'status',
    summary: "Report the app's trigger health (suspended, failing, disabled); resume suspended ones.",
    load: async () => (await import('./status.js')).statusCommand
  },
  {
    name: 'rollback',
    summary: 'Redeploy a past deployment (default: the newest successful one before the current one).',
    load: async () => (await import('./rollback.js')).rollbackCommand
  },
  {
    name: 'logs',
    summary: "Print an app's logs (every page), newest first.",
    load: async () => (await import('./logs.js')).logsCommand
  },
  {
    name: 'exec',
    summary: 'Run one function of the app locally and print its result as EJSON.',
    load: async () => (await import('./exec.js')).execCommand
  },
  {
    name: 'emulator',
    summary: 'Run a local emulator of the App Services Admin API (for tests and demos).',
    load: async () => (await import('./emulator.js')).emulatorCommand
  },
  {
    name: 'demo',
    summary: 'Deploy the example app to an in-process emulator and show each step (npm start).',
    load: async () => (await import('./demo.js')).demoCommand
  }
]
