import {
  type AttachmentInput,
  type AttachmentMeta,
  type FormId,
  type Locale,
  type Receipt,
  type RequestQuery,
  type RequestSummary,
  type SatisfactionSummary,
  type StaffApi,
  type StaffCredentials,
  type StaffRequestRecord,
  type StatusView,
  StorageError,
  type StorageErrorCode,
  type SubmissionBackend,
  type SubmissionPayload,
  type SubmitOptions,
  type SurveyContext,
} from '@mord/core';

/** Options of {@link createHttpBackend}. */
export interface HttpBackendOptions {
  /** Base URL of the protocol, e.g. `https://forms.example.org` (the `/v1/…` paths are appended). */
  baseUrl: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Language of the server's messages (`Accept-Language`). @default 'ar' */
  locale?: Locale;
  /** Per-request timeout in ms. @default 15000 */
  timeoutMs?: number;
  /** Attempts for requests that are safe to repeat (GETs and idempotent submissions). @default 3 */
  attempts?: number;
  /** First backoff delay in ms; doubles each attempt (with jitter). @default 300 */
  backoffMs?: number;
}

const KNOWN_CODES: readonly StorageErrorCode[] = [
  'validation_failed',
  'idempotency_conflict',
  'not_found',
  'token_used',
  'forbidden',
  'invalid_transition',
  'unsupported_media_type',
  'payload_too_large',
  'rate_limited',
  'unavailable',
  'storage_unavailable',
];

async function toStorageError(response: Response): Promise<StorageError> {
  let body: { error?: { code?: string; message?: string; issues?: StorageError['issues'] } } = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): the status decides.
  }
  const fallback: StorageErrorCode =
    response.status === 404
      ? 'not_found'
      : response.status === 401 || response.status === 403
        ? 'forbidden'
        : response.status === 413
          ? 'payload_too_large'
          : response.status === 415
            ? 'unsupported_media_type'
            : response.status === 429
              ? 'rate_limited'
              : response.status >= 500
                ? 'unavailable'
                : 'validation_failed';
  const code = KNOWN_CODES.includes(body.error?.code as StorageErrorCode)
    ? (body.error!.code as StorageErrorCode)
    : fallback;
  const retryAfter = Number(response.headers.get('retry-after'));
  return new StorageError(code, body.error?.message ?? `HTTP ${response.status}`, {
    issues: body.error?.issues ?? [],
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
  });
}

/**
 * A submission backend that speaks the Mord HTTP protocol v1 (`docs/protocol.md`). Submissions carry
 * their idempotency key, so they — and GETs — are retried with exponential backoff on network errors,
 * 5xx and 429; other requests are sent once. Errors are `StorageError`s with the server's code and issues.
 * @example const backend = createHttpBackend({ baseUrl: 'https://forms.example.org', locale: 'ar' })
 */
export function createHttpBackend(options: HttpBackendOptions): SubmissionBackend & {
  staff(credentials: StaffCredentials): Promise<StaffApi>;
} {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const attempts = options.attempts ?? 3;
  const backoff = options.backoffMs ?? 300;

  async function call(
    path: string,
    init: RequestInit & { locale?: Locale },
    retry: boolean,
  ): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    headers.set('accept-language', init.locale ?? options.locale ?? 'ar');
    let lastError: StorageError | null = null;
    for (let attempt = 0; attempt < (retry ? attempts : 1); attempt++) {
      if (attempt > 0) {
        const wait = lastError?.retryAfter
          ? lastError.retryAfter * 1000
          : backoff * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      let response: Response;
      try {
        response = await doFetch(`${base}${path}`, {
          ...init,
          headers,
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (cause) {
        lastError = new StorageError('unavailable', 'The server could not be reached', {
          retryable: true,
          cause,
        });
        continue;
      }
      if (response.ok) return response;
      lastError = await toStorageError(response);
      if (!lastError.retryable) throw lastError;
    }
    throw lastError!;
  }

  const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
  const encode = encodeURIComponent;

  function staffApi(key: string, actor: StaffApi['actor']): StaffApi {
    const auth = { authorization: `Bearer ${key}` };
    const post = (path: string, body?: unknown, method = 'POST') =>
      call(
        path,
        {
          method,
          headers: { ...auth, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        false,
      );
    return {
      actor,
      async listRequests(query: RequestQuery = {}) {
        const params = new URLSearchParams();
        for (const [name, value] of Object.entries(query))
          if (value !== undefined) params.set(name, String(value));
        return json<RequestSummary[]>(await call(`/v1/staff/requests?${params}`, { headers: auth }, true));
      },
      async getRequest(reference) {
        try {
          return await json<StaffRequestRecord>(
            await call(`/v1/staff/requests/${encode(reference)}`, { headers: auth }, true),
          );
        } catch (error) {
          if (error instanceof StorageError && error.code === 'not_found') return null;
          throw error;
        }
      },
      transition: async (reference, input) =>
        json<StaffRequestRecord>(await post(`/v1/staff/requests/${encode(reference)}/transitions`, input)),
      updateChecklist: async (reference, checklist) =>
        json<StaffRequestRecord>(
          await post(`/v1/staff/requests/${encode(reference)}/checklist`, { checklist }, 'PUT'),
        ),
      createSurveyInvitation: async (reference) =>
        json<{ token: string; url?: string }>(
          await post(`/v1/staff/requests/${encode(reference)}/survey-invitations`),
        ),
      async satisfactionSummary(query = {}) {
        const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
        return json<SatisfactionSummary>(
          await call(`/v1/staff/metrics/satisfaction?${params}`, { headers: auth }, true),
        );
      },
    };
  }

  return {
    name: 'http',
    capabilities: { attachments: true, surveys: true, staff: true },
    async submit(form: FormId, payload: SubmissionPayload, submitOptions: SubmitOptions) {
      const response = await call(
        `/v1/forms/${encode(form)}/submissions`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': submitOptions.idempotencyKey },
          body: JSON.stringify(payload),
          // Messages follow the form's language unless the caller asks for another.
          locale: submitOptions.locale ?? payload.locale,
        },
        // The idempotency key makes a repeated submission safe.
        true,
      );
      return json<Receipt>(response);
    },
    async getStatus(reference, accessToken) {
      try {
        return await json<StatusView>(
          await call(
            `/v1/requests/${encode(reference)}`,
            { headers: { authorization: `Bearer ${accessToken}` } },
            true,
          ),
        );
      } catch (error) {
        if (error instanceof StorageError && error.code === 'not_found') return null;
        throw error;
      }
    },
    async getSurvey(token) {
      try {
        return await json<SurveyContext>(await call(`/v1/surveys/${encode(token)}`, {}, true));
      } catch (error) {
        if (error instanceof StorageError && error.code === 'not_found') return null;
        throw error;
      }
    },
    async submitSurveyResponse(token, response) {
      const result = await call(
        `/v1/surveys/${encode(token)}/responses`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(response) },
        false,
      );
      return json<{ id: string }>(result);
    },
    attachments: {
      async put(file: AttachmentInput) {
        const response = await call(
          '/v1/attachments',
          {
            method: 'POST',
            headers: {
              'content-type': file.mediaType || 'application/octet-stream',
              'x-file-name': encode(file.name),
            },
            body: file.bytes as Uint8Array<ArrayBuffer>,
          },
          false,
        );
        return json<AttachmentMeta>(response);
      },
    },
    async staff({ key }) {
      const actor = await json<StaffApi['actor']>(
        await call('/v1/staff/me', { headers: { authorization: `Bearer ${key}` } }, true),
      );
      return staffApi(key, actor);
    },
  };
}
