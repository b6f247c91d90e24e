import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATIN_ALLOWED, latinWordsIn } from '../packages/react/browser/latinWords';
import { axeViolations } from './axeViolations';
import { startExamples } from './startExamples';

let data: string;
let browser: BrowserContext;

let examples: Awaited<ReturnType<typeof startExamples>>;

beforeAll(async () => {
  examples = await startExamples();
  data = examples.data;
  browser = examples.browser;
}, 120_000);

afterAll(() => examples?.stop());

describe('the examples started by the main command', () => {
  it('serves the association website in Arabic, with the eight channels, and switches to English', async () => {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:5173/');
    await page
      .getByRole('heading', { name: 'جمعية مورد النسائية للابتكار وريادة الأعمال الاجتماعية' })
      .waitFor();
    expect(await page.locator('.site-channels li').count()).toBe(8);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Request support' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.close();
  });

  it('lets staff sign in with a printed key and see the queue', async () => {
    const keys = JSON.parse(readFileSync(join(data, 'staff-keys.json'), 'utf8')) as Record<string, string>;
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:5173/#/staff');
    await page.getByLabel('مفتاح الموظفة').fill(keys.relations_officer!);
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await page.getByRole('heading', { name: 'الطلبات', exact: true }).waitFor();
    expect(await page.getByText(/تم الدخول باسم/).textContent()).toContain('موظفة علاقات المستفيدات');
    await page.close();
  });

  it('embeds the forms on the partner page under its strict CSP', async () => {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:5174/');
    await page.getByRole('heading', { name: /الخطوة ١ من ٨/ }).waitFor();
    await page.getByRole('heading', { name: 'اطرحي سؤالكِ' }).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });

  it('answers an unknown survey link with a clear message', async () => {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:5175/survey/not-a-real-token');
    await page.getByText('رابط الاستبانة غير صالح أو انتهت صلاحيته.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });

  it('has zero axe violations on every example page, in Arabic and in English, and no Latin words in Arabic', async () => {
    const failures: string[] = [];
    const page = await browser.newPage();
    const latin = async (where: string) => {
      const words = await page.evaluate(latinWordsIn, { selector: 'body', allowed: LATIN_ALLOWED });
      if (words.length) failures.push(`${where}: Latin words ${words.join(' ')}`);
    };
    await page.goto('http://127.0.0.1:5173/');
    for (const locale of ['ar', 'en']) {
      if (locale === 'en') await page.getByRole('link', { name: 'English' }).click();
      for (const hash of ['#/', '#/apply', '#/status', '#/inquiry', '#/volunteer', '#/staff']) {
        await page.evaluate((h) => {
          location.hash = h;
        }, hash);
        await page.locator('main h1, main h2').first().waitFor();
        await page.waitForTimeout(100);
        for (const v of await axeViolations(page)) failures.push(`site ${locale} ${hash}: ${v}`);
        if (locale === 'ar') await latin(`site ${hash}`);
      }
    }
    for (const locale of ['ar', 'en']) {
      await page.goto('http://127.0.0.1:5174/');
      await page.locator('mord-support-request, mord-inquiry').evaluateAll((elements, value) => {
        for (const element of elements) element.setAttribute('locale', value);
      }, locale);
      await page.locator('mord-support-request h2, mord-support-request h3').first().waitFor();
      for (const v of await axeViolations(page)) failures.push(`partner ${locale}: ${v}`);
      if (locale === 'ar') await latin('partner');
    }
    await page.goto('http://127.0.0.1:5175/survey/not-a-real-token');
    await page.getByText('رابط الاستبانة غير صالح أو انتهت صلاحيته.').waitFor();
    for (const v of await axeViolations(page)) failures.push(`survey link: ${v}`);
    await latin('survey link');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
    expect(failures).toEqual([]);
  });

  it('sends staff keys and her requests only to the configured API: ?api= is ignored, nothing leaves for another origin', async () => {
    // A listener standing for an attacker's server: it must never be called.
    const hits: string[] = [];
    const attacker: Server = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      res
        .writeHead(200, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' })
        .end('{}');
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const evil = `http://127.0.0.1:${(attacker.address() as { port: number }).port}`;
    const keys = JSON.parse(readFileSync(join(data, 'staff-keys.json'), 'utf8')) as Record<string, string>;
    const page = await browser.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    try {
      await page.goto(`http://127.0.0.1:5173/?api=${encodeURIComponent(evil)}#/staff`);
      await page.getByLabel('مفتاح الموظفة').fill(keys.relations_officer!);
      await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
      await page.getByRole('heading', { name: 'الطلبات', exact: true }).waitFor();
      await page.goto(`http://127.0.0.1:5173/?api=${encodeURIComponent(evil)}#/status`);
      await page.getByRole('heading', { level: 1, name: 'متابعة طلب' }).waitFor();
      expect(hits).toEqual([]);
      expect([...origins].sort()).toEqual(['http://127.0.0.1:5173', 'http://127.0.0.1:8787']);
    } finally {
      await page.close();
      await new Promise((resolve) => attacker.close(resolve));
    }
  });

  it.each([
    ['association website', 'http://127.0.0.1:5173/'],
    ['partner page', 'http://127.0.0.1:5174/'],
    ['survey link', 'http://127.0.0.1:5175/survey/abc'],
  ])(
    'sends a strict CSP limited to the API, frame-ancestors and a Referrer-Policy on the %s, compressed',
    async (_name, url) => {
      const response = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self' http://127.0.0.1:8787;");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // Node's fetch decodes the body; the header says how it travelled.
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it('serves the site’s hashed assets compressed and cached for a year, and its home page without the wizard or the staff area', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto('http://127.0.0.1:5173/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const homeScripts = [...scripts];
    const asset = homeScripts.find((url) => /\/assets\/.+\.js$/.test(url))!;
    const response = await fetch(asset, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // Opening the wizard and the staff area loads chunks the home page did not.
    await page.goto('http://127.0.0.1:5173/#/apply');
    await page.getByRole('heading', { name: /الخطوة ١ من ٨/ }).waitFor();
    await page.goto('http://127.0.0.1:5173/#/staff');
    await page.getByLabel('مفتاح الموظفة').waitFor();
    expect(scripts.filter((url) => !homeScripts.includes(url)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it.each(['ar', 'en'] as const)(
    'gives every page of the site one h1 inside main, its title in %s, and noindex to staff and one-time links',
    async (locale) => {
      const page = await browser.newPage();
      for (const route of [
        '#/',
        '#/apply',
        '#/status',
        '#/inquiry',
        '#/volunteer',
        '#/staff',
        '#/survey/x',
        '#/sign/x',
      ]) {
        await page.goto(`http://127.0.0.1:5173/?lang=${locale}${route}`);
        await page.locator('main h1').first().waitFor();
        // While a page's chunk loads, React keeps the previous page hidden: wait until it is gone.
        await expect.poll(() => page.locator('h1').count(), { message: route }).toBe(1);
        expect(await page.locator('main h1').count(), route).toBe(1);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        const title = await page.title();
        expect(title).toContain(locale === 'ar' ? 'جمعية مورد' : 'Mord Women’s Association');
        const meta = await page.evaluate(() => ({
          robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
          description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
        }));
        const privatePage = ['#/staff', '#/survey/x', '#/sign/x'].includes(route);
        expect(meta.robots, route).toBe(privatePage ? 'noindex' : null);
        if (!privatePage) expect(meta.description, route).toBeTruthy();
      }
      // The navigation's links are at least 24 px tall.
      const heights = await page
        .locator('.site-nav a')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
      await page.close();
    },
  );
});
