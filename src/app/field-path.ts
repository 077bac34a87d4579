// A path to a field inside a JSON document, and how problems print it (`config.schedule`,
// `roles[0].name`). Its own module so the parser and its scanners share it without a circle.

export type FieldPath = ReadonlyArray<string | number>

/** `config.schedule`, `roles[0].name`, `["%%args.url.host"]`. */
export function formatFieldPath(path: FieldPath): string | undefined {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment
    else out += `[${JSON.stringify(segment)}]`
  }
  return out || undefined
}
