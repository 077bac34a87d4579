/** The result of hashing one file. */
export type FileDigest = {
    readonly kind: 'hashed';
    readonly hash: string;
    readonly size: number;
} | {
    readonly kind: 'too-large';
    readonly size: number;
} | {
    readonly kind: 'unreadable';
    readonly reason: string;
};
/** What the source below returns per file: compact, because it crosses threads by the thousand. */
export type RawDigest = [hash: string, size: number] | {
    tooLarge: number;
} | {
    error: string;
};
/** Bytes read per `readSync`: large enough to keep syscalls cheap, small enough to stay in cache. */
export declare const READ_BUFFER_BYTES: number;
export declare const HASH_FILE_SOURCE = "\nfunction hashFile(path, maxSize, buffer) {\n  let fd\n  try {\n    const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants\n    fd = fs.openSync(path, O_RDONLY | (O_NOFOLLOW || 0) | (O_NONBLOCK || 0))\n    const hash = crypto.createHash('md5')\n    let size = 0\n    for (;;) {\n      const read = fs.readSync(fd, buffer, 0, buffer.length, null)\n      if (read === 0) break\n      if (size === 0 && read === buffer.length) {\n        const stat = fs.fstatSync(fd)\n        if (!stat.isFile()) return { error: 'not a regular file' }\n        if (stat.size > maxSize) return { tooLarge: stat.size }\n      }\n      hash.update(read === buffer.length ? buffer : buffer.subarray(0, read))\n      size += read\n      if (size > maxSize) return { tooLarge: size }\n    }\n    return [hash.digest('hex'), size]\n  } catch (error) {\n    return { error: error && error.code ? error.code : String(error) }\n  } finally {\n    if (fd !== undefined) fs.closeSync(fd)\n  }\n}\n";
/** Hashes one file on the calling thread with the same source the workers run. */
export declare function hashFileInThread(path: string, maxSize: number, buffer: Buffer): FileDigest;
export declare function toFileDigest(raw: RawDigest): FileDigest;
