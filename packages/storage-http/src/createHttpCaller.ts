import {
  codeForStatus,
  isRetryableStatus,
  isStorageErrorCode,
  type Locale,
  StorageError,
  type StorageErrorCode,
} from '@mord/core';

/** Options of the HTTP clients. */
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

async function toStorageError(response: Response): Promise<StorageError> {
  let body: { error?: { code?: string; message?: string; issues?: StorageError['issues'] } } = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): the status decides.
  }
  const retryable = isRetryableStatus(response.status);
  // A code the protocol does not know (a proxy's error page, a newer server): the status decides.
  const code: StorageErrorCode = isStorageErrorCode(body.error?.code)
    ? body.error.code
    : codeForStatus(response.status);
  const retryAfter = Number(response.headers.get('retry-after'));
  // The status decides whether trying again can help, whatever code the body names: a permanent
  // refusal is never retried, by this client or by an outbox.
  return new StorageError(code, body.error?.message ?? `HTTP ${response.status}`, {
    issues: body.error?.issues ?? [],
    retryable,
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
  });
}

/** Sends protocol requests: timeouts, error mapping to `StorageError`, and backoff for requests safe to repeat. */
export function createHttpCaller(options: HttpBackendOptions) {
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
  return { call, json, encode };
}
