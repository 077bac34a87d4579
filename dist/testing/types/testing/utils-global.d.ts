import { FunctionBinary } from './bson-global.js';
/** aes: a random IV first, then the CBC ciphertext (the IV travels with the message). */
declare function encrypt(type: string, message: string, key: string): FunctionBinary;
declare function decrypt(type: string, encrypted: FunctionBinary, key: string): FunctionBinary;
declare function sign(type: string, message: string, privateKey: string, scheme?: string): FunctionBinary;
declare function verify(type: string, message: string, publicKey: string, signature: FunctionBinary, scheme?: string): boolean;
declare function hmac(input: string, secret: string, hash: string, format: 'hex' | 'base64'): string;
declare function hash(hashFunction: string, input: string | FunctionBinary): FunctionBinary;
declare function jwtEncode(method: string, payload: object, secret: string, headerFields?: object): string;
declare function jwtDecode(token: string, key: string, returnHeader?: boolean, accepted?: string[]): unknown;
export declare const UTILS_GLOBAL: Readonly<{
    crypto: Readonly<{
        encrypt: typeof encrypt;
        decrypt: typeof decrypt;
        sign: typeof sign;
        verify: typeof verify;
        hmac: typeof hmac;
        hash: typeof hash;
    }>;
    jwt: Readonly<{
        encode: typeof jwtEncode;
        decode: typeof jwtDecode;
    }>;
}>;
export {};
