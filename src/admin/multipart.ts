// Multipart request bodies streamed from disk: the parts' headers and small fields are held in
// memory, a file part is read from its file as the request goes out, and the exact length is
// computed up front so the request carries a Content-Length. Each attempt re-opens the file.
import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { BodySource } from './http.js'

export type MultipartPart =
  | { readonly headers: readonly string[]; readonly content: Buffer }
  | { readonly headers: readonly string[]; readonly filePath: string }

export function multipartBody(kind: 'mixed' | 'form-data', parts: readonly MultipartPart[]): BodySource {
  const boundary = `realm-deploy-${randomBytes(12).toString('hex')}`
  return {
    contentType: `multipart/${kind}; boundary=${boundary}`,
    async open() {
      const pieces: Piece[] = []
      for (const [i, part] of parts.entries()) {
        // The CRLF before a delimiter belongs to the delimiter, so the first one has none.
        const lead = i === 0 ? '' : '\r\n'
        pieces.push(Buffer.from(`${lead}--${boundary}\r\n${part.headers.map(h => `${h}\r\n`).join('')}\r\n`))
        pieces.push(
          'content' in part
            ? part.content
            : { filePath: part.filePath, size: (await stat(part.filePath)).size }
        )
      }
      pieces.push(Buffer.from(`\r\n--${boundary}--\r\n`))
      const length = pieces.reduce(
        (sum, piece) => sum + (Buffer.isBuffer(piece) ? piece.length : piece.size),
        0
      )
      return { stream: streamOf(pieces), length }
    }
  }
}

type Piece = Buffer | { readonly filePath: string; readonly size: number }

function streamOf(pieces: readonly Piece[]): ReadableStream<Uint8Array> {
  const iterator = generate(pieces)
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel() {
      await iterator.return(undefined)
    }
  })
}

// The file is opened only when the stream reaches it, and closed when the request ends or is cancelled.
async function* generate(pieces: readonly Piece[]): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) {
    if (Buffer.isBuffer(piece)) {
      yield new Uint8Array(piece.buffer, piece.byteOffset, piece.length)
      continue
    }
    for await (const chunk of createReadStream(piece.filePath, { highWaterMark: 256 * 1024 })) {
      const bytes = chunk as Buffer
      yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)
    }
  }
}
