// Writes the CLI's output straight to its file descriptor. `process.stdout` on a pipe or a file loads
// node's whole stream stack (about 3 ms of a 30 ms command) for text a command writes whole; a write
// to the descriptor is also done when it returns, so nothing is lost at exit. A descriptor left
// non-blocking by the parent may answer EAGAIN: from then on the stream writes instead, in order.
import { writeSync } from 'node:fs'

export function descriptorWriter(
  fd: number,
  stream: () => NodeJS.WritableStream,
  write: (fd: number, data: Uint8Array) => number = writeSync
): (text: string) => void {
  let fallback: NodeJS.WritableStream | undefined
  let closed = false
  return text => {
    if (closed) return
    if (fallback) {
      fallback.write(text)
      return
    }
    let rest = Buffer.from(text, 'utf8')
    while (rest.length > 0) {
      try {
        rest = rest.subarray(write(fd, rest))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        // The reader went away (`| head`): the rest of the output has nobody to read it.
        if (code === 'EPIPE') {
          closed = true
          return
        }
        if (code !== 'EAGAIN') throw error
        fallback = stream()
        fallback.write(rest)
        return
      }
    }
  }
}
