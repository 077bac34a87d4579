/**
 * True when the media type of a Content-Type value (parameters such as `; charset=utf-8` aside) is one
 * the MIME database knows. `application/html` or `image/*` upload fine and then make browsers download
 * or refuse the file: worth a warning, not an error (a private type can be on purpose).
 */
export declare function isKnownContentType(value: string): boolean;
