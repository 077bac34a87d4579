// The pull as files: a pure function from what the Admin API returned to the config directory a
// deploy reads back unchanged (config-to-api §4 in reverse). Both layouts share everything but the
// root file, `.mdb/meta.json` and the endpoints folder's name.
import { writeAuth } from './auth-files.js'
import { ConfigFileSet, type ConfigFiles } from './config-files.js'
import { writeDataSources } from './data-source-files.js'
import { writeFunctions, writePackageJson, writeTriggers } from './function-files.js'
import { writeGraphQL, writeLogForwarders } from './graphql-files.js'
import { nameIndex, type PulledApp, type WriteOptions } from './pulled-app.js'
import { writeEndpoints, writeServices } from './service-files.js'
import { writeEnvironments, writeHosting, writeRootConfig, writeValues } from './settings-files.js'

export function configFiles(pulled: PulledApp, options: WriteOptions): ConfigFiles {
  const out = new ConfigFileSet()
  const pull = pulled.snapshot.pull
  const names = nameIndex(pulled.snapshot, out)
  writeRootConfig(out, pulled, options.layout)
  writeValues(out, pull)
  writeEnvironments(out, pull)
  writeFunctions(out, pull)
  writePackageJson(out, pulled.dependencies)
  writeTriggers(out, pull, names)
  writeDataSources(out, pull)
  writeAuth(out, pull, names)
  writeEndpoints(out, pull, names, options.layout)
  writeServices(out, pull, options.layout)
  writeGraphQL(out, pull, names)
  writeLogForwarders(out, pull)
  writeHosting(out, pull, pulled.assets)
  return out.result()
}
