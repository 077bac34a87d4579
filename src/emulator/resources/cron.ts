// Validation of the five-field cron expressions of scheduled triggers
// (minute hour day-of-month month day-of-week; names like JAN or MON are accepted).

interface CronField {
  readonly name: string
  readonly min: number
  readonly max: number
  readonly names?: readonly string[]
}

const FIELDS: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
  },
  // 7 is Sunday as well, as in most cron dialects.
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] }
]

function parseValue(text: string, field: CronField): number | undefined {
  if (/^\d+$/.test(text)) {
    const n = Number(text)
    return n >= field.min && n <= field.max ? n : undefined
  }
  const index = field.names?.indexOf(text.toUpperCase()) ?? -1
  if (index < 0) return undefined
  return field.name === 'month' ? index + 1 : index
}

function itemProblem(item: string, field: CronField): string | undefined {
  const [range, step, ...extra] = item.split('/')
  if (extra.length > 0) return `"${item}" has more than one "/"`
  if (step !== undefined && !/^[1-9]\d*$/.test(step)) return `"${item}" has an invalid step`
  if (range === '*') return undefined
  const bounds = range.split('-')
  if (bounds.length > 2) return `"${item}" is not a value or a range`
  const values = bounds.map(b => parseValue(b, field))
  if (values.some(v => v === undefined)) return `"${item}" is out of range ${field.min}-${field.max}`
  if (values.length === 2 && (values[0] as number) > (values[1] as number))
    return `"${item}" is a reversed range`
  return undefined
}

/** Why `expression` is not a valid cron schedule, or undefined when it is. */
export function cronProblem(expression: string): string | undefined {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 5)
    return `a cron schedule has 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`
  for (let i = 0; i < FIELDS.length; i++) {
    for (const item of parts[i].split(',')) {
      const problem = item === '' ? 'an empty list item' : itemProblem(item, FIELDS[i])
      if (problem) return `${FIELDS[i].name} field: ${problem}`
    }
  }
  return undefined
}
