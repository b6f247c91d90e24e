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

/**
 * Sends protocol requests: timeouts, error mapping to `StorageError`, and backoff for requests safe to repeat.
 * A call that gets no answer in a browser is told apart: being offline (`unavailable`, retryable), or this
 * page's own settings stopping every call (`endpoint_unreachable`, final) — the page's Content-Security-Policy
 * lacks the server in `connect-src`, the server's `MORD_CORS_ORIGINS` lacks the page, the page is HTTPS and
 * the endpoint is not, or the endpoint is not a URL at all.
 */
export function createHttpCaller(options: HttpBackendOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const attempts = options.attempts ?? 3;
  const backoff = options.backoffMs ?? 300;
  const inBrowser = typeof document !== 'undefined' && typeof navigator !== 'undefined';
  let cspBlocked = false;
  let origin = '';
  try {
    origin = new URL(base, inBrowser ? location.href : undefined).origin;
  } catch {
    // Not a URL: every call fails as misconfigured.
  }
  if (inBrowser && origin)
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.blockedURI.startsWith(origin)) cspBlocked = true;
    });

  /** Whether a call that got no answer was stopped by settings rather than by the network. */
  async function misconfigured(): Promise<boolean> {
    if (!origin) return true;
    if (!inBrowser || navigator.onLine === false) return false;
    if (
      location.protocol === 'https:' &&
      origin.startsWith('http:') &&
      !/\/\/(localhost|127\.0\.0\.1)[:/]?/.test(origin)
    )
      return true;
    try {
      // A request the page may make without CORS: if it gets through, the server is there and the page is
      // only refused the answer (CORS).
      await doFetch(`${base}/healthz`, {
        mode: 'no-cors',
        cache: 'no-store',
        signal: AbortSignal.timeout(5000),
      });
      return true;
    } catch {
      // The violation event is queued after the failure; let it arrive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return cspBlocked;
    }
  }

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
        if ((cause as Error)?.name !== 'TimeoutError' && (await misconfigured()))
          throw new StorageError(
            'endpoint_unreachable',
            'This page cannot reach the server (CSP, CORS or URL)',
            {
              retryable: false,
              cause,
            },
          );
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
