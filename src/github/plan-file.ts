// The `plan-file` output: the plan as JSON (no function sources, secrets by name only) in the runner's
// temp directory, under a name no other step of the job has taken.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Plan } from '../plan/types.js'
import { planJson } from '../report/json.js'
import { redact } from '../secrets.js'

const MAX_FILES = 1000

export function writePlanFile(plan: Plan, dir = process.env.RUNNER_TEMP || tmpdir()): string {
  const text = `${redact(JSON.stringify(planJson(plan), null, 2))}\n`
  for (let n = 1; n <= MAX_FILES; n++) {
    const file = path.join(dir, `realm-deploy-plan-${n}.json`)
    try {
      writeFileSync(file, text, { flag: 'wx' })
      return file
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  throw new Error(`${dir} already holds ${MAX_FILES} realm-deploy plan files`)
}
