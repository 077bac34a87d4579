// Services (data sources and third-party), their config, rules, default rule, incoming webhooks and
// schemas, over HTTP; deleting a service takes its children with it.
import { apiError, createDataSource, createSecret, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest()
})
afterAll(() => t.stop())

describe('services and their config', () => {
  test('create 201 with config; list summaries; GET; config GET adds read-only ids; PATCH merges top-level keys', async () => {
    const created = await t.api('POST', '/services', {
      body: {
        name: 'mongodb-atlas',
        type: 'mongodb-atlas',
        config: { clusterName: 'Cluster0', readPreference: 'primaryPreferred', wireProtocolEnabled: false }
      }
    })
    expect(created.status).toBe(201)
    const id = created.body._id
    expect(created.body).toMatchObject({
      name: 'mongodb-atlas',
      type: 'mongodb-atlas',
      version: 1,
      config: { clusterName: 'Cluster0' }
    })
    expect((await t.api('GET', '/services')).body).toContainEqual({
      _id: id,
      name: 'mongodb-atlas',
      type: 'mongodb-atlas',
      version: 1,
      last_modified: expect.any(Number)
    })
    expect((await t.api('GET', `/services/${id}`)).body).toMatchObject({
      _id: id,
      config: { clusterName: 'Cluster0', readPreference: 'primaryPreferred' }
    })
    const config = await t.api('GET', `/services/${id}/config`)
    expect(config.body).toEqual({
      clusterName: 'Cluster0',
      readPreference: 'primaryPreferred',
      wireProtocolEnabled: false,
      clusterId: expect.any(String),
      groupName: expect.any(String),
      orgName: expect.any(String)
    })
    const sync = { state: 'enabled', database_name: 'todo', queryable_fields_names: ['owner_id'] }
    const patch = await t.api('PATCH', `/services/${id}/config`, {
      body: { flexible_sync: sync, clusterId: 'ignored' }
    })
    expect(patch.status).toBe(204)
    const after = (await t.api('GET', `/services/${id}/config`)).body
    expect(after).toMatchObject({
      clusterName: 'Cluster0',
      readPreference: 'primaryPreferred',
      flexible_sync: sync
    })
    expect(after.clusterId).toBe(config.body.clusterId)
    expect((await t.api('GET', `/service/${id}/config`)).body).toMatchObject({
      clusterName: 'Cluster0',
      flexible_sync: sync
    })
  })

  test('validation: duplicate name 409, unknown type, missing clusterName, bad sync state, unknown secret', async () => {
    expect(
      await t.api('POST', '/services', {
        body: { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'C' } }
      })
    ).toMatchObject(apiError(409, 'DuplicateName'))
    expect(await t.api('POST', '/services', { body: { name: 'x', type: 'kafka' } })).toMatchObject(
      apiError(400, 'InvalidParameter', '"type"')
    )
    expect(
      await t.api('POST', '/services', { body: { name: 'x', type: 'mongodb-atlas', config: {} } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'config.clusterName'))
    expect(
      await t.api('POST', '/services', { body: { name: 'x', type: 'datalake', config: {} } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'config.dataLakeName'))
    expect(
      await t.api('POST', '/services', {
        body: { name: 'x', type: 'twilio', secret_config: { auth_token: 'noSuchSecret' } }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'names no secret'))
    const id = await createDataSource(t, 'syncCheck')
    expect(
      await t.api('PATCH', `/services/${id}/config`, { body: { flexible_sync: { state: 'on' } } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'flexible_sync.state'))
    expect(await t.api('GET', '/services/65f0c0de00000000000abcde/config')).toMatchObject(
      apiError(404, 'ServiceNotFound')
    )
  })

  test('PATCH service 200 renames it; its type cannot change', async () => {
    const id = await createDataSource(t, 'beforeRename')
    const res = await t.api('PATCH', `/services/${id}`, { body: { name: 'afterRename' } })
    expect(res).toMatchObject({ status: 200, body: undefined })
    expect((await t.api('GET', `/services/${id}`)).body).toMatchObject({
      _id: id,
      name: 'afterRename',
      config: { clusterName: 'Cluster0' }
    })
    expect(await t.api('PATCH', `/services/${id}`, { body: { type: 'http' } })).toMatchObject(
      apiError(400, 'InvalidParameter', 'type cannot change')
    )
  })

  test('a third-party service keeps secret_config (secret names only)', async () => {
    await createSecret(t, '__twilio_auth_token', 'tw-value-never-shown')
    const res = await t.api('POST', '/services', {
      body: {
        name: 'twilio',
        type: 'twilio',
        config: { sid: 'AC1' },
        secret_config: { auth_token: '__twilio_auth_token' }
      }
    })
    expect(res.status).toBe(201)
    const got = await t.api('GET', `/services/${res.body._id}`)
    expect(got.body).toMatchObject({
      secret_config: { auth_token: '__twilio_auth_token' },
      config: { sid: 'AC1' }
    })
    expect(JSON.stringify(got.body)).not.toContain('tw-value-never-shown')
  })
})

describe('rules and the default rule', () => {
  let serviceId: string
  beforeAll(async () => {
    serviceId = await createDataSource(t, 'rulesSource')
  })

  test('rules: create 201 {_id,name}, roles get ids, unique per (database, collection), PUT 200, DELETE 204', async () => {
    const body = {
      database: 'todo',
      collection: 'Item',
      roles: [{ name: 'owner', apply_when: {}, read: true, write: true }],
      filters: []
    }
    const created = await t.api('POST', `/services/${serviceId}/rules`, { body })
    expect(created).toMatchObject({ status: 201, body: { _id: expect.any(String), name: 'todo.Item' } })
    const list = (await t.api('GET', `/services/${serviceId}/rules`)).body
    expect(list).toEqual([
      {
        _id: created.body._id,
        database: 'todo',
        collection: 'Item',
        roles: [{ _id: expect.any(String), name: 'owner', apply_when: {}, read: true, write: true }],
        filters: []
      }
    ])
    expect(await t.api('POST', `/services/${serviceId}/rules`, { body })).toMatchObject(
      apiError(409, 'DuplicateName')
    )
    expect(await t.api('POST', `/services/${serviceId}/rules`, { body: { database: 'todo' } })).toMatchObject(
      apiError(400, 'InvalidParameter', '"collection" is required')
    )
    const roleId = list[0].roles[0]._id
    const put = await t.api('PUT', `/services/${serviceId}/rules/${created.body._id}`, {
      body: { ...list[0], roles: [{ ...list[0].roles[0], write: false }] }
    })
    expect(put.status).toBe(200)
    const got = (await t.api('GET', `/services/${serviceId}/rules/${created.body._id}`)).body
    expect(got.roles).toEqual([{ _id: roleId, name: 'owner', apply_when: {}, read: true, write: false }])
    expect((await t.api('DELETE', `/services/${serviceId}/rules/${created.body._id}`)).status).toBe(204)
    expect(await t.api('GET', `/services/${serviceId}/rules/${created.body._id}`)).toMatchObject(
      apiError(404, 'RuleNotFound')
    )
  })

  test('a rule is only found under its own service', async () => {
    const other = await createDataSource(t, 'otherSource')
    const rule = (
      await t.api('POST', `/services/${serviceId}/rules`, { body: { database: 'a', collection: 'b' } })
    ).body
    expect(await t.api('GET', `/services/${other}/rules/${rule._id}`)).toMatchObject(
      apiError(404, 'RuleNotFound')
    )
    expect((await t.api('GET', `/services/${other}/rules`)).body).toEqual([])
  })

  test('default rule: GET 404 when absent, POST 201, second POST 400, PUT 204 needs the _id, DELETE 204 then 404', async () => {
    const path = `/services/${serviceId}/default_rule`
    expect(await t.api('GET', path)).toMatchObject(
      apiError(404, 'DefaultRuleNotFound', 'default rule does not exist on service')
    )
    const created = await t.api('POST', path, {
      body: { roles: [{ name: 'readAll', apply_when: {}, read: true, write: false }], filters: [] }
    })
    expect(created).toMatchObject({
      status: 201,
      body: { _id: expect.any(String), roles: [{ _id: expect.any(String), name: 'readAll' }] }
    })
    expect(await t.api('POST', path, { body: { roles: [] } })).toMatchObject(
      apiError(400, 'DefaultRuleExists', 'default rule already exists')
    )
    expect(await t.api('PUT', path, { body: { _id: '65f0c0de0000000000000bad', roles: [] } })).toMatchObject(
      apiError(400, 'InvalidParameter', 'service default rule id mismatch')
    )
    expect(
      (await t.api('PUT', path, { body: { _id: created.body._id, roles: [], filters: [] } })).status
    ).toBe(204)
    expect((await t.api('GET', path)).body).toEqual({ _id: created.body._id, roles: [], filters: [] })
    expect((await t.api('DELETE', path)).status).toBe(204)
    expect(await t.api('DELETE', path)).toMatchObject(apiError(404, 'DefaultRuleNotFound'))
  })
})

describe('incoming webhooks and schemas', () => {
  test('webhooks live under third-party services: create 201, list array, PUT 200, DELETE 204', async () => {
    const http = (await t.api('POST', '/services', { body: { name: 'http', type: 'http', config: {} } })).body
      ._id
    const path = `/services/${http}/incoming_webhooks`
    const created = await t.api('POST', path, {
      body: { name: 'find', function_source: 'exports = () => 1', respond_result: true, run_as_user_id: '' }
    })
    expect(created).toMatchObject({
      status: 201,
      body: {
        _id: expect.any(String),
        name: 'find',
        function_source: 'exports = () => 1',
        respond_result: true
      }
    })
    expect((await t.api('GET', path)).body).toHaveLength(1)
    expect(
      await t.api('POST', path, { body: { name: 'find', function_source: 'x', respond_result: false } })
    ).toMatchObject(apiError(409, 'DuplicateName'))
    expect(await t.api('POST', path, { body: { name: 'nosrc', respond_result: false } })).toMatchObject(
      apiError(400, 'InvalidParameter', 'function_source')
    )
    const put = await t.api('PUT', `${path}/${created.body._id}`, {
      body: { name: 'find', function_source: 'exports = () => 2', respond_result: false }
    })
    expect(put).toMatchObject({ status: 200, body: { function_source: 'exports = () => 2' } })
    const atlas = await createDataSource(t, 'noWebhooks')
    expect(await t.api('GET', `/services/${atlas}/incoming_webhooks`)).toMatchObject(
      apiError(400, 'InvalidParameter', 'data source')
    )
    expect((await t.api('DELETE', `${path}/${created.body._id}`)).status).toBe(204)
  })

  test('schemas: POST 200 metadata instance, list, GET full, PUT 204, unique per collection, data source must exist', async () => {
    await createDataSource(t, 'schemaSource')
    const metadata = { data_source: 'schemaSource', database: 'todo', collection: 'Item' }
    const schema = { title: 'Item', bsonType: 'object', properties: { _id: { bsonType: 'objectId' } } }
    const created = await t.api('POST', '/schemas', { body: { metadata, schema } })
    expect(created).toEqual(
      expect.objectContaining({ status: 200, body: { _id: expect.any(String), metadata } })
    )
    expect((await t.api('GET', '/schemas')).body).toContainEqual({ _id: created.body._id, metadata })
    expect((await t.api('GET', `/schemas/${created.body._id}`)).body).toMatchObject({
      metadata,
      schema,
      relationships: {}
    })
    expect(await t.api('POST', '/schemas', { body: { metadata, schema } })).toMatchObject(
      apiError(409, 'DuplicateName')
    )
    expect(
      await t.api('POST', '/schemas', { body: { metadata: { ...metadata, data_source: 'nope' } } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'names no data source'))
    expect(
      (
        await t.api('PUT', `/schemas/${created.body._id}`, {
          body: { metadata, schema: { ...schema, title: 'Item2' } }
        })
      ).status
    ).toBe(204)
    expect((await t.api('GET', `/schemas/${created.body._id}`)).body.schema.title).toBe('Item2')
    const source = (await t.api('GET', '/services')).body.find(
      (s: { name: string }) => s.name === 'schemaSource'
    )
    expect(await t.api('PATCH', `/services/${source._id}`, { body: { name: 'movedSource' } })).toMatchObject(
      apiError(400, 'ResourceInUse', 'schema todo.Item')
    )
  })

  test('deleting a service removes its config, rules, default rule, webhooks and schemas', async () => {
    const id = await createDataSource(t, 'doomed')
    const rule = (await t.api('POST', `/services/${id}/rules`, { body: { database: 'd', collection: 'c' } }))
      .body
    await t.api('POST', `/services/${id}/default_rule`, { body: { roles: [] } })
    const schema = (
      await t.api('POST', '/schemas', {
        body: { metadata: { data_source: 'doomed', database: 'd', collection: 'c' } }
      })
    ).body
    expect((await t.api('DELETE', `/services/${id}`)).status).toBe(204)
    expect(await t.api('GET', `/services/${id}`)).toMatchObject(apiError(404, 'ServiceNotFound'))
    expect(await t.api('GET', `/services/${id}/rules/${rule._id}`)).toMatchObject(
      apiError(404, 'ServiceNotFound')
    )
    expect(await t.api('GET', `/schemas/${schema._id}`)).toMatchObject(apiError(404, 'SchemaNotFound'))
    const state = t.h.emulator.state.groups[t.app.group_id].apps[t.app._id].live
    expect(Object.keys(state.singletons).filter(k => k.includes(id))).toEqual([])
    expect(Object.values(state.collections.rules ?? {}).some(r => r.service_id === id)).toBe(false)
  })
})
