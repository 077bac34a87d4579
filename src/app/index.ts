// The app module's public surface: read an app directory into the AppModel, validate it offline,
// resolve template expansions, and parse secret inputs.
export { findAppRoot, MAX_PARENT_DIRS, type AppRoot } from './root.js'
export { loadApp, validateApp, type LoadAppOptions, type ValidationResult } from './load.js'
export { expandTemplates, findTemplateProblems, environmentKey } from './templates.js'
export { checkCron, type CronCheck } from './cron.js'
export {
  parseAssignment,
  parseSecretLines,
  readSecretInputs,
  type ParsedSecrets,
  type SecretInputOptions
} from './secret-inputs.js'
export * from './model.js'
