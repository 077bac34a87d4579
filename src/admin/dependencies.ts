// Function dependencies (node_modules archive or package.json): the installed list, the CLI-only
// upload, diff and install status. An upload starts an install, so it is not repeated blindly:
// after an uncertain attempt, a changed summary or status means the upload arrived.
import { basename } from 'node:path'
import { multipartBody } from './multipart.js'
import { expectObject, expectString } from './shapes.js'
import { getOptional } from './settings.js'
import type { Transport } from './transport.js'
import type { DependenciesStatus, Doc } from './types.js'

export interface DependenciesApi {
  /** `DependenciesSummary`, or undefined when none were ever uploaded. */
  get(): Promise<Doc | undefined>
  /** The server's diff of the archive against what is installed: `{added, deleted, modified}`. */
  diff(filePath: string): Promise<Doc>
  /** Uploads the archive or package.json; the install then runs on the server (poll `status`). */
  upload(filePath: string): Promise<void>
  status(): Promise<DependenciesStatus | undefined>
}

export function createDependenciesApi(
  transport: Transport,
  appPath: string,
  uploadTimeoutMs: number
): DependenciesApi {
  const path = `${appPath}/dependencies`
  const statusPath = `${path}/status`

  const status = async (): Promise<DependenciesStatus | undefined> => {
    const body = await getOptional(transport, statusPath)
    if (body === undefined) return undefined
    expectString(body, 'status', `GET ${statusPath}`)
    return body as DependenciesStatus
  }
  const fingerprint = async (): Promise<string> =>
    JSON.stringify([await getOptional(transport, path), await status()])

  return {
    get: () => getOptional(transport, path),
    async diff(filePath) {
      const response = await transport.call({
        method: 'POST',
        path: `${path}/diff`,
        body: fileForm(filePath),
        idempotent: true,
        timeoutMs: uploadTimeoutMs
      })
      return expectObject(response.body, `POST ${path}/diff`)
    },
    async upload(filePath) {
      const before = await fingerprint()
      await transport.call({
        method: 'PUT',
        path,
        body: fileForm(filePath),
        idempotent: false,
        timeoutMs: uploadTimeoutMs,
        recover: async () => ((await fingerprint()) !== before ? { uploaded: true } : undefined)
      })
    },
    status
  }
}

/** multipart/form-data with one `file` part, as Go's CreateFormFile writes it. */
function fileForm(filePath: string) {
  const filename = basename(filePath).replace(/["\\\r\n]/g, '_')
  return multipartBody('form-data', [
    {
      headers: [
        `Content-Disposition: form-data; name="file"; filename="${filename}"`,
        'Content-Type: application/octet-stream'
      ],
      filePath
    }
  ])
}
