// The multipart parser on its own: what browsers, Go's mime/multipart and hand-written bodies send.
import { multipartBoundary, parseMultipart } from '../../../src/emulator/resources/multipart.js'
import { HttpError } from '../../../src/emulator/types.js'

function errorOf(fn: () => unknown): HttpError {
  try {
    fn()
  } catch (error) {
    return error as HttpError
  }
  throw new Error('expected an error')
}

test('parses parts with names, file names, headers and binary bodies', () => {
  const binary = Buffer.from([0, 1, 2, 0x0d, 0x0a, 0x2d, 0x2d, 255])
  const body = Buffer.concat([
    Buffer.from('preamble\r\n--XyZ\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{"path":"/a"}\r\n'),
    Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a b.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ),
    binary,
    Buffer.from('\r\n--XyZ--\r\nepilogue')
  ])
  const parts = parseMultipart('multipart/mixed; boundary="XyZ"', body)
  expect(parts.map(p => p.name)).toEqual(['meta', 'file'])
  expect(parts[0].body.toString()).toBe('{"path":"/a"}')
  expect(parts[1].filename).toBe('a b.bin')
  expect(parts[1].headers['content-type']).toBe('application/octet-stream')
  expect(parts[1].body.equals(binary)).toBe(true)
})

test('an empty part body is kept as empty bytes', () => {
  const body = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"\r\n\r\n\r\n--b--\r\n')
  expect(parseMultipart('multipart/form-data; boundary=b', body)[0].body.length).toBe(0)
})

test('refuses non-multipart types, a missing boundary and truncated bodies with 400', () => {
  expect(errorOf(() => multipartBoundary('application/json'))).toMatchObject({
    status: 400,
    errorCode: 'InvalidMultipart'
  })
  expect(errorOf(() => multipartBoundary('multipart/mixed'))).toMatchObject({
    status: 400,
    message: expect.stringContaining('boundary')
  })
  const truncated = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc')
  expect(errorOf(() => parseMultipart('multipart/mixed; boundary=b', truncated)).message).toContain(
    'closing boundary'
  )
  expect(
    errorOf(() => parseMultipart('multipart/mixed; boundary=b', Buffer.from('no parts here'))).message
  ).toContain('boundary')
  const nameless = Buffer.from('--b\r\nContent-Type: text/plain\r\n\r\nabc\r\n--b--')
  expect(errorOf(() => parseMultipart('multipart/mixed; boundary=b', nameless)).message).toContain(
    'no Content-Disposition name'
  )
})
