// Which database engines the runtime suites run against: always the in-memory one; the real-server
// one (the official driver) only when MONGODB_URI points at a MongoDB. Without it, the driver half is
// skipped and the reason is printed once per suite.
import { randomBytes } from 'node:crypto'

export interface EngineCase {
  readonly label: string
  /** `null` = in memory; a string = that server. */
  readonly mongodbUri: string | null
  /** Keeps parallel runs against one server apart. */
  readonly databasePrefix?: string
}

const uri = process.env.MONGODB_URI

export const ENGINES: EngineCase[] = [
  { label: 'in-memory engine', mongodbUri: null },
  ...(uri
    ? [{ label: 'MongoDB driver', mongodbUri: uri, databasePrefix: `rd_${randomBytes(4).toString('hex')}_` }]
    : [])
]

export const DRIVER_SKIP_REASON =
  'MONGODB_URI is not set, so no MongoDB is reachable: the driver half of this suite is skipped ' +
  '(run it with MONGODB_URI=mongodb://localhost:27017 npm test, e.g. against `docker run -p 27017:27017 mongo`)'

/** Prints the skip reason (once per suite) when the driver half does not run. */
export function reportDriverSkip(suite: string): void {
  if (!uri) process.stdout.write(`${suite}: ${DRIVER_SKIP_REASON}\n`)
}
