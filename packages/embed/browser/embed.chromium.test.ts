import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@mord/server';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../react/browser/chromium';
import { serveStatic } from '../../react/browser/staticServer';

let pageDir: string;
let dataDir: string;
let api: RunningServer;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: BrowserContext;

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'mord-embed-page-'));
  dataDir = mkdtempSync(join(tmpdir(), 'mord-embed-api-'));
  // The shipped artifact, built by the root rollup config (the test command builds before testing).
  const bundle = join(import.meta.dirname, '../dist/mord-embed.iife.js');
  if (!existsSync(bundle))
    throw new Error('packages/embed/dist/mord-embed.iife.js is missing: run `pnpm build` first');
  copyFileSync(bundle, join(pageDir, 'mord-embed.iife.js'));
  // The page's CSP names the API, and the API's CORS list names the page: the header is computed per response.
  site = await serveStatic(pageDir, () => ({
    'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${api.url}`,
  }));
  api = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    rateLimit: 10_000,
    corsOrigins: [site.url],
  });
  writeFileSync(
    join(pageDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<link rel="stylesheet" href="page.css"></head><body>
<h1>Partner organisation</h1>
<mord-inquiry id="inquiry" endpoint="${api.url}" locale="ar"></mord-inquiry>
<script src="mord-embed.iife.js"></script></body></html>`,
  );
  // The host page's CSS must not reach inside the forms.
  writeFileSync(
    join(pageDir, 'page.css'),
    'label { color: rgb(255, 0, 0) !important; } .mord-input { display: none !important; }',
  );
  browser = await launchChromium();
  await browser.addInitScript(() => {
    const w = window as unknown as { violations: string[]; submitted: unknown[] };
    w.violations = [];
    w.submitted = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    document.addEventListener('mord-submitted', (e) => w.submitted.push((e as CustomEvent).detail));
  });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await site?.close();
  rmSync(pageDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('<mord-inquiry> on a partner page with a strict CSP', () => {
  it('renders in a shadow root, ignores the page CSS, submits, fires mord-submitted, with zero CSP violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/index.html`);
    const name = page.getByLabel(/^الاسم الكامل/);
    await name.waitFor();
    expect(
      await page.evaluate(() =>
        Boolean(document.getElementById('inquiry')?.shadowRoot?.querySelector('form')),
      ),
    ).toBe(true);
    expect(await page.locator('mord-inquiry .mord').getAttribute('dir')).toBe('rtl');
    expect(await name.isVisible()).toBe(true);
    expect(
      await page
        .locator('mord-inquiry label')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    ).not.toBe('rgb(255, 0, 0)');
    await name.fill('نورة سعد');
    await page.getByLabel(/^رقم الجوال/).fill('٠٥٠١٢٣٤٥٦٧');
    await page.getByLabel(/^الموضوع/).selectOption('eligibility');
    await page.getByLabel(/^رسالتكِ/).fill('هل يمكنني التقديم وأنا أسكن خارج الرياض؟');
    await page.getByRole('checkbox', { name: /أوافق على معالجة بياناتي/ }).check();
    await page.getByRole('button', { name: 'إرسال' }).click();
    await page.getByText(/استلمنا سؤالكِ/).waitFor();
    const submitted =
      (await page.evaluate(
        () => (window as unknown as { submitted: Record<string, unknown>[] }).submitted,
      )) ?? [];
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ reference: expect.stringMatching(/^MRD-/), status: 'submitted' });
    expect(submitted[0]).not.toHaveProperty('accessToken');
    expect(await api.store.repository.listRequests({ form: 'inquiry' })).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });
});
