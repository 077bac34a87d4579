// The naming rules App Services enforces, checked offline so a bad name fails before any API call.
// Sources: SPEC `App.name` (starts with a letter; ASCII letters, digits, `_`, `-`), DOCS app names are
// 1-32 characters, trigger names at most 64 characters of the same set; functions, values and secrets
// use the same character set, and function names may use `/` to place the function in a folder.

const SIMPLE_NAME = /^[A-Za-z0-9_-]+$/

export function appNameProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 32)
    return `app name must be 1 to 32 characters long (it has ${name.length})`
  if (!/^[A-Za-z]/.test(name)) return 'app name must start with a letter'
  if (!SIMPLE_NAME.test(name)) return 'app name may only contain ASCII letters, digits, "_" and "-"'
  return undefined
}

export function functionNameProblem(name: string): string | undefined {
  if (name === '') return 'function name is empty'
  const segments = name.split('/')
  if (segments.includes('..') || segments.includes('.'))
    return 'function name may not contain "." or ".." path segments'
  if (segments.some(s => s === '')) return 'function name may not start or end with "/" or contain "//"'
  if (!segments.every(s => SIMPLE_NAME.test(s))) {
    return 'function name may only contain ASCII letters, digits, "_", "-" (and "/" between folder names)'
  }
  return undefined
}

export function triggerNameProblem(name: string): string | undefined {
  if (name.length < 1 || name.length > 64)
    return `trigger name must be 1 to 64 characters long (it has ${name.length})`
  if (!SIMPLE_NAME.test(name)) return 'trigger name may only contain ASCII letters, digits, "_" and "-"'
  return undefined
}

export function valueNameProblem(name: string): string | undefined {
  if (!SIMPLE_NAME.test(name))
    return 'value name may only contain ASCII letters, digits, "_" and "-" (and not be empty)'
  return undefined
}

export function secretNameProblem(name: string): string | undefined {
  if (!SIMPLE_NAME.test(name))
    return 'secret name may only contain ASCII letters, digits, "_" and "-" (and not be empty)'
  return undefined
}
