// The action's outputs, collected as the run learns them and set once at the end, whatever happened.
import * as core from '@actions/core'
import { redact } from '../secrets.js'

export interface Outputs {
  status?: string
  'app-id'?: string
  'client-app-id'?: string
  /** create-app: the client_app_id of the app this run created. */
  'created-app-id'?: string
  'deployment-id'?: string
  changes?: number
  'plan-file'?: string
  'comment-id'?: number
  'preview-app-id'?: string
  'preview-client-app-id'?: string
  /** The app's page in the App Services UI (or on the run's `base-url`). */
  'app-url'?: string
  /** Tag pushes and releases: the tag the deployment is named after. */
  tag?: string
  'github-deployment-id'?: number
  /** JSON array of the names of the project's preview apps older than `preview-ttl-days`. */
  'stale-previews'?: string
}

export function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined && value !== '') core.setOutput(name, redact(String(value)))
  }
}
