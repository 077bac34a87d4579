// What `deploy` adds around the pipeline for a person at a terminal: the plan printed the moment it
// is made (before any write), the confirmation asked where someone can answer, and after
// --create-app the created app's id written into the config.
import path from 'node:path'
import { findAppRoot } from '../../app/root.js'
import type { DeployResult, DeploySettings, WriteIntent } from '../../deploy/types.js'
import { planSize } from '../../plan/types.js'
import { renderPlanText } from '../../report/text.js'
import { redact } from '../../secrets.js'
import { writeAppId, type AppIdWrite } from '../app-id-file.js'
import type { CommandIO, OptionValues } from '../command.js'

/** Deploy prints the plan the moment it is made (before any write) and, in a terminal, asks first. */
export function deployHooks(
  values: OptionValues,
  io: CommandIO
): Pick<DeploySettings, 'onPlan' | 'confirmWrite'> {
  const json = values.json === true
  // With --json stdout holds the one result object: the plan goes to stderr.
  const onPlan: DeploySettings['onPlan'] = plan => (json ? io.stderr : io.stdout)(renderPlanText(plan))
  const prompt = io.prompt
  if (values.yes === true || !prompt) return { onPlan }
  const confirmWrite = async (intent: WriteIntent): Promise<boolean> => {
    const question =
      intent.action === 'create-app'
        ? `Create app '${intent.name}' in project ${intent.projectId} and deploy this config to it? [y/N] `
        : `${intent.discardDraft ? `Discard draft ${intent.discardDraft}, then apply` : 'Apply'} ${planSize(intent.plan)} change(s) to ${intent.app} and deploy? [y/N] `
    return /^\s*y(es)?\s*$/i.test(await prompt(redact(question)))
  }
  return { onPlan, confirmWrite }
}

/** After --create-app: the repository is pointed at the app the run created. */
export async function recordCreatedApp(
  result: DeployResult,
  settings: DeploySettings,
  io: CommandIO
): Promise<AppIdWrite | undefined> {
  if (!result.app?.created) return undefined
  const { root, rootFile } = await findAppRoot(settings.appDir)
  try {
    const written = await writeAppId(root, rootFile, result.app.clientAppId)
    io.logger.info(
      `wrote "app_id": "${written.appId}" into ${path.join(root, rootFile)}: commit it, so the next deploy goes to this app`
    )
    return written
  } catch (error) {
    io.logger.warning(
      `created app ${result.app.clientAppId}, but could not write it into ${rootFile} (${error instanceof Error ? error.message : String(error)}): set "app_id": "${result.app.clientAppId}" there by hand`
    )
    return undefined
  }
}
