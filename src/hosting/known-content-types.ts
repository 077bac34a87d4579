// Whether a Content-Type written in hosting/metadata.json is one the MIME database knows. Its own module,
// so that only an app with a metadata.json loads the whole database (the default types come from the
// generated table in mime-table.ts).
import mimeDb from 'mime-db'

/**
 * True when the media type of a Content-Type value (parameters such as `; charset=utf-8` aside) is one
 * the MIME database knows. `application/html` or `image/*` upload fine and then make browsers download
 * or refuse the file: worth a warning, not an error (a private type can be on purpose).
 */
export function isKnownContentType(value: string): boolean {
  const type = value.split(';')[0].trim().toLowerCase()
  return Object.hasOwn(mimeDb, type)
}
