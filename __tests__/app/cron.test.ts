import { checkCron } from '../../src/app/cron.js'

describe('checkCron', () => {
  test.each([
    '* * * * *',
    '*/1 * * * *',
    '0 0 * * 1',
    '30 2 * * MON-FRI',
    '0 11 * 1,3,7 *',
    '0 11 * JAN-APR *',
    '*/25 */6 * * *',
    '0-30/10 8-18 1,15 * sun',
    '  5  4  *  *  0  '
  ])('accepts %s', expression => {
    expect(checkCron(expression)).toEqual({ errors: [], warnings: [] })
  })

  test.each([
    ['', 'has 0'],
    ['* * * *', "'* * * *' has 4"],
    ['0 0 0 * * *', 'has 6'],
    ['60 * * * *', "minute '60': 60 is outside 0-59"],
    ['* 24 * * *', "hour '24': 24 is outside 0-23"],
    ['* * 0 * *', "day-of-month '0': 0 is outside 1-31"],
    ['* * * 13 *', "month '13': 13 is outside 1-12"],
    ['* * * * 7', 'outside 0-6 (use 0 for Sunday)'],
    ['* * * FOO *', "'FOO' is not a number or a name (JAN..DEC)"],
    ['* * * * FRI-MON', "range 'FRI-MON' runs backwards"],
    ['*/0 * * * *', "step '0' must be a whole number of at least 1"],
    ['*/x * * * *', "step 'x'"],
    ['1/2/3 * * * *', "has more than one '/'"],
    ['1-2-3 * * * *', "'1-2-3' is not a value or a range"],
    ['1,,2 * * * *', 'empty list entry'],
    ['0 0 ? * MON', "'?' is not part of App Services cron syntax"],
    ['0 0 L * *', "'L' is not part of App Services cron syntax"],
    ['0 0 * * 5#3', "'#' is not part of App Services cron syntax"],
    ['@daily', 'has 1']
  ])('rejects %j: %s', (expression, message) => {
    const { errors } = checkCron(expression)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(message)
  })

  test('a step outside minute and hour is only a warning (standard cron accepts it)', () => {
    expect(checkCron('0 0 */2 * *')).toEqual({
      errors: [],
      warnings: ["day-of-month '*/2': the App Services docs allow steps in minute and hour only"]
    })
  })

  test('reports one error per bad field', () => {
    expect(checkCron('99 99 * * *').errors).toHaveLength(2)
  })
})
