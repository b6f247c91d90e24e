import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AVAILABILITY, surveyMessages, VERIFICATION_CHECKLIST, VOLUNTEER_AREAS } from '@mord/core';
import { type UiMessageKey, uiMessages } from '@mord/react';
import { createStaffKey, type RunningServer, startServer } from '@mord/server';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../../../scripts/lib/browser.mjs';

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
  copyFileSync(
    join(import.meta.dirname, '../dist/mord-survey.iife.js'),
    join(pageDir, 'mord-survey.iife.js'),
  );
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
    // This page is also a staff front end (assisted intake): the staff API must name its origin too.
    staffCorsOrigins: [site.url],
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
    'label { color: rgb(255, 0, 0) !important; } .mord-input { display: none !important; } mord-inquiry { --mord-accent: rgb(91, 42, 134); }',
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
    const errors: unknown[] = [];
    (window as unknown as { errors: unknown[] }).errors = errors;
    document.addEventListener('mord-error', (e) => errors.push((e as CustomEvent).detail));
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
    // Only the theme variables cross the shadow boundary.
    expect(
      await page
        .getByRole('button', { name: 'إرسال' })
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(91, 42, 134)');
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

  it('runs the survey-only bundle on a phone-sized page: answers once, then says the link was used', async () => {
    const [officer, committee] = await Promise.all([
      createStaffKey(api.store, 'relations_officer', 'officer'),
      createStaffKey(api.store, 'committee', 'committee'),
    ]);
    const { exampleSupportRequestSubmission } = await import('@mord/core');
    const receipt = await (
      await fetch(`${api.url}/v1/forms/support-request/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'embed-survey-1' },
        body: JSON.stringify(await exampleSupportRequestSubmission()),
      })
    ).json();
    for (const [key, to] of [
      [officer, 'verifying'],
      [officer, 'in_committee'],
      [committee, 'accepted'],
      [officer, 'registered'],
      [officer, 'service_delivered'],
    ]) {
      if (to === 'in_committee')
        await fetch(`${api.url}/v1/staff/requests/${receipt.reference}/checklist`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            checklist: Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
          }),
        });
      const moved = await fetch(`${api.url}/v1/staff/requests/${receipt.reference}/transitions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to }),
      });
      expect(moved.status).toBe(200);
    }
    const { token } = await (
      await fetch(`${api.url}/v1/staff/requests/${receipt.reference}/survey-invitations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer}` },
      })
    ).json();
    writeFileSync(
      join(pageDir, 'survey.html'),
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>استبانة</title></head><body>
<mord-satisfaction-survey endpoint="${api.url}" token="${token}"></mord-satisfaction-survey>
<script src="mord-survey.iife.js"></script></body></html>`,
    );
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.url}/survey.html`);
    await page.getByText(/حقٌّ من حقوقكِ/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('radio', { name: /^٥ — / }).first().check();
    await page.getByRole('radio', { name: /^٧ — / }).first().check();
    await page
      .getByRole('radio', { name: /^١٠ — / })
      .first()
      .check();
    await page.getByRole('button', { name: 'إرسال' }).click();
    await page.getByText('شكرًا لرأيكِ، فهو يساعدنا على تحسين خدمتنا.').waitFor();
    await page.reload();
    await page.getByText(/استُخدم رابط الاستبانة من قبل/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });

  it.each(['ar', 'en'] as const)(
    'assisted mode (%s): shows nothing and reports forbidden without a staff key, then opens the staff API cross-origin with the key set as a property',
    async (locale) => {
      writeFileSync(
        join(pageDir, `assisted-${locale}.html`),
        `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Branch</title></head><body>
<mord-support-request id="assisted" endpoint="${api.url}" locale="${locale}" mode="assisted" channel="interview" namespace="assisted-${locale}"></mord-support-request>
<script src="mord-embed.iife.js"></script></body></html>`,
      );
      const key = await createStaffKey(api.store, 'relations_officer', 'منيرة', 'riyadh-north');
      const page = await browser.newPage();
      await page.goto(`${site.url}/assisted-${locale}.html`);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { errors: { code: string }[] }).errors))
        .toContainEqual({ code: 'forbidden', queued: false });
      expect(await page.locator('mord-support-request form').count()).toBe(0);
      // The key stays out of the markup: a property set by the page's own sign-in code.
      await page.evaluate((k) => {
        (document.getElementById('assisted') as HTMLElement & { staffKey: string }).staffKey = k;
      }, key);
      const banner = page.locator('mord-support-request .mord-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('منيرة');
      expect(await page.locator('#assisted').getAttribute('staffkey')).toBeNull();
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
        [],
      );
      await page.close();
    },
  );

  it('mounts, updates and unmounts a form from JavaScript with MordEmbed.mount', async () => {
    writeFileSync(
      join(pageDir, 'mount.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mount</title></head><body>
<div id="slot"></div><script src="mord-embed.iife.js"></script><script src="mount.js"></script></body></html>`,
    );
    writeFileSync(
      join(pageDir, 'mount.js'),
      `window.mounted = MordEmbed.mount(document.getElementById('slot'), { form: 'mord-volunteer', endpoint: ${JSON.stringify(api.url)}, locale: 'en' });`,
    );
    const page = await browser.newPage();
    await page.goto(`${site.url}/mount.html`);
    await page.getByRole('heading', { name: 'Volunteer with us' }).waitFor();
    expect(
      await page.evaluate(() => Object.keys((window as unknown as { MordEmbed: object }).MordEmbed).sort()),
    ).toEqual(['define', 'mount']);
    await page.evaluate(() =>
      (window as unknown as { mounted: { update(c: object): void } }).mounted.update({ locale: 'ar' }),
    );
    await page.getByRole('heading', { name: 'تطوعي معنا' }).waitFor();
    expect(await page.locator('mord-volunteer .mord').getAttribute('dir')).toBe('rtl');
    await page.evaluate(() => (window as unknown as { mounted: { unmount(): void } }).mounted.unmount());
    expect(await page.locator('mord-volunteer').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await page.close();
  });

  const ar = uiMessages.ar;
  const label = (key: UiMessageKey) => new RegExp(`^${ar[key].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const FORMS = {
    inquiry: {
      element: 'mord-inquiry',
      sent: 'inquiry.sent' as const,
      consent: 'field.consents.inquiry' as const,
      async fill(page: Page) {
        await page.getByLabel(label('field.name')).fill('هند العتيبي');
        await page.getByLabel(label('field.mobile')).fill('٠٥٥١٢٣٤٥٦٧');
        await page.getByLabel(label('field.topic')).selectOption('services');
        await page.getByLabel(label('field.message')).fill('ما الخدمات المتاحة للأسر المنتجة؟');
      },
    },
    volunteer: {
      element: 'mord-volunteer',
      sent: 'volunteer.sent' as const,
      consent: 'field.consents.volunteer' as const,
      async fill(page: Page) {
        await page.getByLabel(label('field.name')).fill('هند عبد الله العتيبي');
        await page.getByLabel(label('field.idNumber')).fill('١٠٠٠٠٠٠٠٠٨');
        await page.getByLabel(ar['date.day'], { exact: true }).fill('١٤');
        await page.getByLabel(ar['date.month'], { exact: true }).selectOption('3');
        await page.getByLabel(ar['date.year'], { exact: true }).fill('١٩٩٥');
        await page.getByLabel(label('field.mobile')).fill('٠٥٥١٢٣٤٥٦٧');
        await page.getByLabel(label('field.region')).selectOption('riyadh');
        await page.getByLabel(label('field.city')).fill('الرياض');
        await page.getByLabel(label('field.education')).selectOption('bachelor');
        await page.getByRole('checkbox', { name: VOLUNTEER_AREAS[0]!.label.ar, exact: true }).check();
        await page.getByRole('checkbox', { name: AVAILABILITY[0]!.label.ar, exact: true }).check();
        await page.getByLabel(label('field.hoursPerMonth')).fill('١٠');
      },
    },
  };

  it.each(['inquiry', 'volunteer'] as const)(
    'keeps a %s sent offline in the outbox, then shows its reference, fires mord-submitted once and clears the draft',
    async (form) => {
      const { element, sent, fill, consent } = FORMS[form];
      writeFileSync(
        join(pageDir, `offline-${form}.html`),
        `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Offline</title></head><body>
<${element} endpoint="${api.url}" locale="ar" namespace="offline-${form}"></${element}>
<script src="mord-embed.iife.js"></script></body></html>`,
      );
      const references = async () =>
        (await api.store.repository.listRequests({ form })).map((r) => r.reference);
      const count = async () => (await references()).length;
      const earlier = await references();
      const before = earlier.length;
      const page = await browser.newPage();
      await page.route(`${api.url}/**`, (route) => route.abort('internetdisconnected'));
      await page.goto(`${site.url}/offline-${form}.html`);
      await fill(page);
      await page.getByRole('checkbox', { name: label(consent) }).check();
      await page.getByRole('button', { name: ar['common.submit'], exact: true }).click();
      await page.getByText(ar['submit.queued']).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { errors: unknown[] }).errors)).toEqual([
        { code: 'unavailable', queued: true },
      ]);
      expect(await count()).toBe(before);
      // Back online, the outbox delivers; the page that sent it confirms with her reference.
      await page.unroute(`${api.url}/**`);
      await browser.setOffline(true);
      await browser.setOffline(false);
      await expect.poll(count, { timeout: 10_000 }).toBe(before + 1);
      const stored = (await references()).filter((r) => !earlier.includes(r));
      const shown = new RegExp(ar[sent].replace('{reference}', '([A-Z0-9-]+)').replace(/[.!]/g, '\\$&'));
      await page.getByText(shown).waitFor();
      const reference = shown.exec((await page.getByText(shown).textContent()) ?? '')?.[1];
      expect(stored).toEqual([reference]);
      const submitted = () =>
        page.evaluate(() => (window as unknown as { submitted: { reference: string }[] }).submitted);
      expect((await submitted()).map((detail) => detail.reference)).toEqual([reference]);
      // After a reload: no draft comes back and nothing is sent a second time.
      await page.reload();
      await page.getByRole('button', { name: ar['common.submit'], exact: true }).waitFor();
      await page.waitForTimeout(500);
      expect(await page.getByText(ar['draft.restored']).count()).toBe(0);
      expect(await page.getByLabel(label('field.name')).inputValue()).toBe('');
      expect(await submitted()).toEqual([]);
      expect(await count()).toBe(before + 1);
      await page.close();
    },
  );

  it.each([
    ['ar', 'اطرحي سؤالكِ', 'إرسال'],
    ['en', 'Ask a question', 'Submit'],
  ] as const)(
    'shows the integrator wording from the messages attribute as text, and reports invalid JSON (%s)',
    async (locale, builtInTitle, builtInSend) => {
      const messages = {
        ar: { 'inquiry.title': '<img src=x onerror="window.ran=1">سؤال للجمعية', 'survey.x': 1 },
        en: { 'inquiry.title': '<img src=x onerror="window.ran=1">A question for us' },
      };
      writeFileSync(
        join(pageDir, `wording-${locale}.html`),
        `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Wording</title></head><body>
<mord-inquiry id="custom" endpoint="${api.url}" locale="${locale}" namespace="wording-${locale}"></mord-inquiry>
<mord-satisfaction-survey id="survey" endpoint="${api.url}" locale="${locale}"></mord-satisfaction-survey>
<script src="mord-embed.iife.js"></script></body></html>`,
      );
      const page = await browser.newPage();
      await page.goto(`${site.url}/wording-${locale}.html`);
      await page.getByRole('heading', { name: builtInTitle }).waitFor();
      await page.evaluate(
        ([json, intro]) => {
          document.getElementById('custom')!.setAttribute('messages', json!);
          document.getElementById('survey')!.setAttribute('messages', intro!);
        },
        [
          JSON.stringify(messages),
          JSON.stringify({ ar: { intro: 'رأيكِ يهمنا' }, en: { intro: 'Your view matters' } }),
        ],
      );
      await page.getByRole('heading', { name: messages[locale]['inquiry.title'] }).waitFor();
      await page.getByText(locale === 'ar' ? 'رأيكِ يهمنا' : 'Your view matters').waitFor();
      expect(await page.locator('mord-inquiry img').count()).toBe(0);
      // Keys left out keep the built-in wording.
      expect(await page.locator('mord-inquiry').getByRole('button', { name: builtInSend }).count()).toBe(1);
      // JSON that is not an object of locales: reported, and the built-in wording comes back.
      await page.evaluate(() => document.getElementById('custom')!.setAttribute('messages', '{"ar": '));
      await page.getByRole('heading', { name: builtInTitle }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { errors: unknown[] }).errors)).toEqual([
        { code: 'invalid_messages' },
      ]);
      expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
        [],
      );
      await page.close();
    },
  );
});

describe('a partner page whose own settings stop every call to the server', () => {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  it.each([
    ['csp', 'ar'],
    ['csp', 'en'],
    ['cors', 'ar'],
    ['cors', 'en'],
  ] as const)(
    '(%s, %s) says it cannot reach the association, fires mord-error, never promises a later delivery; the survey offers a retry',
    async (cause, locale) => {
      const ui = uiMessages[locale];
      const survey = surveyMessages[locale];
      // CSP: the page's connect-src lacks the server. CORS: the page is on an origin the server does not list.
      const other = await serveStatic(pageDir, () => ({
        'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'${cause === 'cors' ? ` ${api.url}` : ''}`,
      }));
      const file = `unreachable-${cause}-${locale}.html`;
      writeFileSync(
        join(pageDir, file),
        `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Partner</title></head><body>
<mord-inquiry endpoint="${api.url}" locale="${locale}" namespace="${file}"></mord-inquiry>
<mord-satisfaction-survey endpoint="${api.url}" locale="${locale}"></mord-satisfaction-survey>
<script src="mord-embed.iife.js"></script></body></html>`,
      );
      const before = (await api.store.repository.listRequests({ form: 'inquiry' })).length;
      const page = await browser.newPage();
      try {
        await page.goto(`${other.url}/${file}`);
        const errors = () => page.evaluate(() => (window as unknown as { errors: unknown[] }).errors);
        // Said at once, before she types anything.
        await page.locator('mord-inquiry').getByText(ui['submit.unreachable']).waitFor();
        await page.locator('mord-satisfaction-survey').getByText(survey['ui.loadFailed']).waitFor();
        await expect
          .poll(errors)
          .toEqual(
            expect.arrayContaining([{ code: 'endpoint_unreachable' }, { code: 'endpoint_unreachable' }]),
          );
        if (cause === 'csp')
          expect(
            await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
          ).toContainEqual(expect.stringContaining(api.url));

        // The survey tries again when asked, and says the same.
        await page
          .locator('mord-satisfaction-survey')
          .getByRole('button', { name: survey['ui.retry'] })
          .click();
        await page.locator('mord-satisfaction-survey').getByText(survey['ui.loadFailed']).waitFor();

        // She fills and sends anyway: told the same, her answers kept, nothing claimed to be saved for later.
        const inquiry = page.locator('mord-inquiry');
        const label = (key: UiMessageKey) => new RegExp(`^${literal(ui[key])}`);
        await inquiry.getByLabel(label('field.name')).fill('هند العتيبي');
        await inquiry.getByLabel(label('field.mobile')).fill('٠٥٥١٢٣٤٥٦٧');
        await inquiry.getByLabel(label('field.topic')).selectOption('services');
        await inquiry.getByLabel(label('field.message')).fill('ما الخدمات المتاحة للأسر المنتجة؟');
        await inquiry.getByRole('checkbox', { name: label('field.consents.inquiry') }).check();
        const count = (await errors()).length;
        await inquiry.getByRole('button', { name: ui['common.submit'], exact: true }).click();
        await expect
          .poll(async () => (await errors()).slice(count))
          .toEqual([{ code: 'endpoint_unreachable', queued: false }]);
        // Above the form and under it; sending again is hers to do, with the same button.
        await expect.poll(() => inquiry.getByText(ui['submit.unreachable']).count()).toBe(2);
        expect(
          await inquiry.getByRole('button', { name: ui['common.submit'], exact: true }).isEnabled(),
        ).toBe(true);
        expect(await inquiry.getByText(ui['submit.queued']).count()).toBe(0);
        expect(await inquiry.getByLabel(label('field.name')).inputValue()).toBe('هند العتيبي');
        expect(await api.store.repository.listRequests({ form: 'inquiry' })).toHaveLength(before);
      } finally {
        await page.close();
        await other.close();
      }
    },
  );
});
