// Reads an app directory into the AppModel and validates it, entirely offline: every problem is
// collected (syntax, fields, names, duplicates, references, cron, templates, unsafe paths, hosting)
// and reported at once, before any network call.
import { ConfigError, type Problem } from '../errors.js'
import { AppDir } from './app-dir.js'
import type { LoadContext } from './context.js'
import { checkDuplicates } from './duplicates.js'
import { checkTopLevel } from './folders.js'
import { checkHostingFiles } from './hosting-check.js'
import { loadAuthProviders, loadCustomUserData } from './load-auth.js'
import { loadDataSources } from './load-data-sources.js'
import { endpointsFolder, loadDataApiConfig, loadEndpoints } from './load-endpoints.js'
import { loadDependencies, loadHosting, loadLegacySecrets, loadSync } from './load-extras.js'
import { loadFunctions } from './load-functions.js'
import { loadGraphQL, loadLogForwarders } from './load-graphql.js'
import { loadServiceFolders, type ServiceFolders } from './load-services.js'
import { loadMeta, loadSettings } from './load-settings.js'
import { loadTriggers } from './load-triggers.js'
import { loadEnvironmentValues, loadValues } from './load-values.js'
import { isV1Layout, type AppModel, type Layout } from './model.js'
import { checkReferences } from './references.js'
import { findAppRoot, type AppRoot } from './root.js'
import { collectSecretNames } from './secrets-needed.js'
import { findTemplateProblems } from './templates.js'

export interface LoadAppOptions {
  /** The app directory or any directory below it (the root is searched upwards). */
  readonly appDir: string
  /** Every warning counts as an error (`--strict`). */
  readonly strict?: boolean
}

export interface ValidationResult {
  /** Undefined when no app root was found. */
  readonly model?: AppModel
  readonly root?: string
  readonly layout?: Layout
  /** Errors and warnings, sorted by file and position. */
  readonly problems: Problem[]
}

/** Loads and validates the app; never throws for problems in the config (they are returned). */
export async function validateApp({ appDir, strict }: LoadAppOptions): Promise<ValidationResult> {
  const result = await readAndCheck(appDir)
  return strict ? asStrict(result) : result
}

/** Under `--strict` a warning stops the run like an error, and says why. */
export function strictProblems(problems: readonly Problem[]): Problem[] {
  return problems.map(p =>
    p.severity === 'warning' ? { ...p, severity: 'error' as const, message: `${p.message} [--strict]` } : p
  )
}

function asStrict(result: ValidationResult): ValidationResult {
  const problems = strictProblems(result.problems)
  return { ...result, problems, ...(result.model ? { model: { ...result.model, warnings: [] } } : {}) }
}

async function readAndCheck(appDir: string): Promise<ValidationResult> {
  let found: AppRoot
  try {
    found = await findAppRoot(appDir)
  } catch (error) {
    if (error instanceof ConfigError) return { problems: [...error.problems] }
    throw error
  }
  const problems: Problem[] = [...found.problems]
  const dir = await AppDir.open(found.root, problems)
  const ctx: LoadContext = { dir, layout: found.layout, problems, docs: new Map(), bases: new WeakMap() }
  const partial = await readModel(ctx, found)
  const secrets = collectSecretNames(ctx, partial.model, partial.legacySecretNames)
  const model: AppModel = { ...partial.model, secretsNeeded: secrets.names }
  problems.push(...secrets.problems, ...checkDuplicates(ctx, model), ...checkReferences(ctx, model))
  problems.push(...findTemplateProblems(model, undefined, ctx), ...(await checkTopLevel(dir, found.layout)))
  if (model.hosting?.present) problems.push(...(await checkHostingFiles(dir.root)))
  const sorted = sortProblems(dedupe(problems))
  return {
    model: { ...model, warnings: sorted.filter(p => p.severity === 'warning') },
    root: dir.root,
    layout: found.layout,
    problems: sorted
  }
}

/** Loads the app; throws ConfigError (exit code 2) listing every error. Warnings ride on the model. */
export async function loadApp(options: LoadAppOptions): Promise<AppModel> {
  const result = await validateApp(options)
  if (!result.model || result.problems.some(p => p.severity === 'error'))
    throw new ConfigError(result.problems)
  return result.model
}

async function readModel(
  ctx: LoadContext,
  found: AppRoot
): Promise<{ model: Omit<AppModel, 'secretsNeeded'>; legacySecretNames: string[] }> {
  const meta = await loadMeta(ctx, found.metaFile)
  const { settings, doc: rootDoc } = await loadSettings(ctx, found.rootFile, meta)
  const folders: ServiceFolders = { services: [], dataSources: [] }
  await loadServiceFolders(ctx, 'services', folders)
  const endpointDir = await endpointsFolder(ctx)
  if (!isV1Layout(ctx.layout)) {
    for (const parent of ['http_endpoints', 'https_endpoints']) await loadServiceFolders(ctx, parent, folders)
  }
  const model = {
    root: ctx.dir.root,
    layout: found.layout,
    rootFile: found.rootFile,
    ...(meta ? { meta } : {}),
    settings,
    functions: await loadFunctions(ctx),
    values: await loadValues(ctx),
    environmentValues: await loadEnvironmentValues(ctx),
    triggers: await loadTriggers(ctx),
    dataSources: [...(await loadDataSources(ctx)), ...folders.dataSources],
    services: folders.services,
    authProviders: await loadAuthProviders(ctx),
    customUserData: await loadCustomUserData(ctx, rootDoc),
    endpoints: await loadEndpoints(ctx, endpointDir),
    dataApiConfig: await loadDataApiConfig(ctx, endpointDir),
    graphql: await loadGraphQL(ctx),
    sync: await loadSync(ctx, rootDoc),
    logForwarders: await loadLogForwarders(ctx),
    hosting: await loadHosting(ctx, rootDoc),
    dependencies: await loadDependencies(ctx),
    warnings: []
  }
  return { model: dropUndefined(model), legacySecretNames: await loadLegacySecrets(ctx) }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter(p => {
    const key = JSON.stringify([p.source, p.line, p.column, p.field, p.message, p.severity])
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

/** Deterministic output: by file, then position; problems without a position first within a file. */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0)
  )
}
