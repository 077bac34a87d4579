// The `BSON` and `EJSON` globals of a function, from the `bson` package, with the helpers App
// Services adds to `BSON.Binary` (fromBase64, fromHex, fromText, toBase64, toHex, text) so the
// documented examples (`utils.crypto.encrypt(...).toBase64()`) run unchanged.
import * as bson from 'bson'

export class FunctionBinary extends bson.Binary {
  static fromBase64(base64: string, subType?: number): FunctionBinary {
    return new FunctionBinary(Buffer.from(base64, 'base64'), subType)
  }
  static fromHex(hex: string, subType?: number): FunctionBinary {
    return new FunctionBinary(Buffer.from(hex, 'hex'), subType)
  }
  static fromText(text: string): FunctionBinary {
    return new FunctionBinary(Buffer.from(text, 'utf8'))
  }
  toBase64(): string {
    return this.toString('base64')
  }
  toHex(): string {
    return this.toString('hex')
  }
  text(): string {
    return this.toString('utf8')
  }
}

export function binaryOf(data: Buffer | Uint8Array): FunctionBinary {
  return new FunctionBinary(Buffer.from(data))
}

/** The `BSON` global: every type of the `bson` package, with App Services' Binary. */
export const BSON_GLOBAL: Readonly<Record<string, unknown>> = Object.freeze({
  ...bson,
  Binary: FunctionBinary,
  // App Services' spelling of the ObjectId class (`BSON.ObjectId`) is the package's; ObjectID is an old alias.
  ObjectID: bson.ObjectId
})

export const EJSON_GLOBAL = bson.EJSON
