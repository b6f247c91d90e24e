import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@mord/server';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../../../scripts/lib/browser.mjs';

let dir: string;
let pageDir: string;
let api: RunningServer;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: BrowserContext;

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'mord-outbox-page-'));
  await build({
    entryPoints: [join(import.meta.dirname, 'outboxPage.ts')],
    bundle: true,
    format: 'esm',
    conditions: ['@mord/source'],
    outfile: join(pageDir, 'page.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(pageDir, 'index.html'),
    '<!doctype html><html lang="ar" dir="rtl"><body><p id="state">…</p><script type="module" src="page.js"></script></body></html>',
  );
  site = await serveStatic(pageDir);
  dir = mkdtempSync(join(tmpdir(), 'mord-outbox-api-'));
  api = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    corsOrigins: [site.url],
    rateLimit: 10_000,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(pageDir, { recursive: true, force: true });
});

describe('outbox in Chromium', () => {
  it('queues a submission while offline, keeps it across a reload, and delivers exactly one request when online', async () => {
    const page = await browser.newPage();
    // The network to the API is down; the page itself still loads, as from a cache.
    await page.route(`${api.url}/**`, (route) => route.abort('internetdisconnected'));
    await page.goto(`${site.url}/index.html?api=${encodeURIComponent(api.url)}`);
    await page.waitForFunction(() => document.title === 'ready');
    expect(
      await page.evaluate(() =>
        (window as unknown as { submitExample: () => Promise<string> }).submitExample(),
      ),
    ).toBe('unavailable:queued');
    await expect.poll(() => page.textContent('#state')).toBe('queued');
    // What the browser keeps on this (possibly shared) device: nothing of her data in clear, and the key that
    // encrypts it is not extractable.
    const atRest = await page.evaluate(async () => {
      const open = (name: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const all = (db: IDBDatabase, store: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const texts: string[] = [];
      const walk = (value: unknown) => {
        if (value instanceof ArrayBuffer) texts.push(new TextDecoder().decode(value));
        else if (ArrayBuffer.isView(value)) texts.push(new TextDecoder().decode(value as Uint8Array));
        else if (typeof value === 'string') texts.push(value);
        else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
      };
      const entries = await all(await open('mord-outbox'), 'entries');
      walk(entries);
      const [key] = (await all(await open('mord-keys'), 'keys')) as CryptoKey[];
      return {
        entries: entries.length,
        text: texts.join('\n'),
        extractable: key?.extractable,
        type: key?.type,
      };
    });
    expect(atRest.entries).toBe(1);
    for (const secret of ['فاطمة', 'القحطاني', '1000000008', 'SA0380000000608010167519'])
      expect(atRest.text).not.toContain(secret);
    expect(atRest).toMatchObject({ extractable: false, type: 'secret' });

    await page.reload();
    await page.waitForFunction(() => document.title === 'ready');
    await expect.poll(() => page.textContent('#state')).toBe('queued');
    expect(await api.store.repository.listRequests({})).toEqual([]);

    await page.unroute(`${api.url}/**`);
    await browser.setOffline(true);
    await browser.setOffline(false);
    await expect
      .poll(() => page.textContent('#state'), { timeout: 10_000 })
      .toMatch(/^delivered:MRD-[2-9A-HJ-NP-Y]{5}-[2-9A-HJ-NP-Y]{5}$/);
    const stored = await api.store.repository.listRequests({});
    expect(stored).toHaveLength(1);

    // Coming online again, or another reload, sends nothing more.
    await page.reload();
    await page.waitForFunction(() => document.title === 'ready');
    await browser.setOffline(true);
    await browser.setOffline(false);
    await page.waitForTimeout(300);
    expect(await api.store.repository.listRequests({})).toHaveLength(1);
    await page.close();
  });
});
