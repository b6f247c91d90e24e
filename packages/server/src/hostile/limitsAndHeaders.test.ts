import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../http/clientAddress';
import {
  asStaff,
  DATABASES,
  expectHealthy,
  expectRefusal,
  startTarget,
  stopTarget,
  type Target,
} from './harness';

const status = (target: Target, headers: Record<string, string> = {}) =>
  fetch(`${target.url}/v1/requests/MRD-2026-000001`, {
    headers: { authorization: 'Bearer nothing-here', ...headers },
  });

describe.each(DATABASES)('hostile: rate limits that work behind a proxy ($kind)', ({ kind }) => {
  it('ignores X-Forwarded-For unless a proxy is trusted: a spoofed header does not get a new bucket', async () => {
    const target = await startTarget(kind, { rateLimit: 3, trustProxy: parseTrustProxy('') });
    try {
      for (let i = 0; i < 3; i++)
        expect((await status(target, { 'x-forwarded-for': `10.0.0.${i}` })).status).toBe(404);
      const limited = await status(target, { 'x-forwarded-for': '10.0.0.99' });
      await expectRefusal(limited, 429, 'rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });

  it('keys on the client a trusted hop reports, so clients behind one proxy are limited apart', async () => {
    const target = await startTarget(kind, { rateLimit: 2, trustProxy: parseTrustProxy('1') });
    try {
      const a = { 'x-forwarded-for': '203.0.113.1' };
      const b = { 'x-forwarded-for': '203.0.113.2' };
      expect((await status(target, a)).status).toBe(404);
      expect((await status(target, a)).status).toBe(404);
      await expectRefusal(await status(target, a), 429, 'rate_limited');
      expect((await status(target, b)).status).toBe(404);
      // A client that prepends its own entries cannot pick its key: the hop's entry is the right-most.
      await expectRefusal(
        await status(target, { 'x-forwarded-for': '1.2.3.4, 203.0.113.1' }),
        429,
        'rate_limited',
      );
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });

  it('with a CIDR list, skips trusted proxies and keys on the first untrusted address', async () => {
    const target = await startTarget(kind, {
      rateLimit: 1,
      trustProxy: parseTrustProxy('127.0.0.0/8,10.0.0.0/8'),
    });
    try {
      expect((await status(target, { 'x-forwarded-for': '198.51.100.7, 10.1.2.3' })).status).toBe(404);
      await expectRefusal(await status(target, { 'x-forwarded-for': '198.51.100.7' }), 429, 'rate_limited');
      expect((await status(target, { 'x-forwarded-for': '198.51.100.8, 10.9.9.9' })).status).toBe(404);
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });

  it('gives the staff API its own limiter: a flood on public endpoints does not lock staff out', async () => {
    const target = await startTarget(kind, {
      rateLimit: 2,
      staffRateLimit: 3,
      trustProxy: parseTrustProxy(''),
    });
    try {
      for (let i = 0; i < 3; i++) await status(target);
      await expectRefusal(await status(target), 429, 'rate_limited');
      const me = () =>
        fetch(`${target.url}/v1/staff/me`, { headers: { authorization: `Bearer ${target.keys.admin}` } });
      for (let i = 0; i < 3; i++) expect((await me()).status).toBe(200);
      await expectRefusal(await me(), 429, 'rate_limited');
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });

  it('throttles a client after repeated wrong staff keys, even its right key, but not other clients', async () => {
    const target = await startTarget(kind, { staffKeyFailures: 5 });
    try {
      const me = (key: string, client: string) =>
        fetch(`${target.url}/v1/staff/me`, {
          headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': client },
        });
      for (let i = 0; i < 5; i++)
        await expectRefusal(await me(`mrdk_guess${i}`, '203.0.113.50'), 401, 'forbidden');
      const locked = await me(target.keys.admin, '203.0.113.50');
      await expectRefusal(locked, 429, 'rate_limited');
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
      expect((await me(target.keys.admin, '203.0.113.51')).status).toBe(200);
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });
});

describe.each(DATABASES)('hostile: headers and origins ($kind)', ({ kind }) => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(kind);
  });
  afterAll(() => stopTarget(target));

  it('sends nosniff, no-referrer, a strict CSP and nothing that names the software, on every answer', async () => {
    for (const response of [
      await fetch(`${target.url}/healthz`),
      await fetch(`${target.url}/nothing-here`),
      await status(target),
      await asStaff(target, 'admin', '/me'),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('server')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    await expectHealthy(target);
  });

  it('marks the status view and staff answers no-store', async () => {
    expect((await status(target)).headers.get('cache-control')).toBe('no-store');
    expect((await asStaff(target, 'admin', '/requests')).headers.get('cache-control')).toBe('no-store');
    await expectHealthy(target);
  });

  it('sends HSTS when a trusted proxy says the request came over HTTPS, and never on a spoofed header', async () => {
    const viaProxy = await fetch(`${target.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toContain('max-age=');
    const direct = await startTarget(kind, { trustProxy: parseTrustProxy('') });
    try {
      const spoofed = await fetch(`${direct.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(spoofed.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await stopTarget(direct);
    }
    const forced = await startTarget(kind, { hsts: true });
    try {
      expect((await fetch(`${forced.url}/healthz`)).headers.get('strict-transport-security')).toContain(
        'max-age=',
      );
    } finally {
      await stopTarget(forced);
    }
  });

  it('lets partner origins reach public endpoints only, and staff origins the staff API only', async () => {
    const preflight = (path: string, origin: string) =>
      fetch(`${target.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      }).then((r) => r.headers.get('access-control-allow-origin'));
    const publicPath = '/v1/forms/support-request/submissions';
    const staffPath = '/v1/staff/requests/MRD-2026-000001/transitions';
    expect(await preflight(publicPath, 'https://partner.example')).toBe('https://partner.example');
    expect(await preflight(staffPath, 'https://partner.example')).toBeNull();
    expect(await preflight(staffPath, 'https://staff.example')).toBe('https://staff.example');
    expect(await preflight(publicPath, 'https://staff.example')).toBeNull();
    expect(await preflight(publicPath, 'https://evil.example')).toBeNull();
    await expectHealthy(target);
  });
});
