// The one registry of sensitive strings (API keys, tokens, secret values). Everything the project
// prints or throws passes through `redact`, so a value registered here never reaches a log, an error,
// a comment or an output. A server or a tool may hand a value back encoded, so each value is masked
// in every form it is likely to come back in: raw, JSON-escaped, URL-encoded, base64 (at any byte
// alignment inside a longer base64 text) and, for a multi-line value (a PEM key), line by line. The
// action also hands each form to `core.setSecret`, so the runner masks them too.

/** Forms shorter than this are not masked: they would garble ordinary text. */
const MIN_FORM = 4
/** A base64 fragment must be longer: short runs of base64 letters occur in any text. */
const MIN_BASE64 = 8

const registered = new Set<string>()
const forms = new Set<string>()
/** Every form, longest first, so a value that contains another is masked whole. */
let ordered: string[] = []
const listeners: Array<(value: string) => void> = []

/** The base64 text that `value`'s bytes produce at each of the 3 byte alignments in a longer stream. */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8')
  const whole = bytes.toString('base64')
  const out = [whole, whole.replace(/=+$/, ''), Buffer.from(bytes).toString('base64url')]
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64')
    // Characters that depend only on the value's bytes: skip the group holding the padding bytes
    // before it, and the last group when bytes of the surrounding text would complete it.
    const start = shift === 0 ? 0 : 4
    const end = Math.floor((shift + bytes.length) / 3) * 4
    if (end > start) out.push(encoded.slice(start, end))
  }
  return out.filter(f => f.length >= MIN_BASE64)
}

/** Every form of `value` that is masked. */
export function secretForms(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1)
  const url = encodeURIComponent(value)
  const out = [
    value,
    json,
    url,
    url.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase()),
    new URLSearchParams({ v: value }).toString().slice(2),
    ...base64Forms(value)
  ]
  const lines = value.split(/\r\n|\r|\n/)
  if (lines.length > 1) {
    for (const line of lines) out.push(line.trim(), JSON.stringify(line.trim()).slice(1, -1))
  }
  return [...new Set(out)].filter(f => f.length >= MIN_FORM)
}

/** Registers a sensitive value. Values shorter than 4 characters are not masked (they would garble text). */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < MIN_FORM || registered.has(value)) return
  registered.add(value)
  const added = secretForms(value).filter(f => !forms.has(f))
  for (const form of added) forms.add(form)
  ordered = [...forms].sort((a, b) => b.length - a.length)
  for (const listener of listeners) for (const form of added) listener(form)
}

/** Called for every form of every value registered now and later (the action forwards them to `core.setSecret`). */
export function onSecretRegistered(listener: (value: string) => void): void {
  listeners.push(listener)
  for (const form of forms) listener(form)
}

export function redact(text: string): string {
  let out = text
  for (const form of ordered) {
    if (out.includes(form)) out = out.split(form).join('***')
  }
  return out
}

/** For tests: forget every registered value. */
export function clearSecrets(): void {
  registered.clear()
  forms.clear()
  ordered = []
}
