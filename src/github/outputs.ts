// The action's outputs, collected as the run learns them and set once at the end, whatever happened.
import * as core from '@actions/core'
import { redact } from '../secrets.js'

export interface Outputs {
  status?: string
  'app-id'?: string
  'client-app-id'?: string
  'deployment-id'?: string
  changes?: number
  'plan-file'?: string
  'comment-id'?: number
}

export function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined && value !== '') core.setOutput(name, redact(String(value)))
  }
}
