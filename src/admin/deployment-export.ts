// A past deployment's configuration as the server keeps it: `GET .../export?deployment=<id>`, a zip
// of the config directory (what drift and rollback compare against).
import type { Transport } from './transport.js'

export async function exportDeployment(
  transport: Transport,
  appPath: string,
  deploymentId: string
): Promise<Buffer> {
  const response = await transport.call({
    method: 'GET',
    path: `${appPath}/export`,
    query: { deployment: deploymentId },
    accept: 'application/zip',
    responseType: 'bytes'
  })
  return response.body as Buffer
}
