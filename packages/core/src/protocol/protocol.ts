import { isRetryableStatus } from '../storage/isRetryableStatus';

/** Why a storage operation failed; stable across adapters and the HTTP protocol. */
export const STORAGE_ERROR_CODES = [
  'validation_failed',
  'idempotency_conflict',
  'not_found',
  'token_used',
  'forbidden',
  'staff_only',
  'bad_request',
  'invalid_transition',
  'unsupported_media_type',
  'payload_too_large',
  'rate_limited',
  'unavailable',
  'storage_unavailable',
  'endpoint_unreachable',
] as const;

/** A storage error code. */
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

/** Every code an error body of the protocol may carry: the storage codes and the server's own failure. */
export const PROTOCOL_ERROR_CODES = [...STORAGE_ERROR_CODES, 'method_not_allowed', 'internal'] as const;

/** A code of the protocol's error body. */
export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

/** The HTTP status each error code is sent with; the server answers with it, the client reads it back. */
export const HTTP_STATUS_OF_CODE: Readonly<Record<ProtocolErrorCode, number>> = {
  validation_failed: 400,
  bad_request: 400,
  forbidden: 403,
  staff_only: 403,
  not_found: 404,
  idempotency_conflict: 409,
  token_used: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  storage_unavailable: 503,
  // The browser's own verdict, never sent by a server: the page's CSP or the server's CORS list stops
  // every call, or the endpoint is not a URL. Trying again later cannot help until a setting changes.
  endpoint_unreachable: 503,
};

/**
 * The code a client assumes when a response names none it knows (a proxy's error page): from the status.
 * `401` is a missing or wrong staff key, read as `forbidden`.
 */
export function codeForStatus(status: number): StorageErrorCode {
  if (status === 401) return 'forbidden';
  const named = STORAGE_ERROR_CODES.find((code) => HTTP_STATUS_OF_CODE[code] === status);
  if (named) return named;
  return isRetryableStatus(status) ? 'unavailable' : 'validation_failed';
}

/** Whether a string is a storage error code. */
export function isStorageErrorCode(value: unknown): value is StorageErrorCode {
  return (STORAGE_ERROR_CODES as readonly unknown[]).includes(value);
}

/** One route of the protocol. Paths name their parameters `:name`. */
export interface ProtocolRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  /** Who may call it: anyone, the holder of an access token, or a staff key. */
  readonly auth: 'public' | 'access_token' | 'staff';
}

/**
 * The HTTP protocol as one table: the server registers these routes, the HTTP client calls them, and a test
 * checks `docs/openapi.yaml` lists exactly these.
 */
export const PROTOCOL_ROUTES = {
  health: { method: 'GET', path: '/healthz', auth: 'public' },
  config: { method: 'GET', path: '/v1/config', auth: 'public' },
  submit: { method: 'POST', path: '/v1/forms/:form/submissions', auth: 'public' },
  uploadGrant: { method: 'POST', path: '/v1/forms/:form/upload-grants', auth: 'public' },
  upload: { method: 'POST', path: '/v1/attachments', auth: 'public' },
  status: { method: 'GET', path: '/v1/requests/:reference', auth: 'access_token' },
  codeReminder: { method: 'POST', path: '/v1/requests/:reference/code-reminders', auth: 'public' },
  withdrawal: { method: 'POST', path: '/v1/requests/:reference/withdrawal', auth: 'access_token' },
  reply: { method: 'POST', path: '/v1/requests/:reference/replies', auth: 'access_token' },
  survey: { method: 'GET', path: '/v1/surveys/:token', auth: 'public' },
  surveyResponse: { method: 'POST', path: '/v1/surveys/:token/responses', auth: 'public' },
  signing: { method: 'GET', path: '/v1/signing/:token', auth: 'public' },
  signingSignature: { method: 'POST', path: '/v1/signing/:token/signature', auth: 'public' },
  staffMe: { method: 'GET', path: '/v1/staff/me', auth: 'staff' },
  staffRequests: { method: 'GET', path: '/v1/staff/requests', auth: 'staff' },
  staffRequestCounts: { method: 'GET', path: '/v1/staff/request-counts', auth: 'staff' },
  staffRequest: { method: 'GET', path: '/v1/staff/requests/:reference', auth: 'staff' },
  staffErase: { method: 'DELETE', path: '/v1/staff/requests/:reference', auth: 'staff' },
  staffAccessCode: { method: 'POST', path: '/v1/staff/requests/:reference/access-code', auth: 'staff' },
  staffAttachment: { method: 'GET', path: '/v1/staff/requests/:reference/attachments/:id', auth: 'staff' },
  staffSubmit: { method: 'POST', path: '/v1/staff/forms/:form/submissions', auth: 'staff' },
  staffTransition: { method: 'POST', path: '/v1/staff/requests/:reference/transitions', auth: 'staff' },
  staffChecklist: { method: 'PUT', path: '/v1/staff/requests/:reference/checklist', auth: 'staff' },
  staffAssignee: { method: 'PUT', path: '/v1/staff/requests/:reference/assignee', auth: 'staff' },
  staffPeople: { method: 'GET', path: '/v1/staff/people', auth: 'staff' },
  staffSigningLink: { method: 'POST', path: '/v1/staff/requests/:reference/signing-link', auth: 'staff' },
  staffNotifications: { method: 'GET', path: '/v1/staff/requests/:reference/notifications', auth: 'staff' },
  staffPrintCode: { method: 'GET', path: '/v1/staff/requests/:reference/print-code', auth: 'staff' },
  staffWetSignature: { method: 'POST', path: '/v1/staff/requests/:reference/wet-signature', auth: 'staff' },
  staffKeys: { method: 'GET', path: '/v1/staff/keys', auth: 'staff' },
  staffKeyCreate: { method: 'POST', path: '/v1/staff/keys', auth: 'staff' },
  staffKeyRotate: { method: 'POST', path: '/v1/staff/keys/:id/rotation', auth: 'staff' },
  staffKeyRevoke: { method: 'DELETE', path: '/v1/staff/keys/:id', auth: 'staff' },
  staffInvitation: {
    method: 'POST',
    path: '/v1/staff/requests/:reference/survey-invitations',
    auth: 'staff',
  },
  staffSatisfaction: { method: 'GET', path: '/v1/staff/metrics/satisfaction', auth: 'staff' },
  staffInquiryTopics: { method: 'GET', path: '/v1/staff/metrics/inquiries', auth: 'staff' },
  staffExport: { method: 'GET', path: '/v1/staff/export.csv', auth: 'staff' },
} as const satisfies Record<string, ProtocolRoute>;

/** A route's name. */
export type ProtocolRouteName = keyof typeof PROTOCOL_ROUTES;

/**
 * A route's path with its parameters filled in (each percent-encoded).
 * @example routePath('submit', { form: 'inquiry' }) // '/v1/forms/inquiry/submissions'
 */
export function routePath(name: ProtocolRouteName, params: Record<string, string> = {}): string {
  return PROTOCOL_ROUTES[name].path.replace(/:(\w+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new RangeError(`routePath: missing ${key}`);
    return encodeURIComponent(value);
  });
}

/**
 * The methods the protocol answers on a path (GET routes also answer HEAD), empty when no route has it:
 * the server answers any other method with 405 and this list in `Allow`.
 * @example allowedMethods('/v1/staff/keys') // ['GET', 'HEAD', 'POST']
 */
export function allowedMethods(path: string): string[] {
  const segments = path.split('/');
  const methods = new Set<string>();
  for (const route of Object.values(PROTOCOL_ROUTES) as ProtocolRoute[]) {
    const pattern = route.path.split('/');
    if (
      pattern.length === segments.length &&
      pattern.every((part, i) => (part.startsWith(':') ? segments[i] !== '' : part === segments[i]))
    ) {
      methods.add(route.method);
      if (route.method === 'GET') methods.add('HEAD');
    }
  }
  return [...methods].sort();
}
