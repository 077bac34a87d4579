// Reading request bodies with a size limit and writing replies. A body over the limit is refused
// (413) without being buffered: a declared Content-Length is refused at once, a chunked body as soon
// as it passes the limit; the rest is drained and discarded so the client can read the 413.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError, type Reply } from './types.js'

export const MAX_BODY_BYTES = 30 * 1024 * 1024

export function tooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    'RequestEntityTooLarge',
    `request body is larger than the limit of ${limit} bytes`
  )
}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > limit) {
    req.resume()
    return Promise.reject(tooLarge(limit))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        chunks.length = 0
        req.resume()
        reject(tooLarge(limit))
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function errorReply(error: HttpError): Reply {
  return { status: error.status, body: { error: error.message, error_code: error.errorCode } }
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...(reply.headers ?? {}) }
  let payload: Buffer | undefined
  if (Buffer.isBuffer(reply.body)) {
    payload = reply.body
    headers['Content-Type'] ??= 'application/octet-stream'
  } else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body))
    headers['Content-Type'] ??= 'application/json'
  }
  if (payload) headers['Content-Length'] = String(payload.length)
  res.writeHead(reply.status, headers)
  res.end(payload)
}
