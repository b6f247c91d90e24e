import { readFileSync } from 'node:fs';
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
    await page.getByRole('button', { name: 'English' }).click();
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
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
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
});
