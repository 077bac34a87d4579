// The `--environment` flag, checked where it is read: an unknown name is exit 2 before anything else
// runs (for deploy, before the first write, the app's creation).
import { ENVIRONMENT_NAMES } from '../app/model.js'
import { ConfigError } from '../errors.js'
import { stringOption, type OptionValues } from './command.js'

export function environmentOption(values: OptionValues): string | undefined {
  const name = stringOption(values, 'environment')
  if (name === undefined || (ENVIRONMENT_NAMES as readonly string[]).includes(name)) return name
  throw new ConfigError([
    {
      source: '--environment',
      severity: 'error',
      message: `'${name}' is not one of ${ENVIRONMENT_NAMES.filter(Boolean).join(', ')} ("" for none)`
    }
  ])
}
