/**
 * Orders strings by Unicode code point, which is also UTF-8 byte order. JavaScript's `<` compares
 * UTF-16 code units, which puts astral characters (emoji) before U+E000..U+FFFF; this remaps the
 * first differing unit so surrogates sort above the rest of the BMP.
 */
export declare function compareCodePoints(a: string, b: string): number;
/** True when `child` (an absolute, real path) is `root` or inside it. */
export declare function isInside(root: string, child: string): boolean;
