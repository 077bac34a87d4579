// The one registry of sensitive strings (API keys, tokens, secret values). Everything the project
// prints or throws passes through `redact`, so a value registered here never reaches a log, an error,
// a comment or an output. The action also hands each value to `core.setSecret`.

const registered = new Set<string>()
const listeners: Array<(value: string) => void> = []

/** Registers a sensitive value. Values shorter than 4 characters are not masked (they would garble text). */
export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 4 || registered.has(value)) return
  registered.add(value)
  for (const listener of listeners) listener(value)
}

/** Called for every value registered now and later (the action forwards them to `core.setSecret`). */
export function onSecretRegistered(listener: (value: string) => void): void {
  listeners.push(listener)
  for (const value of registered) listener(value)
}

export function redact(text: string): string {
  let out = text
  // Longest first, so a value that contains another is masked whole.
  for (const value of [...registered].sort((a, b) => b.length - a.length)) {
    if (out.includes(value)) out = out.split(value).join('***')
  }
  return out
}

/** For tests: forget every registered value. */
export function clearSecrets(): void {
  registered.clear()
}
