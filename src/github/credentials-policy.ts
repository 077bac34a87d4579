// What a run without Atlas API keys does. Secrets cannot exist for a pull request from a fork
// (`pull_request` runs get none) nor for a run Dependabot triggered: those skip with a notice.
// Everywhere else empty keys mean a misspelled or missing secret, and a green run that deployed
// nothing would hide it: the run fails, naming the empty inputs. `skip-without-credentials: true`
// skips everywhere (the old behaviour); `fail-on-missing-credentials: true` fails everywhere.
import type { Inputs } from '../inputs.js'
import type { EventContext } from './context.js'

export type CredentialsVerdict =
  { readonly kind: 'skip'; readonly reason: string } | { readonly kind: 'fail'; readonly reason: string }

const DEPENDABOT = 'dependabot[bot]'

/** Why secrets cannot be there for this run, when they cannot. */
function whySecretsCannotExist(event: EventContext, env: NodeJS.ProcessEnv): string | undefined {
  if (event.pullRequest?.fork && event.eventName === 'pull_request')
    return 'a pull request from a fork gets no secrets'
  if (env.GITHUB_ACTOR === DEPENDABOT || env.GITHUB_TRIGGERING_ACTOR === DEPENDABOT)
    return 'a run Dependabot triggered gets no Actions secrets'
  return undefined
}

export function emptyCredentialInputs(inputs: Inputs): string[] {
  return (['public-api-key', 'private-api-key', 'project-id'] as const).filter(name => !inputs[name])
}

export function credentialsVerdict(
  inputs: Inputs,
  event: EventContext,
  env: NodeJS.ProcessEnv
): CredentialsVerdict {
  const empty = emptyCredentialInputs(inputs).join(', ')
  const why = whySecretsCannotExist(event, env)
  if (inputs['fail-on-missing-credentials'])
    return { kind: 'fail', reason: `no Atlas API keys (${empty} empty): fail-on-missing-credentials is set` }
  if (why) return { kind: 'skip', reason: `no Atlas API keys: the run was skipped (${why})` }
  if (inputs['skip-without-credentials'])
    return {
      kind: 'skip',
      reason: 'no Atlas API keys: the run was skipped (skip-without-credentials is set)'
    }
  return {
    kind: 'fail',
    reason:
      `no Atlas API keys: the inputs ${empty} are empty. Check the secret names in the workflow ` +
      '(e.g. public-api-key: ${{ secrets.ATLAS_PUBLIC_API_KEY }}) and that the secrets exist for this repository or environment; ' +
      'set skip-without-credentials: true to skip instead'
  }
}
