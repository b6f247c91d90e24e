import type { MiddlewareHandler } from 'hono';

/** Options of {@link securityHeaders}. */
export interface SecurityHeaderOptions {
  /** Always send Strict-Transport-Security (TLS ends at a proxy in front). */
  hsts: boolean;
  /** Proxies are trusted, so their `X-Forwarded-Proto: https` counts as HTTPS. */
  trustProxy: boolean;
}

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers on every response: no sniffing, no referrer, a CSP that lets nothing load or frame it (the
 * server sends JSON, CSV and documents, never a page to run), no caching of API answers (status views
 * and staff data stay out of shared caches), HSTS over HTTPS, and nothing that names the software.
 */
export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'no-referrer');
    headers.set('x-frame-options', 'DENY');
    headers.set('cross-origin-resource-policy', 'cross-origin');
    headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (!headers.has('content-security-policy'))
      headers.set(
        'content-security-policy',
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
    // API answers are personal or change with every call; the public configuration says its own caching.
    if (c.req.path.startsWith('/v1/') && c.req.path !== '/v1/config')
      headers.set('cache-control', 'no-store');
    headers.delete('x-powered-by');
    headers.delete('server');
    const https =
      new URL(c.req.url).protocol === 'https:' ||
      (options.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');
    if (options.hsts || https) headers.set('strict-transport-security', HSTS);
  };
}
