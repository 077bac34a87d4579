// Drafts and deployments of one app. Creating a draft and deploying one are writes that must never
// happen twice: after an uncertain attempt the client looks for this user's draft, or for a
// deployment of this draft, before it tries again.
//
// A draft found after an uncertain create cannot be proven to be the one that create made: the API
// has no request token, and a draft carries only its id and its user, which every run with the same
// key shares. It is taken only while it is empty (a draft with changes is another run's: this one
// wrote nothing yet), and it comes back marked `adopted`, so the run never discards it: if it was
// another run's after all, that run's writes must not go live outside a draft.
import { expectArray, expectDoc, expectList, expectObject, shapeError } from './shapes.js'
import type { Transport } from './transport.js'
import type { Deployment, DeploymentDraft, DraftDiff } from './types.js'

/** A draft this run opened. `adopted`: found after an uncertain create, so perhaps not this run's. */
export interface OpenedDraft extends DeploymentDraft {
  readonly adopted: boolean
}

export interface DraftsApi {
  /** This user's drafts (the API sends one object, an array, or nothing; all become a list). */
  list(): Promise<DeploymentDraft[]>
  /** Fails with 409 DraftAlreadyExists when this user already has a draft. */
  create(): Promise<OpenedDraft>
  discard(draftId: string): Promise<void>
  diff(draftId: string): Promise<DraftDiff>
  /** `name` labels the deployment ('' for none). */
  deploy(draftId: string, name?: string): Promise<Deployment>
}

export interface DeploymentsApi {
  /** The 25 most recent deployments. */
  list(): Promise<Deployment[]>
  get(deploymentId: string): Promise<Deployment>
  redeploy(deploymentId: string): Promise<void>
}

const checkDraft = (what: string) => (item: unknown, field: string) =>
  expectDoc<DeploymentDraft>(item, what, field, [])

const checkDeployment = (what: string) => (item: unknown, field: string) =>
  expectDoc<Deployment>(item, what, field, ['status'])

export function createDraftsApi(
  transport: Transport,
  appPath: string,
  deployments: DeploymentsApi
): DraftsApi {
  const path = `${appPath}/drafts`
  const draftPath = (draftId: string): string => `${path}/${encodeURIComponent(draftId)}`

  const list = async (): Promise<DeploymentDraft[]> => {
    const response = await transport.call({ method: 'GET', path })
    return draftList(response.body, `GET ${path}`)
  }

  const diff = async (draftId: string): Promise<DraftDiff> => {
    const what = `GET ${draftPath(draftId)}/diff`
    const response = await transport.call({ method: 'GET', path: `${draftPath(draftId)}/diff` })
    const body = expectObject(response.body, what)
    const diffs =
      body.diffs === undefined || body.diffs === null ? [] : expectArray(body.diffs, what, 'diffs')
    return { ...body, diffs: diffs.map(String) }
  }

  return {
    list,
    async create() {
      const response = await transport.call({
        method: 'POST',
        path,
        recover: async () => {
          const me = await transport.userId()
          const found = (await list()).find(d => d.user_id === undefined || d.user_id === me)
          return found && (await diff(found._id)).diffs.length === 0 ? found : undefined
        }
      })
      return { ...checkDraft(`POST ${path}`)(response.body, ''), adopted: response.recovered }
    },
    async discard(draftId) {
      await transport.call({ method: 'DELETE', path: draftPath(draftId) })
    },
    diff,
    async deploy(draftId, name = '') {
      const deployPath = `${draftPath(draftId)}/deployment`
      const response = await transport.call({
        method: 'POST',
        path: deployPath,
        json: { name },
        recover: async () => (await deployments.list()).find(d => d.draft_id === draftId)
      })
      return checkDeployment(`POST ${deployPath}`)(response.body, '')
    }
  }
}

function draftList(body: unknown, what: string): DeploymentDraft[] {
  if (body === undefined || body === null) return []
  if (Array.isArray(body)) return body.map((item, i) => checkDraft(what)(item, `[${i}]`))
  const draft = expectObject(body, what)
  if (Object.keys(draft).length === 0) return []
  if (typeof draft._id !== 'string') throw shapeError(what, '_id', 'expected a string')
  return [draft as DeploymentDraft]
}

export function createDeploymentsApi(transport: Transport, appPath: string): DeploymentsApi {
  const path = `${appPath}/deployments`
  const list = async (): Promise<Deployment[]> => {
    const response = await transport.call({ method: 'GET', path })
    return expectList(response.body, `GET ${path}`, checkDeployment(`GET ${path}`))
  }
  return {
    list,
    async get(deploymentId) {
      const itemPath = `${path}/${encodeURIComponent(deploymentId)}`
      const response = await transport.call({ method: 'GET', path: itemPath })
      return checkDeployment(`GET ${itemPath}`)(response.body, '')
    },
    async redeploy(deploymentId) {
      // A redeploy adds a deployment; after an uncertain attempt, a deployment that was not there
      // before is this one.
      const redeployPath = `${path}/${encodeURIComponent(deploymentId)}/redeploy`
      const before = new Set((await list()).map(d => d._id))
      await transport.call({
        method: 'POST',
        path: redeployPath,
        recover: async () => (await list()).find(d => !before.has(d._id))
      })
    }
  }
}
