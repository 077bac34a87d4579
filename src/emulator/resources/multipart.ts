// A small parser for `multipart/mixed` and `multipart/form-data` bodies (RFC 2046 / 7578): hosting
// uploads (realm-cli sends multipart/mixed with form-data dispositions) and dependency uploads.
// Parts are raw bytes; nothing is decoded beyond the part headers.
import { HttpError } from '../types.js'

export interface MultipartPart {
  /** The `name` of the part's Content-Disposition. */
  readonly name: string
  readonly filename?: string
  /** Part headers, names lowercased. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')

function invalid(message: string): HttpError {
  return new HttpError(400, 'InvalidMultipart', message)
}

/** The boundary of a multipart content type, or 400 when the type is not multipart. */
export function multipartBoundary(contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'multipart/mixed' && type !== 'multipart/form-data') {
    throw invalid(
      `expected a multipart/mixed or multipart/form-data body, got ${JSON.stringify(contentType ?? '')}`
    )
  }
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  const boundary = match?.[1] ?? match?.[2]
  if (!boundary) throw invalid('the multipart content type has no boundary parameter')
  return boundary
}

/** `form-data; name="meta"; filename="x.zip"` -> its parameters. */
function dispositionParams(value: string): Record<string, string> {
  const params: Record<string, string> = {}
  for (const match of value.matchAll(/;\s*([A-Za-z*]+)=(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
    params[match[1].toLowerCase()] =
      match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3].trim()
  }
  return params
}

function parsePart(raw: Buffer): MultipartPart {
  const end = raw.indexOf(HEADER_END)
  const headerText = end < 0 ? raw.toString('latin1') : raw.subarray(0, end).toString('latin1')
  const headers: Record<string, string> = {}
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const params = dispositionParams(headers['content-disposition'] ?? '')
  if (!params.name) throw invalid('a multipart part has no Content-Disposition name')
  const body = end < 0 ? Buffer.alloc(0) : raw.subarray(end + HEADER_END.length)
  return { name: params.name, filename: params.filename, headers, body }
}

/** Splits a multipart body into its parts (400 on a malformed body). */
export function parseMultipart(contentType: string | undefined, body: Buffer): MultipartPart[] {
  const delimiter = Buffer.from(`--${multipartBoundary(contentType)}`)
  const next = Buffer.concat([CRLF, delimiter])
  let start = body.indexOf(delimiter)
  if (start < 0) throw invalid('the multipart body does not contain its boundary')
  const parts: MultipartPart[] = []
  for (;;) {
    const afterDelimiter = start + delimiter.length
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString('latin1') === '--') return parts
    if (!body.subarray(afterDelimiter, afterDelimiter + 2).equals(CRLF))
      throw invalid('a multipart boundary is not followed by a line break')
    const end = body.indexOf(next, afterDelimiter + 2)
    if (end < 0) throw invalid('the multipart body ends without its closing boundary')
    parts.push(parsePart(body.subarray(afterDelimiter + 2, end)))
    start = end + CRLF.length
  }
}
