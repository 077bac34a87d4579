// The spec operations the emulator deliberately does not model: each answers 501
// `{"error", "error_code": "NotEmulated"}` naming the operation, so a client learns at once that it has
// reached a hole of the emulator rather than a behaviour of the service. The reasons are listed in
// the divergences (`realm-deploy emulator --divergences`).
import { HttpError, type Route } from '../types.js'
import type { Divergence } from '../divergence-entry.js'
import { APP } from './store.js'

interface Hole {
  readonly method: string
  /** Below `/groups/{groupId}`; `G/A` paths start with `/apps/{appId}`. */
  readonly path: string
  readonly operationId: string
}

interface HoleGroup {
  readonly reason: string
  readonly what: string
  readonly holes: readonly Hole[]
}

const USERS = `${APP}/users`
const PENDING = `${APP}/user_registrations`
const PUSH = `${APP}/push/notifications`
const COMMANDS = `${APP}/services/{serviceId}/commands`

export const NOT_EMULATED: readonly HoleGroup[] = [
  {
    what: 'end users of the app',
    reason:
      'End users exist only where SDK clients log in to a running app; an emulator of the Admin API has no app runtime, so there is nobody to list, create, disable or log out.',
    holes: [
      { method: 'GET', path: USERS, operationId: 'adminListUsers' },
      { method: 'POST', path: USERS, operationId: 'adminCreateUser' },
      { method: 'POST', path: `${USERS}/verify_token`, operationId: 'adminVerifyUserAccessToken' },
      { method: 'GET', path: `${USERS}/{userId}`, operationId: 'adminGetUser' },
      { method: 'DELETE', path: `${USERS}/{userId}`, operationId: 'adminDeleteUser' },
      { method: 'PATCH', path: `${USERS}/{userId}/reset_email`, operationId: 'adminResetUserEmail' },
      { method: 'GET', path: `${USERS}/{userId}/devices`, operationId: 'adminListDevices' },
      { method: 'PUT', path: `${USERS}/{userId}/logout`, operationId: 'adminUserLogout' },
      { method: 'PUT', path: `${USERS}/{userId}/enable`, operationId: 'adminEnableUser' },
      { method: 'PUT', path: `${USERS}/{userId}/disable`, operationId: 'adminDisableUser' },
      { method: 'GET', path: `${PENDING}/pending_users`, operationId: 'adminListPendingUsers' },
      {
        method: 'DELETE',
        path: `${PENDING}/by_email/{email}`,
        operationId: 'adminDeletePendingEmailPasswordUser'
      }
    ]
  },
  {
    what: 'email confirmation of pending users',
    reason:
      'Sending and confirming email needs pending end users and a mail service, neither of which exists here.',
    holes: [
      {
        method: 'POST',
        path: `${PENDING}/by_email/{email}/send_confirm`,
        operationId: 'adminSendConfirmationEmail'
      },
      { method: 'POST', path: `${PENDING}/by_email/{email}/confirm`, operationId: 'adminConfirmPendingUser' },
      {
        method: 'POST',
        path: `${PENDING}/by_email/{email}/run_confirm`,
        operationId: 'adminRerunPendingUserConfirmation'
      }
    ]
  },
  {
    what: 'push notifications',
    reason:
      'Push notifications are sent to devices through Firebase (deprecated on the service, admin-api-notes §6); nothing here could send or track them.',
    holes: [
      { method: 'GET', path: PUSH, operationId: 'adminListNotifications' },
      { method: 'POST', path: PUSH, operationId: 'adminCreateNotification' },
      { method: 'GET', path: `${PUSH}/{messageId}`, operationId: 'adminGetMessage' },
      { method: 'PUT', path: `${PUSH}/{messageId}`, operationId: 'adminUpdateMessage' },
      { method: 'DELETE', path: `${PUSH}/{messageId}`, operationId: 'adminDeleteMessage' },
      { method: 'PUT', path: `${PUSH}/{messageId}/type`, operationId: 'adminSetMessageType' },
      { method: 'POST', path: `${PUSH}/{messageId}/send`, operationId: 'adminSendMessage' }
    ]
  },
  {
    what: 'billing and metrics',
    reason:
      'Usage measurements and metrics count real requests, compute and data transfer of a running app; invented numbers would mislead.',
    holes: [
      { method: 'GET', path: '/groups/{groupId}/measurements', operationId: 'adminMeasurements' },
      { method: 'GET', path: `${APP}/measurements`, operationId: 'adminAppMeasurements' },
      { method: 'GET', path: `${APP}/metrics`, operationId: 'adminGetMetrics' }
    ]
  },
  {
    what: 'commands run against a linked cluster or its data',
    reason:
      'These read or query the documents of a linked Atlas cluster (build info, schema sampling, document validation, GraphQL queries, Device Sync data); the emulator links no cluster and stores no documents.',
    holes: [
      { method: 'GET', path: `${COMMANDS}/build_info`, operationId: 'getBuildInfo' },
      { method: 'POST', path: `${COMMANDS}/generate_schema`, operationId: 'adminGenerateSchema' },
      { method: 'POST', path: `${COMMANDS}/validate_documents`, operationId: 'adminValidateDocuments' },
      { method: 'POST', path: `${COMMANDS}/{commandName}`, operationId: 'adminRunCommand' },
      { method: 'POST', path: `${APP}/graphql`, operationId: 'adminRunGraphQLOperation' },
      { method: 'GET', path: `${APP}/sync/data`, operationId: 'adminGetSync' }
    ]
  }
]

function notEmulatedRoute(hole: Hole, what: string): Route {
  return {
    method: hole.method,
    pattern: hole.path,
    options: {},
    handler: () => {
      throw new HttpError(
        501,
        'NotEmulated',
        `${hole.operationId} (${hole.method} ${hole.path}) is not emulated: the emulator does not model ${what}`
      )
    }
  }
}

export function notEmulatedRoutes(): Route[] {
  return NOT_EMULATED.flatMap(group => group.holes.map(hole => notEmulatedRoute(hole, group.what)))
}

export const notEmulatedDivergences: readonly Divergence[] = NOT_EMULATED.map(group => ({
  operation: group.holes.map(hole => hole.operationId).join(', '),
  divergence: `Not emulated (${group.what}): answers 501 {"error", "error_code": "NotEmulated"} naming the operation.`,
  reason: group.reason,
  contractExempt: false
}))
