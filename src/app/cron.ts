// Validates the cron expression of a SCHEDULED trigger the way the App Services docs define it
// (triggers/scheduled-triggers.txt): five space-separated fields, minute hour day-of-month month
// weekday, each `*`, a value, a range `a-b`, a list `a,b`, or a step `x/n`; months and weekdays may
// be three-letter names (JAN, MON). The docs list steps for minute and hour only, so a step elsewhere
// is a warning (standard cron accepts it). Weekdays are 0-6 as documented: 7 is an error with a hint.

export interface CronCheck {
  readonly errors: string[]
  readonly warnings: string[]
}

interface CronField {
  readonly name: string
  readonly min: number
  readonly max: number
  readonly names?: readonly string[]
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

const FIELDS: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'weekday', min: 0, max: 6, names: WEEKDAYS }
]

export function checkCron(expression: string): CronCheck {
  const check: CronCheck = { errors: [], warnings: [] }
  const parts = expression.trim().split(/\s+/).filter(Boolean)
  if (parts.length !== 5) {
    check.errors.push(
      `a schedule has 5 fields (minute hour day-of-month month weekday); '${expression}' has ${parts.length}`
    )
    return check
  }
  parts.forEach((part, i) => checkField(part, FIELDS[i], check))
  return check
}

function checkField(text: string, field: CronField, check: CronCheck): void {
  const unsupported = text.match(/[?LW#]/)
  if (unsupported) {
    check.errors.push(`${field.name} '${text}': '${unsupported[0]}' is not part of App Services cron syntax`)
    return
  }
  for (const item of text.split(',')) {
    const error = checkItem(item, field, check)
    if (error) {
      check.errors.push(`${field.name} '${text}': ${error}`)
      return
    }
  }
}

function checkItem(item: string, field: CronField, check: CronCheck): string | undefined {
  if (item === '') return 'empty list entry'
  const [base, step, extra] = item.split('/')
  if (extra !== undefined) return `'${item}' has more than one '/'`
  if (step !== undefined) {
    if (!/^\d+$/.test(step) || Number(step) < 1) return `step '${step}' must be a whole number of at least 1`
    if (field.name !== 'minute' && field.name !== 'hour') {
      check.warnings.push(
        `${field.name} '${item}': the App Services docs allow steps in minute and hour only`
      )
    }
  }
  if (base === '*') return undefined
  const [from, to, more] = base.split('-')
  if (more !== undefined) return `'${base}' is not a value or a range`
  const start = parseValue(from, field)
  if (typeof start === 'string') return start
  if (to === undefined) return undefined
  const end = parseValue(to, field)
  if (typeof end === 'string') return end
  return end < start ? `range '${base}' runs backwards` : undefined
}

/** The numeric value, or an error message. */
function parseValue(text: string, field: CronField): number | string {
  const byName = field.names?.indexOf(text.toUpperCase()) ?? -1
  if (byName >= 0) return byName + field.min
  if (!/^\d+$/.test(text)) {
    const names = field.names ? ` or a name (${field.names[0]}..${field.names[field.names.length - 1]})` : ''
    return `'${text}' is not a number${names}`
  }
  const value = Number(text)
  if (value < field.min || value > field.max) {
    const hint = field.name === 'weekday' && value === 7 ? ' (use 0 for Sunday)' : ''
    return `${value} is outside ${field.min}-${field.max}${hint}`
  }
  return value
}
