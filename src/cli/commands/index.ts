// Every CLI command, in the order --help lists them.
import type { Command } from '../command.js'
import { assetsCommand } from './assets.js'
import { deployCommand, planCommand } from './deploy.js'
import { demoCommand } from './demo.js'
import { emulatorCommand } from './emulator.js'
import { execCommand } from './exec.js'
import { logsCommand } from './logs.js'
import { pullCommand } from './pull.js'
import { rollbackCommand } from './rollback.js'
import { statusCommand } from './status.js'
import { validateCommand } from './validate.js'

export const commands: readonly Command[] = [
  validateCommand,
  assetsCommand,
  planCommand,
  deployCommand,
  pullCommand,
  statusCommand,
  rollbackCommand,
  logsCommand,
  execCommand,
  emulatorCommand,
  demoCommand
]
