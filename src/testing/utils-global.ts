// The `utils` global of a function: `utils.crypto` (encrypt/decrypt aes, sign/verify rsa, hmac, hash)
// and `utils.jwt` (HS256/384/512), as the App Services global-modules reference documents them.
import crypto from 'node:crypto'
import { binaryOf, FunctionBinary } from './bson-global.js'

const HASHES = new Set(['sha1', 'sha256', 'sha512', 'md5'])

function bytesOf(input: string | Uint8Array | FunctionBinary): Buffer {
  if (typeof input === 'string') return Buffer.from(input, 'utf8')
  if (input instanceof FunctionBinary || (input as { _bsontype?: string })?._bsontype === 'Binary')
    return Buffer.from((input as FunctionBinary).value())
  return Buffer.from(input as Uint8Array)
}

function aesCipher(key: string): string {
  const size = Buffer.byteLength(key)
  if (![16, 24, 32].includes(size)) throw new Error('utils.crypto: an aes key is 16, 24 or 32 bytes')
  return `aes-${size * 8}-cbc`
}

/** aes: a random IV first, then the CBC ciphertext (the IV travels with the message). */
function encrypt(type: string, message: string, key: string): FunctionBinary {
  if (type !== 'aes') throw new Error(`utils.crypto.encrypt: unsupported encryption type '${type}'`)
  const iv = crypto.randomBytes(16)
  const cipher = crypto.createCipheriv(aesCipher(key), Buffer.from(key), iv)
  return binaryOf(Buffer.concat([iv, cipher.update(message, 'utf8'), cipher.final()]))
}

function decrypt(type: string, encrypted: FunctionBinary, key: string): FunctionBinary {
  if (type !== 'aes') throw new Error(`utils.crypto.decrypt: unsupported encryption type '${type}'`)
  const data = bytesOf(encrypted)
  const decipher = crypto.createDecipheriv(aesCipher(key), Buffer.from(key), data.subarray(0, 16))
  return binaryOf(Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]))
}

function padding(scheme = 'pss'): number {
  if (scheme === 'pss') return crypto.constants.RSA_PKCS1_PSS_PADDING
  if (scheme === 'pkcs1v15') return crypto.constants.RSA_PKCS1_PADDING
  throw new Error(`utils.crypto: unsupported signature scheme '${scheme}'`)
}

function sign(type: string, message: string, privateKey: string, scheme?: string): FunctionBinary {
  if (type !== 'rsa') throw new Error(`utils.crypto.sign: unsupported encryption type '${type}'`)
  const signature = crypto.sign('sha256', Buffer.from(message), { key: privateKey, padding: padding(scheme) })
  return binaryOf(signature)
}

function verify(
  type: string,
  message: string,
  publicKey: string,
  signature: FunctionBinary,
  scheme?: string
) {
  if (type !== 'rsa') throw new Error(`utils.crypto.verify: unsupported encryption type '${type}'`)
  const key = { key: publicKey, padding: padding(scheme) }
  return crypto.verify('sha256', Buffer.from(message), key, bytesOf(signature))
}

function hmac(input: string, secret: string, hash: string, format: 'hex' | 'base64'): string {
  if (!['sha1', 'sha256', 'sha512'].includes(hash))
    throw new Error(`utils.crypto.hmac: unsupported hash '${hash}'`)
  return crypto.createHmac(hash, secret).update(input).digest(format)
}

function hash(hashFunction: string, input: string | FunctionBinary): FunctionBinary {
  if (!HASHES.has(hashFunction)) throw new Error(`utils.crypto.hash: unsupported hash '${hashFunction}'`)
  return binaryOf(crypto.createHash(hashFunction).update(bytesOf(input)).digest())
}

const JWT_HASH: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }

function jwtHash(method: string): string {
  const hashName = JWT_HASH[method]
  if (!hashName)
    throw new Error(`utils.jwt: signing method '${method}' is not supported by the local runtime`)
  return hashName
}

function jwtEncode(method: string, payload: object, secret: string, headerFields: object = {}): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url')
  const body = `${part({ alg: method, typ: 'JWT', ...headerFields })}.${part(payload)}`
  return `${body}.${crypto.createHmac(jwtHash(method), secret).update(body).digest('base64url')}`
}

function jwtDecode(token: string, key: string, returnHeader = false, accepted?: string[]): unknown {
  const [head, payload, signature] = String(token).split('.')
  const header = JSON.parse(Buffer.from(head ?? '', 'base64url').toString()) as { alg: string }
  if (accepted && !accepted.includes(header.alg))
    throw new Error(`utils.jwt.decode: signing method '${header.alg}' not accepted`)
  const expected = crypto
    .createHmac(jwtHash(header.alg), key)
    .update(`${head}.${payload}`)
    .digest('base64url')
  if (expected !== signature) throw new Error('utils.jwt.decode: signature is invalid')
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as unknown
  return returnHeader ? { header, payload: claims } : claims
}

export const UTILS_GLOBAL = Object.freeze({
  crypto: Object.freeze({ encrypt, decrypt, sign, verify, hmac, hash }),
  jwt: Object.freeze({ encode: jwtEncode, decode: jwtDecode })
})
