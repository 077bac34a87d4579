// The one list of places where the emulator knowingly differs from the official OpenAPI spec, and
// why. The contract test tolerates a spec mismatch only for an operation listed here; the resource
// modules' entries are merged in from `resources/`.
import { resourceDivergences } from './resources/index.js'
import { specDivergences } from './resources/spec-divergences.js'
import type { Divergence } from './divergence-entry.js'

export type { Divergence } from './divergence-entry.js'

export const coreDivergences: readonly Divergence[] = [
  {
    operation: 'adminListDeploymentDrafts',
    divergence: "Returns an array of the caller's drafts (empty or one element).",
    reason:
      'The spec documents a single DeploymentDraft object, but realm-cli decodes an array and requires exactly one element (admin-api-notes §2.3), which is what the real server sends.'
  },
  {
    operation: 'adminDeployDraft',
    divergence:
      'The body is optional: no body (or an empty one) deploys with the deployment named after its _id.',
    reason: 'The spec marks {"name"} required, but realm-cli sends no body (admin-api-notes §2.3).'
  },
  {
    operation: 'adminGetLogs',
    divergence:
      'nextEndDate is absent on the last page and nextSkip is present only when the next page starts at the same timestamp as this one ends.',
    reason:
      "The response schema marks both required, but the spec's own pagination section says they are omitted that way, and clients stop when nextEndDate is absent."
  },
  {
    operation: 'adminGetLogs',
    divergence: 'Entries are returned newest first.',
    reason:
      'The limit parameter text says ascending order, but paging backwards with end_date (the documented pagination) only works newest first.'
  },
  {
    operation: 'schema NullableAppEnvironment',
    divergence:
      'An app without an environment has environment "" (validated as the first allOf branch only).',
    reason:
      'The spec combines an enum that allows "" with AppEnvironment, which does not, in allOf, so no app without an environment could validate; the real server sends "" (Admin API overview example).'
  },
  {
    operation: 'schema AtlasFederatedInstance',
    divergence: 'Validated with `required: ["_id"]`.',
    reason: 'The spec writes `required: "_id"` (a string), which is not valid JSON Schema.'
  },
  {
    operation: 'adminCreateApplication',
    divergence: 'A name already used in the project is refused with 409 AppAlreadyExists.',
    reason:
      'The spec documents only 400; other "already exists" errors of this API are 409 (drafts, services, environment values).'
  },
  {
    operation: 'adminRedeployDeployment',
    divergence:
      'A deployment still `created` or `pending` is finished first, then redeployed (204); one that failed is refused with 400 InvalidParameter.',
    reason: 'The spec documents only 204 and 404; a failed deployment has no configuration to put back.'
  },
  {
    operation: 'adminListApplications, adminGetApplication, adminDeleteApplication, adminCreateApplication',
    divergence: 'A project the API key has no access to answers 404 GroupNotFound.',
    reason:
      'Undocumented; realm-cli treats 404 on the app list as "group could not be found", and a key must not learn which other projects exist.'
  }
]

export const divergences: readonly Divergence[] = [
  ...coreDivergences,
  ...resourceDivergences,
  ...specDivergences
]
