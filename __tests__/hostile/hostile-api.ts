// A hostile Admin API on loopback: a proxy in front of the emulator that lets a test answer any
// request itself (a redirect, a huge or endless body, a hanging page) or rewrite the emulator's
// JSON answer on its way back (echoed secrets, names with control characters, cursors that keep
// moving). Every request is recorded with its Host header and whether it carried credentials.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export const PREFIX = '/api/admin/v3.0'

export interface SeenRequest {
  readonly method: string
  /** Below the API prefix. */
  readonly path: string
  readonly query: URLSearchParams
  readonly host: string
  readonly credentials: boolean
  /** The request body as sent (UTF-8). */
  readonly body: string
}

/** What the stand-in answers instead of the emulator. `write` streams a body of its own making. */
export interface HostileReply {
  readonly status: number
  readonly headers?: Record<string, string>
  readonly json?: unknown
  readonly write?: (res: ServerResponse) => void
  /** Never answers. */
  readonly hang?: boolean
}

export type Intercept = (request: SeenRequest) => HostileReply | undefined
export type Rewrite = (request: SeenRequest, body: unknown) => unknown

export interface HostileApi {
  readonly url: string
  readonly requests: SeenRequest[]
  intercept(fn: Intercept): void
  rewrite(fn: Rewrite): void
  /** Edits a JSON answer's text after `rewrite` (what a JavaScript object cannot hold, like digits). */
  rewriteText(fn: (request: SeenRequest, text: string) => string): void
  stop(): Promise<void>
}

/** Starts the proxy; `upstream` is the emulator's URL (or any server's, for a bare recorder). */
export async function startHostileApi(upstream: string): Promise<HostileApi> {
  const requests: SeenRequest[] = []
  const sockets = new Set<Socket>()
  let intercept: Intercept = () => undefined
  let rewrite: Rewrite = (_request, body) => body
  let rewriteText = (_request: SeenRequest, text: string): string => text

  const server = createServer((req, res) => void handle(req, res))
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://stand-in')
    const body = Buffer.concat(chunks).toString('utf8')
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname,
      query: url.searchParams,
      host: req.headers.host ?? '',
      credentials: req.headers.authorization !== undefined || body.includes('apiKey'),
      body
    }
    requests.push(seen)
    const reply = intercept(seen)
    if (reply?.hang) return
    if (reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      if (reply.write) return reply.write(res)
      res.end(reply.json === undefined ? '' : JSON.stringify(reply.json))
      return
    }
    const upstreamAnswer = await forward(upstream, req, url, Buffer.concat(chunks))
    let answer = upstreamAnswer.body
    if (upstreamAnswer.json) {
      const text = answer.toString('utf8')
      answer = Buffer.from(text ? rewriteText(seen, JSON.stringify(rewrite(seen, JSON.parse(text)))) : '')
    }
    const headers: Record<string, string> = {
      ...upstreamAnswer.headers,
      'content-length': String(answer.length)
    }
    delete headers['transfer-encoding']
    res.writeHead(upstreamAnswer.status, headers)
    res.end(answer)
  }

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    intercept: fn => void (intercept = fn),
    rewrite: fn => void (rewrite = fn),
    rewriteText: fn => void (rewriteText = fn),
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

interface Upstream {
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: Buffer
  readonly json: boolean
}

function forward(upstream: string, req: IncomingMessage, url: URL, body: Buffer): Promise<Upstream> {
  const target = new URL(url.pathname + url.search, upstream)
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      res => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const headers: Record<string, string> = {}
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v
          resolve({
            status: res.statusCode ?? 502,
            headers,
            body: Buffer.concat(chunks),
            json: (res.headers['content-type'] ?? '').includes('json')
          })
        })
        res.on('error', reject)
      }
    )
    out.on('error', reject)
    out.end(body)
  })
}

/** Writes `chunk` again and again until the client goes away (an endless body). */
export function endless(chunk: Buffer): (res: ServerResponse) => void {
  return res => {
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump)
    }
    res.on('close', () => res.removeAllListeners('drain'))
    pump()
  }
}
