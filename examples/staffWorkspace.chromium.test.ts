import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_ASSOCIATION_CONFIG,
  exampleInquirySubmission,
  exampleSupportRequestSubmission,
  formatMessage as format,
  getStatusText,
  isolate,
  type Locale,
  type Receipt,
  type RequestState,
  rejectionReasons,
} from '@mord/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceMessages as uiMessages } from '../packages/react/src/i18n/staffMessages';
import { siteMessages } from './association-site/src/siteMessages';
import { axeViolations } from './axeViolations';
import { startExamples } from './startExamples';

const API = 'http://127.0.0.1:8787';
const SITE = 'http://127.0.0.1:5173/';
let data: string;
let browser: BrowserContext;
let examples: Awaited<ReturnType<typeof startExamples>>;

beforeAll(async () => {
  examples = await startExamples();
  data = examples.data;
  browser = examples.browser;
}, 120_000);

afterAll(() => examples?.stop());

const staffKey = (role: string) =>
  (JSON.parse(readFileSync(join(data, 'staff-keys.json'), 'utf8')) as Record<string, string>)[role]!;

/** A request taken by a relations officer through the staff route, by phone or letter, on her attestation. */
async function takenRemotely(channel: 'phone' | 'letter', locale: Locale, key: string): Promise<Receipt> {
  const { declaration: _she_signs_later, ...payload } = await exampleSupportRequestSubmission({ locale });
  const response = await fetch(`${API}/v1/staff/forms/support-request/submissions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${staffKey('relations_officer')}`,
      'idempotency-key': key,
    },
    body: JSON.stringify({ ...payload, channel, assisted: { attest: true } }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Receipt;
}

/** Signs in to the staff area in the locale, and opens a request when one is given. */
async function signIn(role: string, locale: Locale, reference?: string): Promise<Page> {
  const site = siteMessages[locale];
  const page = await browser.newPage();
  await page.goto(`${SITE}#/staff`);
  if (locale === 'en') await page.getByRole('link', { name: 'English' }).click();
  await page.getByLabel(site.staffKey).fill(staffKey(role));
  await page.getByRole('button', { name: site.signIn, exact: true }).click();
  await page.getByRole('heading', { name: site.queue, exact: true }).waitFor();
  if (reference) {
    await page.getByRole('button', { name: new RegExp(reference) }).click();
    await page
      .getByRole('heading', { name: format(uiMessages[locale]['staff.review'], { reference }) })
      .waitFor();
  }
  return page;
}

const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe.each(['ar', 'en'] as const)('the staff workspace in Chromium (%s)', (locale) => {
  const m = uiMessages[locale];

  it('takes a request by phone that waits for her signature; she signs through the link; then it goes back to her for a document', async () => {
    const receipt = await takenRemotely('phone', locale, `workspace-phone-${locale}-${Date.now()}`);
    const officer = await signIn('relations_officer', locale, receipt.reference);
    const panel = officer.getByRole('region', { name: m['signing.waiting'] });
    await panel.getByRole('button', { name: m['signing.createLink'] }).click();
    const link = (await panel.locator('.mord-key').textContent())!;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#\/sign\/.+/);
    expect(await axeViolations(officer)).toEqual([]);

    // She opens the link (on her phone), reads her request and signs it.
    const her = await browser.newPage();
    await her.setViewportSize({ width: 360, height: 800 });
    await her.goto(link);
    if (locale === 'en') await her.getByRole('link', { name: 'English' }).click();
    await her.getByText(m['sign.intro']).waitFor();
    await her.getByRole('checkbox', { name: m['declaration.acknowledge'] }).check();
    await her.getByLabel(m['declaration.signerName']).fill('فاطمة عبد الله محمد القحطاني');
    await her.getByRole('radio', { name: m['declaration.typed'] }).check();
    expect(await axeViolations(her)).toEqual([]);
    await her.getByRole('button', { name: m['sign.submit'] }).click();
    await her.getByText(format(m['sign.done'], { reference: receipt.reference })).waitFor();
    expect(await cspViolations(her)).toEqual([]);
    await her.close();

    // Signed: the officer sees it verified, checks it, and sends it back for a missing document.
    await officer.reload();
    const again = await signIn('relations_officer', locale, receipt.reference);
    await officer.close();
    await again.getByText(m['staff.verified']).waitFor();
    expect(await again.getByRole('region', { name: m['signing.waiting'] }).count()).toBe(0);
    await again
      .getByRole('button', { name: format(m['staff.moveTo'], { state: stateTitle('verifying', locale) }) })
      .click();
    const family = DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'family_card')!.label[locale];
    const missing = again.getByRole('group', { name: m['staff.missing'] });
    await missing.getByRole('checkbox', { name: family, exact: true }).check();
    await again.getByLabel(m['staff.note']).fill('سجل الأسرة غير واضح');
    await again
      .getByRole('button', {
        name: format(m['staff.moveTo'], { state: stateTitle('needs_information', locale) }),
      })
      .click();
    await again.locator('.mord-review-staff[data-state="needs_information"]').waitFor();
    expect(await again.locator('.mord-history li').last().textContent()).toContain(family);
    expect(await axeViolations(again)).toEqual([]);
    await again.close();
  });

  it('prints a letter request for her signature with its code and QR, and records the paper signature by that code', async () => {
    const receipt = await takenRemotely('letter', locale, `workspace-letter-${locale}-${Date.now()}`);
    const officer = await signIn('relations_officer', locale, receipt.reference);
    const panel = officer.getByRole('region', { name: m['signing.waiting'] });
    await panel.getByRole('button', { name: m['signing.print'] }).click();
    const copy = officer.locator('.mord-print');
    await copy.waitFor();
    expect(await copy.locator('svg.mord-qr path').getAttribute('d')).toMatch(/^M\d/);
    const code = (await copy.locator('.mord-key').textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await axeViolations(officer)).toEqual([]);
    // Typed as read from the paper: lower case, a space for the dash.
    await panel.getByLabel(m['signing.code']).fill(code.toLowerCase().replace('-', ' '));
    await panel.getByRole('button', { name: m['signing.record'] }).click();
    await officer
      .getByText(format(m['signing.wet'], { name: isolate('منيرة (علاقات المستفيدات)') }))
      .waitFor();
    await officer.getByText(m['staff.verified']).waitFor();
    expect(await cspViolations(officer)).toEqual([]);
    await officer.close();
  });

  it('the committee asks her for more information, then rejects with a reason she reads', async () => {
    const submitted = await fetch(`${API}/v1/forms/support-request/submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `workspace-committee-${locale}-${Date.now()}`,
      },
      body: JSON.stringify(await exampleSupportRequestSubmission({ locale })),
    });
    const receipt = (await submitted.json()) as Receipt;
    const asOfficer = (path: string, body: unknown, method = 'POST') =>
      fetch(`${API}/v1/staff/requests/${receipt.reference}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${staffKey('relations_officer')}`,
        },
        body: JSON.stringify(body),
      });
    const toCommittee = async () => {
      expect((await asOfficer('/transitions', { to: 'verifying' })).status).toBe(200);
      const checklist = Object.fromEntries(
        DEFAULT_ASSOCIATION_CONFIG.checklist.map((item) => [item.id, true]),
      );
      expect((await asOfficer('/checklist', { checklist }, 'PUT')).status).toBe(200);
      expect((await asOfficer('/transitions', { to: 'in_committee' })).status).toBe(200);
    };
    await toCommittee();
    const committee = await signIn('committee', locale, receipt.reference);
    const lease = DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'lease_contract')!.label[locale];
    await committee
      .getByRole('group', { name: m['staff.missing'] })
      .getByRole('checkbox', { name: lease, exact: true })
      .check();
    await committee.getByRole('button', { name: m['staff.action.askInformation'], exact: true }).click();
    await committee.locator('.mord-review-staff[data-state="needs_information"]').waitFor();
    await committee.close();
    // She sends it; the officer checks it again and the committee decides.
    await toCommittee();
    const decision = await signIn('committee', locale, receipt.reference);
    const reason = rejectionReasons(DEFAULT_ASSOCIATION_CONFIG)[0]!;
    await decision.getByLabel(m['staff.reason']).selectOption({ label: reason.label[locale] });
    expect(await axeViolations(decision)).toEqual([]);
    await decision.getByRole('button', { name: m['staff.action.rejected'], exact: true }).click();
    await decision.locator('.mord-review-staff[data-state="rejected"]').waitFor();
    expect(await decision.locator('.mord-history li').last().textContent()).toContain(reason.label[locale]);
    await decision.close();
    const status = await (
      await fetch(`${API}/v1/requests/${receipt.reference}`, {
        headers: { authorization: `Bearer ${receipt.accessToken}` },
      })
    ).json();
    expect(status.history.at(-1)).toMatchObject({ state: 'rejected', reason: reason.id });
  });

  it('answers an inquiry and closes it; the report shows labelled figures, the trend and her comment', async () => {
    const inquiry = await fetch(`${API}/v1/forms/inquiry/submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `workspace-inquiry-${locale}-${Date.now()}`,
      },
      body: JSON.stringify(
        exampleInquirySubmission(
          {
            name: 'هند العتيبي',
            mobile: '0551234567',
            preferredContact: 'phone',
            topic: 'complaint',
            message: 'لم يتصل بي أحد بعد زيارتي للفرع.',
            channel: 'website',
          },
          locale,
        ),
      ),
    });
    const { reference } = (await inquiry.json()) as Receipt;
    const officer = await signIn('relations_officer', locale, reference);
    await officer.getByLabel(m['staff.answer']).fill('نعتذر منكِ، ستتصل بكِ المشرفة غدًا.');
    await officer
      .getByRole('button', { name: format(m['staff.moveTo'], { state: stateTitle('closed', locale) }) })
      .click();
    await officer.locator('.mord-review-staff[data-state="closed"]').waitFor();
    expect(await officer.locator('.mord-history li').last().textContent()).toContain('ستتصل بكِ المشرفة غدًا');
    await officer.close();

    // An answer to the open survey, with a comment, so the report has figures of its own.
    const comment = `الخدمة ممتازة ${locale} ${Date.now()}`;
    const survey = (await (await fetch(`${API}/v1/surveys/general`)).json()) as { nonce: string };
    const answered = await fetch(`${API}/v1/surveys/general/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        answers: { csat: 5, ces: 6, nps: 9 },
        comment,
        anonymous: true,
        nonce: survey.nonce,
      }),
    });
    expect(answered.status).toBe(201);
    const admin = await signIn('admin', locale);
    await admin.getByRole('button', { name: siteMessages[locale].report }).click();
    await admin.getByRole('heading', { name: m['report.trend'] }).waitFor();
    expect(await admin.locator('figure figcaption').allTextContents()).toContain(
      `${m['report.csat']} — ${m['report.distribution']}`,
    );
    // The chart writes its figures: axis values under the bars and counts above them.
    expect(await admin.locator('figure svg text').count()).toBeGreaterThan(5);
    await admin.getByText(comment).waitFor();
    expect(await admin.getByRole('link', { name: m['report.csv'] }).getAttribute('href')).toMatch(
      /^data:text\/csv/,
    );
    expect(await axeViolations(admin)).toEqual([]);
    expect(await cspViolations(admin)).toEqual([]);
    await admin.close();
  });
});

const stateTitle = (state: RequestState, locale: Locale) => getStatusText(state, locale).title;
