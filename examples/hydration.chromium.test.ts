import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uiMessages } from '@mord/react';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../scripts/lib/browser.mjs';
import { HydrationApp } from './hydration/HydrationApp';

let dir: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: BrowserContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mord-hydration-'));
  // React's development build: it reports every difference between the server's markup and the browser's.
  await build({
    entryPoints: [join(import.meta.dirname, 'hydration/client.tsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    outfile: join(dir, 'client.js'),
    conditions: ['@mord/source'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  for (const locale of ['ar', 'en'] as const) {
    // Rendered by Node's ICU; hydrated by Chromium's.
    const html = renderToString(createElement(HydrationApp, { locale }));
    writeFileSync(
      join(dir, `${locale}.html`),
      `<!doctype html><html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title></head><body><div id="root">${html}</div><script type="module" src="client.js"></script></body></html>`,
    );
  }
  site = await serveStatic(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('server rendering, then hydration in Chromium', () => {
  it.each(['ar', 'en'] as const)(
    'hydrates the wizard and the inquiry rendered by Node with no mismatch, and they work (%s)',
    async (locale) => {
      const page = await browser.newPage();
      const messages: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
      });
      page.on('pageerror', (error) => messages.push(error.message));
      await page.goto(`${site.url}/${locale}.html`);
      // The server's markup is there before any script runs.
      expect(await page.locator('#root form').count()).toBeGreaterThanOrEqual(2);
      await page.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated === true);
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => {
        const w = window as unknown as { recoverable: string[]; elements: boolean };
        return { recoverable: w.recoverable, elements: w.elements };
      });
      expect(state.recoverable).toEqual([]);
      expect(messages).toEqual([]);
      expect(state.elements).toBe(true);
      // Hydrated for real: the wizard answers a press of "next" with its own validation, in her language.
      const ui = uiMessages[locale];
      await page.getByRole('button', { name: ui['common.next'], exact: true }).click();
      await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
      await page.close();
    },
  );
});
