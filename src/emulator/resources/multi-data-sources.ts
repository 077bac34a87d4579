// `POST G/A/multi_data_sources` (adminLinkMultiDataSources): links up to 25 Atlas clusters or data
// lakes at once, each through the ordinary service creation, each with a read-and-write default rule
// as the spec says. All or nothing: when any source fails, none is linked and the 400 names the
// failed ones (FailedLinkingDataSourceResponse).
import { HttpError, type Reply, type RequestContext, type Route } from '../types.js'
import { dispatcher, scratchContext } from './dispatch.js'
import { serviceRoutes } from './services.js'
import { ruleRoutes } from './rules.js'
import { APP, listDocs } from './store.js'
import { isDataSource } from './refs.js'
import { badRequest, isObject } from './validate.js'

const MAX_PER_REQUEST = 25
const MAX_PER_APP = 100

/** A role that may read and write every document (what the UI calls "ReadAndWrite"). */
export const READ_AND_WRITE_RULE = {
  roles: [
    {
      name: 'readAndWriteAll',
      apply_when: {},
      document_filters: { read: true, write: true },
      read: true,
      write: true,
      insert: true,
      delete: true,
      search: true
    }
  ],
  filters: []
}

function checkBody(ctx: RequestContext): Array<Record<string, unknown>> {
  const body = ctx.json()
  if (!Array.isArray(body)) throw badRequest('the request body must be a JSON array of data sources')
  if (body.length === 0) throw badRequest('the request body must name at least one data source')
  if (body.length > MAX_PER_REQUEST)
    throw badRequest(
      `at most ${MAX_PER_REQUEST} data sources can be linked in one request; got ${body.length}`
    )
  const linked = listDocs(ctx.config(), 'services').filter(isDataSource).length
  if (linked + body.length > MAX_PER_APP)
    throw badRequest(`an app can link at most ${MAX_PER_APP} data sources; it has ${linked}`)
  body.forEach((item, i) => {
    if (!isObject(item)) throw badRequest(`[${i}] must be an object`)
    if (item.type !== 'mongodb-atlas' && item.type !== 'datalake')
      throw badRequest(`[${i}].type must be "mongodb-atlas" or "datalake"`)
  })
  return body as Array<Record<string, unknown>>
}

type Routes = () => Route[]
const linkingRoutes: Routes = () => [...serviceRoutes(), ...ruleRoutes()]

/** Links each source in `ctx`'s view; the names of those refused. */
async function link(ctx: RequestContext, sources: Array<Record<string, unknown>>): Promise<string[]> {
  const run = dispatcher(ctx, linkingRoutes)
  const failed: string[] = []
  for (const source of sources) {
    try {
      const created = await run({ method: 'POST', path: '/services', body: source })
      const serviceId = (created.body as { _id: string })._id
      const path = '/services/{serviceId}/default_rule'
      await run({ method: 'POST', path, params: { serviceId }, body: READ_AND_WRITE_RULE })
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      failed.push(typeof source.name === 'string' ? source.name : JSON.stringify(source.name ?? null))
    }
  }
  return failed
}

async function linkAll(ctx: RequestContext): Promise<Reply> {
  const sources = checkBody(ctx)
  // All or nothing: a trial on a copy names the failures before anything real is written.
  const failed = await link(scratchContext(ctx), sources)
  if (failed.length > 0) {
    const error = `failed to link data sources: ${failed.join(', ')}`
    return { status: 400, body: { error, error_code: 'InvalidParameter', failedClusterNames: failed } }
  }
  const unexpected = await link(ctx, sources)
  if (unexpected.length > 0)
    throw new HttpError(500, 'InternalServerError', 'linking failed after its trial run')
  return { status: 201 }
}

export function multiDataSourceRoutes(): Route[] {
  return [
    { method: 'POST', pattern: `${APP}/multi_data_sources`, options: { write: true }, handler: linkAll }
  ]
}
