import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  CONTACT_METHODS,
  DEFAULT_ASSOCIATION_CONFIG,
  DEFAULT_REJECTION_REASONS,
  exampleSupportRequestSubmission,
  getStatusText,
  missingDocumentsMessage,
  notificationTemplates,
  type Receipt,
  type RequestState,
  SOCIAL_SECURITY_STATUSES,
  SUPPORT_TYPES,
  surveyMessages,
  VERIFICATION_CHECKLIST,
} from '@mord/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceMessages as uiMessages } from '../packages/react/src/i18n/staffMessages';
import { moveLabel } from '../packages/react/src/staff/RequestActions';
import { siteMessages } from './association-site/src/siteMessages';
import { startExamples } from './startExamples';

const API = 'http://127.0.0.1:8787';
let data: string;
let browser: BrowserContext;
let reference = '';

let examples: Awaited<ReturnType<typeof startExamples>>;

beforeAll(async () => {
  examples = await startExamples();
  data = examples.data;
  browser = examples.browser;
  writeFileSync(join(data, 'id.pdf'), '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
}, 120_000);

afterAll(() => examples?.stop());

async function draw(page: Page) {
  const canvas = page.locator('mord-support-request canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 80);
  await page.mouse.down();
  for (let i = 0; i < 30; i++)
    await page.mouse.move(box.x + 30 + i * 10, box.y + 80 + Math.round(Math.sin(i / 2) * 40), { steps: 3 });
  await page.mouse.up();
}

function staffKey(role: string): string {
  return (JSON.parse(readFileSync(join(data, 'staff-keys.json'), 'utf8')) as Record<string, string>)[role]!;
}

/** Signs in to the staff area in a new page and opens a request (by default the journey's). */
async function openAsStaff(
  role: string,
  openRequest: string | false = reference,
  locale: Locale = 'ar',
): Promise<Page> {
  const site = siteMessages[locale];
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:5173/#/staff');
  if (locale === 'en') await page.getByRole('link', { name: 'English' }).click();
  await page.getByLabel(site.staffKey).fill(staffKey(role));
  await page.getByRole('button', { name: site.signIn, exact: true }).click();
  await page.getByRole('heading', { name: site.queue, exact: true }).waitFor();
  if (openRequest) {
    await page.getByRole('button', { name: new RegExp(openRequest) }).click();
    await page
      .getByRole('heading', { name: format(uiMessages[locale]['staff.review'], { reference: openRequest }) })
      .waitFor();
  }
  return page;
}

/** The button of a move, as the staff review labels it (an action for the committee and referrals). */
function moveButton(page: Page, from: RequestState, to: RequestState, locale: Locale) {
  const label = moveLabel(from, to);
  const text = uiMessages[locale][label.key];
  const name = label.params ? format(text, { state: getStatusText(label.params.state, locale).title }) : text;
  return page.getByRole('button', { name, exact: true });
}

async function move(page: Page, to: RequestState, locale: Locale = 'ar', from?: RequestState) {
  const current =
    from ?? ((await page.locator('.mord-review-staff').getAttribute('data-state')) as RequestState);
  const button = moveButton(page, current, to, locale);
  await button.click();
  await button.waitFor({ state: 'detached' });
}

/** The researcher records her study and forwards the request to the committee. */
async function studyAndForward(page: Page, locale: Locale, findings: string) {
  const m = uiMessages[locale];
  const study = page.getByRole('group', { name: m['staff.study'], exact: true });
  await study.getByLabel(m['staff.findings']).fill(findings);
  await study.getByRole('radio', { name: m['staff.recommendation.accept'] }).check();
  await move(page, 'in_committee', locale);
}

/**
 * The staff side, each role with its own key in the staff area: the officer sees the declaration verified,
 * ticks the checklist and refers the request to the researcher, who sends it to the committee; the committee
 * accepts; the officer registers it, records the service and creates a survey invitation, whose link is returned.
 */
async function staffWorkflow(ref: string, locale: Locale): Promise<string> {
  const m = uiMessages[locale];
  const checklist = (page: Page) =>
    page.getByRole('group', { name: m['staff.checklist'] }).getByRole('checkbox');
  const officer = await openAsStaff('relations_officer', ref, locale);
  await officer.getByText(m['staff.verified']).waitFor();
  await move(officer, 'verifying', locale);
  for (const box of await checklist(officer).all()) await box.check();
  await officer.getByRole('button', { name: m['staff.saveChecklist'] }).click();
  // Referred by name, with the question to study.
  const referral = officer.getByRole('group', { name: m['staff.referral'] });
  await referral.getByLabel(m['staff.researcher']).selectOption({ label: 'هيفاء (البحث الاجتماعي)' });
  await referral.getByLabel(m['staff.question']).fill('هل السكن مستأجر كما في العقد؟');
  await move(officer, 'with_social_researcher', locale);
  await officer.close();

  const researcher = await openAsStaff('social_researcher', ref, locale);
  await researcher.getByText('هل السكن مستأجر كما في العقد؟').waitFor();
  await studyAndForward(researcher, locale, 'زيارة منزلية: السكن مستأجر والعقد ساري.');
  await researcher.close();
  // The committee asks for a home visit before it decides.
  const committee = await openAsStaff('committee', ref, locale);
  await committee.getByText('زيارة منزلية: السكن مستأجر والعقد ساري.').waitFor();
  await committee.getByLabel(m['staff.question']).fill('التحقق من عدد أفراد الأسرة');
  await move(committee, 'with_social_researcher', locale);
  await committee.close();
  const visit = await openAsStaff('social_researcher', ref, locale);
  await studyAndForward(visit, locale, 'الأسرة خمسة أفراد كما في السجل.');
  await visit.close();
  const decision = await openAsStaff('committee', ref, locale);
  await move(decision, 'accepted', locale);
  await decision.close();

  const registration = await openAsStaff('relations_officer', ref, locale);
  // The checklist was saved: every item is still ticked.
  const items = await checklist(registration).count();
  expect(items).toBeGreaterThan(0);
  expect(
    await registration.getByRole('group', { name: m['staff.checklist'] }).locator('input:checked').count(),
  ).toBe(items);
  await move(registration, 'registered', locale);
  await move(registration, 'service_delivered', locale);
  await registration.getByRole('button', { name: m['staff.surveyInvite'] }).click();
  const link = (await registration
    .getByRole('status')
    .filter({ hasText: format(m['staff.surveyLink'], { url: '' }).trim() })
    .locator('bdi')
    .textContent())!;
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:5175\/survey\/.+/);
  await registration.close();
  return link;
}

/** Checks a request on the association's website, as the beneficiary, and waits for the state's text. */
async function checkStatus(
  page: Page,
  locale: Locale,
  codes: { reference: string; token: string },
  state: RequestState,
) {
  const m = uiMessages[locale];
  await page.goto('http://127.0.0.1:5173/#/status');
  if (locale === 'en') await page.getByRole('link', { name: 'English' }).click();
  await page.getByLabel(m['status.reference']).fill(codes.reference);
  await page.getByLabel(m['status.token']).fill(codes.token);
  await page.getByRole('button', { name: m['status.check'], exact: true }).click();
  await page.getByRole('heading', { name: m['status.current'] }).waitFor();
  await page.getByText(getStatusText(state, locale).title).first().waitFor();
  await page.getByText(getStatusText(state, locale).description).first().waitFor();
}

async function submitExample(
  key: string,
  mutate?: NonNullable<Parameters<typeof exampleSupportRequestSubmission>[0]>['mutate'],
  locale: Locale = 'ar',
): Promise<Receipt> {
  const response = await fetch(`${API}/v1/forms/support-request/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(await exampleSupportRequestSubmission({ mutate, locale })),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Receipt;
}

async function countRequests(): Promise<number> {
  const response = await fetch(`${API}/v1/staff/requests?form=support-request`, {
    headers: { authorization: `Bearer ${staffKey('admin')}` },
  });
  return ((await response.json()) as unknown[]).length;
}

/** How many survey answers the server holds (the satisfaction summary's count). */
async function responseCount(): Promise<number> {
  const response = await fetch(`${API}/v1/staff/metrics/satisfaction`, {
    headers: { authorization: `Bearer ${staffKey('admin')}` },
  });
  return ((await response.json()) as { n: number }).n;
}

type Locale = 'ar' | 'en';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);
const digits = (locale: Locale, n: number | string) =>
  locale === 'ar' ? String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) : String(n);
function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** The partner page's support request, shown in the given locale (the page itself is Arabic). */
async function partnerForm(page: Page, locale: Locale) {
  const form = page.locator('mord-support-request');
  await form.evaluate((element, value) => element.setAttribute('locale', value), locale);
  return form;
}

/**
 * Fills the whole support request on the partner page as a beneficiary would, typing numbers in the locale's
 * digits, picking a Hijri date of birth, adding two household members and an attachment, and signing; with
 * `email`, she asks to be contacted by e-mail.
 */
async function fillSupportRequest(page: Page, locale: Locale, email?: string) {
  const m = uiMessages[locale];
  const form = await partnerForm(page, locale);
  const label = (key: keyof typeof m) => startsWith(m[key]);
  const next = async (step: number) => {
    await form.getByRole('button', { name: m['common.next'], exact: true }).click();
    const progress = format(m['wizard.progress'], {
      current: digits(locale, step),
      total: digits(locale, 8),
    });
    await form.getByRole('heading', { name: startsWith(progress.split(':')[0]!) }).waitFor();
  };
  await form
    .getByRole('heading', {
      name: startsWith(
        format(m['wizard.progress'], { current: digits(locale, 1), total: digits(locale, 8) }).split(':')[0]!,
      ),
    })
    .waitFor();
  await form.getByLabel(label('field.firstName')).fill('فاطمة');
  await form.getByLabel(label('field.fatherName')).fill('عبد الله');
  await form.getByLabel(label('field.grandfatherName')).fill('محمد');
  await form.getByLabel(label('field.familyName')).fill('القحطاني');
  await form.getByLabel(label('field.idNumber')).fill(digits(locale, '1000000008'));
  await form.getByLabel(m['date.day'], { exact: true }).fill(digits(locale, 1));
  await form.getByLabel(m['date.month'], { exact: true }).selectOption('7');
  await form.getByLabel(m['date.year'], { exact: true }).fill(digits(locale, 1405));
  await form.getByText(startsWith(m['date.equivalent'].split('{')[0]!.trim())).waitFor();
  await form.getByLabel(label('field.maritalStatus')).selectOption('widowed');
  await form.getByLabel(label('field.education')).selectOption('secondary');
  await form.getByLabel(label('field.employment')).selectOption('unemployed');
  await next(2);
  await form.getByLabel(label('field.mobile')).fill(digits(locale, '0551234567'));
  if (email) {
    await form.getByRole('textbox', { name: label('field.email') }).fill(email);
    await form
      .getByRole('radio', { name: CONTACT_METHODS.find((c) => c.id === 'email')!.label[locale] })
      .check();
  }
  await form.getByLabel(label('field.region')).selectOption('riyadh');
  await form.getByLabel(label('field.city')).fill('الرياض');
  await form.getByLabel(label('field.district')).fill('النسيم');
  await next(3);
  await form.getByLabel(label('field.housingType')).selectOption('apartment');
  await form.getByLabel(label('field.ownership')).selectOption('rented');
  await form.getByLabel(label('field.annualRent')).fill(locale === 'ar' ? '٢٤٬٠٠٠' : '24,000');
  await next(4);
  for (const [i, member] of [
    ['سارة القحطاني', 'daughter', 'female', 1435],
    ['خالد القحطاني', 'son', 'male', 1438],
  ].entries()) {
    await form.getByRole('button', { name: m['household.add'], exact: true }).click();
    const row = form.getByRole('group', {
      name: format(m['household.member'], { n: digits(locale, i + 1) }),
    });
    await row.getByLabel(label('field.memberName')).fill(String(member[0]));
    await row.getByLabel(label('field.relation')).selectOption(String(member[1]));
    await row.getByLabel(label('field.gender')).selectOption(String(member[2]));
    await row.getByLabel(m['date.day'], { exact: true }).fill(digits(locale, 10));
    await row.getByLabel(m['date.month'], { exact: true }).selectOption('3');
    await row.getByLabel(m['date.year'], { exact: true }).fill(digits(locale, member[3]!));
    await row.getByLabel(label('field.status')).selectOption('student');
  }
  await next(5);
  await form
    .getByRole('radio', {
      name: SOCIAL_SECURITY_STATUSES.find((o) => o.id === 'yes')!.label[locale],
      exact: true,
    })
    .check();
  await form.getByRole('button', { name: m['income.add'], exact: true }).click();
  await form.getByLabel(label('field.incomeSource')).selectOption('social_security');
  await form.getByLabel(label('field.incomeAmount')).fill(locale === 'ar' ? '١٬٥٠٠' : '1,500');
  await next(6);
  const food = SUPPORT_TYPES.find((option) => option.id === 'food_basket')!.label[locale];
  await form.getByRole('checkbox', { name: food, exact: true }).check();
  await form.getByLabel(label('field.description')).fill('أحتاج إلى سلة غذائية شهرية لأطفالي.');
  // A food basket needs her ID and family record (the association's configuration): without them she stays here.
  await form.locator('input[type=file]').setInputFiles(join(data, 'id.pdf'));
  await form.getByText(format(m['file.uploaded'], { name: 'id.pdf' })).waitFor();
  await form.getByRole('button', { name: m['common.next'], exact: true }).click();
  await form
    .getByText(missingDocumentsMessage(['family_card'], DEFAULT_ASSOCIATION_CONFIG, locale))
    .waitFor();
  await expect.poll(() => form.locator('form').getAttribute('data-step')).toBe('request');
  await form.getByLabel(m['file.kind']).selectOption('family_card');
  await form.locator('input[type=file]').setInputFiles(join(data, 'id.pdf'));
  await expect.poll(() => form.locator('.mord-file-list li').count()).toBe(2);
  await next(7);
  await form.getByText('سارة القحطاني').waitFor();
  await next(8);
  for (const key of [
    'field.consents.processing',
    'field.consents.verification',
    'field.consents.privacyNotice',
    'declaration.acknowledge',
  ] as const) {
    const box = form.getByRole('checkbox', { name: startsWith(m[key]) });
    await box.click();
    await expect.poll(() => box.isChecked(), { message: key }).toBe(true);
  }
  await form.getByLabel(m['declaration.signerName']).fill('فاطمة عبد الله محمد القحطاني');
  await draw(page);
}

/**
 * In the page: makes the support request waiting in the outbox too large or invalid, unless it already is —
 * decrypting it with the browser's own key, as any script of the page could, and sealing it again.
 * Returns whether it already was, and how many delivery attempts it has had.
 */
async function spoilQueuedRequest(
  kind: 'too large' | 'invalid',
): Promise<{ spoiled: boolean; attempts: number }> {
  const open = (name: string) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const keys = await open('mord-keys');
  const key = await new Promise<CryptoKey>((resolve, reject) => {
    const request = keys.transaction('keys').objectStore('keys').get('device');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  keys.close();
  const db = await open('mord-outbox');
  type Stored = {
    form: string;
    state: string;
    attempts: number;
    sealed: { iv: Uint8Array<ArrayBuffer>; ciphertext: ArrayBuffer };
  };
  const all = await new Promise<[IDBValidKey, Stored][]>((resolve, reject) => {
    const found: [IDBValidKey, Stored][] = [];
    const cursor = db.transaction('entries').objectStore('entries').openCursor();
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(found);
      found.push([at.key, at.value as Stored]);
      at.continue();
    };
  });
  let result = { spoiled: false, attempts: -1 };
  for (const [id, entry] of all) {
    if (entry.form !== 'support-request' || entry.state !== 'queued') continue;
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: entry.sealed.iv },
      key,
      entry.sealed.ciphertext,
    );
    const secret = JSON.parse(new TextDecoder().decode(plain)) as {
      payload: { channel: string; data: { request: { description: string } } };
    };
    const spoiled =
      kind === 'too large'
        ? secret.payload.data.request.description.length > 1000
        : secret.payload.channel === 'fax';
    result = { spoiled, attempts: entry.attempts };
    if (spoiled) continue;
    if (kind === 'too large') secret.payload.data.request.description = 'م'.repeat(400_000);
    else secret.payload.channel = 'fax';
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      key,
      new TextEncoder().encode(JSON.stringify(secret)),
    );
    await new Promise<void>((resolve, reject) => {
      const request = db
        .transaction('entries', 'readwrite')
        .objectStore('entries')
        .put({ ...entry, sealed: { iv, ciphertext } }, id);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  }
  db.close();
  return result;
}

/** In the page: the states of the support requests in the outbox that are not delivered. */
async function outboxStates(): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('mord-outbox');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const entries = await new Promise<{ form: string; state: string }[]>((resolve, reject) => {
      const all = db.transaction('entries', 'readonly').objectStore('entries').getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    });
    return entries.filter((e) => e.form === 'support-request' && e.state !== 'delivered').map((e) => e.state);
  } finally {
    db.close();
  }
}

/** Submits while the API is unreachable, reloads, goes online, and returns the confirmation's codes. */
async function submitOfflineAndDeliver(
  page: Page,
  locale: Locale,
): Promise<{ reference: string; token: string }> {
  const m = uiMessages[locale];
  const before = await countRequests();
  await page.route(`${API}/**`, (route) => route.abort('internetdisconnected'));
  await page
    .locator('mord-support-request')
    .getByRole('button', { name: m['common.submit'], exact: true })
    .click();
  const queued = page.locator('mord-support-request [data-state="queued"]').first();
  await queued.waitFor();
  expect(await queued.textContent()).toBe(m['submit.queued']);
  await page.reload();
  await partnerForm(page, locale);
  await queued.waitFor();
  expect(await queued.textContent()).toBe(m['submit.queued']);
  expect(await countRequests()).toBe(before);

  await page.unroute(`${API}/**`);
  await browser.setOffline(true);
  await browser.setOffline(false);
  const form = page.locator('mord-support-request');
  await form.getByRole('heading', { name: m['confirmation.title'] }).waitFor({ timeout: 15_000 });
  await form.getByText(startsWith(m['confirmation.deadline'])).waitFor();
  expect(await countRequests()).toBe(before + 1);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  return {
    reference: (await form.locator('.mord-code').first().textContent())!,
    token: (await form.locator('.mord-code').nth(1).textContent())!,
  };
}

const INBOX = 'http://127.0.0.1:5176/messages.json';
type Mail = { channel: string; to: string; subject: string; text: string; messageId: string };

/** The e-mails the demo's inbox — a real SMTP server on loopback — received for an address, once there are `count`. */
async function mailTo(address: string, count: number): Promise<Mail[]> {
  let mine: Mail[] = [];
  await expect
    .poll(
      async () => {
        mine = ((await (await fetch(INBOX)).json()) as Mail[]).filter((mail) => mail.to === address);
        return mine.length;
      },
      { timeout: 20_000, message: `e-mails to ${address}` },
    )
    .toBeGreaterThanOrEqual(count);
  return mine;
}

/** A move by staff through the API (the staff area's own walk is another case). */
async function staffMove(reference: string, role: string, to: RequestState, extra: object = {}) {
  const headers = { authorization: `Bearer ${staffKey(role)}`, 'content-type': 'application/json' };
  if (to === 'in_committee') {
    const checklist = Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true]));
    const saved = await fetch(`${API}/v1/staff/requests/${reference}/checklist`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ checklist }),
    });
    expect(saved.status).toBe(200);
  }
  const response = await fetch(`${API}/v1/staff/requests/${reference}/transitions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ to, ...extra }),
  });
  expect(response.status, to).toBe(200);
}

/**
 * The loop over e-mail, as she lives it: the message that her request was received, whose link opens her
 * status in her language without her code; the message asking for a document, whose link lets her send it;
 * the decision; and the message after the service, whose survey link she answers once.
 */
async function emailLoop(page: Page, locale: Locale, reference: string, address: string) {
  const m = uiMessages[locale];
  const subject = (kind: string) =>
    format(notificationTemplates[locale][`${kind}.subject` as keyof (typeof notificationTemplates)['ar']], {
      reference,
    });
  const statusLink = new RegExp(`http://127\\.0\\.0\\.1:5173/\\S*#/status/${reference}/\\S+`);
  const showsStatus = async (state: RequestState) => {
    await page.getByRole('heading', { name: m['status.current'] }).waitFor();
    await page.getByText(getStatusText(state, locale).title).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
  };

  const [received] = await mailTo(address, 1);
  expect(received!.subject).toBe(subject('received'));
  const link = statusLink.exec(received!.text)![0];
  expect(link.includes('?lang=en')).toBe(locale === 'en');
  await page.goto(link);
  await showsStatus('submitted');
  expect(await page.getByLabel(m['status.token']).inputValue()).toBe('');

  // The officer asks for the lease contract; the message names it, and its link lets her send it.
  await staffMove(reference, 'relations_officer', 'verifying');
  await staffMove(reference, 'relations_officer', 'needs_information', { missing: ['lease_contract'] });
  const asked = (await mailTo(address, 2))[1]!;
  expect(asked.subject).toBe(subject('needs_information'));
  const lease = DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'lease_contract')!.label[locale];
  expect(asked.text).toContain(lease);
  await page.goto(statusLink.exec(asked.text)![0]);
  await showsStatus('needs_information');
  const reply = page.getByRole('form', { name: m['reply.title'] });
  await reply.getByLabel(m['reply.message']).fill('أرفقت عقد الإيجار.');
  await expect.poll(() => reply.getByLabel(m['file.kind']).inputValue()).toBe('lease_contract');
  await reply.getByLabel(m['reply.file']).setInputFiles(join(data, 'id.pdf'));
  await reply.getByText('id.pdf').waitFor();
  await reply.getByRole('button', { name: m['reply.send'], exact: true }).click();
  await page.getByText(getStatusText('verifying', locale).title).first().waitFor();
  await reply.waitFor({ state: 'detached' });

  // Accepted; she reads it from the message's link.
  await staffMove(reference, 'relations_officer', 'in_committee');
  await staffMove(reference, 'committee', 'accepted');
  const accepted = (await mailTo(address, 3))[2]!;
  expect(accepted.subject).toBe(subject('accepted'));
  await page.goto(statusLink.exec(accepted.text)![0]);
  await showsStatus('accepted');

  // Registered, then served: the last message carries her survey link, made once, answered once.
  const answersBefore = await responseCount();
  await staffMove(reference, 'relations_officer', 'registered');
  await staffMove(reference, 'relations_officer', 'service_delivered');
  const all = await mailTo(address, 5);
  expect(all.map((mail) => mail.subject)).toEqual(
    ['received', 'needs_information', 'accepted', 'registered', 'service_delivered'].map(subject),
  );
  const survey = /http:\/\/127\.0\.0\.1:5175\/survey\/\S+/.exec(all[4]!.text)![0];
  expect(survey.includes('lang=en')).toBe(locale === 'en');
  const s = surveyMessages[locale];
  await page.goto(survey);
  await page.getByText(s.intro).waitFor();
  for (const answer of [5, 7, 10])
    await page
      .getByRole('radio', { name: startsWith(`${digits(locale, answer)} — `) })
      .first()
      .check();
  await page.getByRole('button', { name: m['common.submit'], exact: true }).click();
  await page.getByText(s['ui.thanks']).waitFor();
  await page.goto(survey);
  await page.getByText(s['ui.used']).waitFor();
  expect(await responseCount()).toBe(answersBefore + 1);
  // Each event once: five messages, five ids, and nothing more arrives.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const final = await mailTo(address, 5);
  expect(final).toHaveLength(5);
  expect(new Set(final.map((mail) => mail.messageId)).size).toBe(5);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
}

describe('the beneficiary journey in Chromium', () => {
  it.each(['en', 'ar'] as const)(
    'fills the request on the partner page in %s (her digits, a Hijri date), signs, submits offline, reloads, is delivered once when online; then lives the loop over e-mail: the status link, the missing document sent from the message, the decision, the survey answered once',
    async (locale) => {
      const page = await browser.newPage();
      await page.goto('http://127.0.0.1:5174/');
      const address = `fatima.${locale}.${Date.now()}@example.org`;
      await fillSupportRequest(page, locale, address);
      const codes = await submitOfflineAndDeliver(page, locale);
      expect(codes.reference).toMatch(/^MRD-[2-9A-HJ-NP-Y]{5}-[2-9A-HJ-NP-Y]{5}$/);
      const form = page.locator('mord-support-request');
      expect(await form.evaluate((e) => e.shadowRoot!.querySelector('[dir]')?.getAttribute('dir'))).toBe(
        locale === 'ar' ? 'rtl' : 'ltr',
      );
      if (locale === 'ar') expect(await form.locator('time').textContent()).toMatch(/هـ الموافق .*٢٠٢[٦٧]م/);
      // Later, she checks the status on the association's website with the reference and the access code.
      await checkStatus(page, locale, codes, 'submitted');
      await emailLoop(page, locale, codes.reference, address);
      await page.close();
    },
    180_000,
  );

  it.each(['ar', 'en'] as const)(
    'staff take a request through the workflow in the staff area in %s, then she answers the survey on a phone once',
    async (locale) => {
      // Its own request: this case needs nothing another case left behind.
      reference = (await submitExample(`journey-workflow-${locale}-${Date.now()}`)).reference;
      const answersBefore = await responseCount();
      const link = await staffWorkflow(reference, locale);
      const s = surveyMessages[locale];

      const phone = await browser.newPage();
      await phone.setViewportSize({ width: 360, height: 800 });
      await phone.goto(locale === 'en' ? `${link}?lang=en` : link);
      await phone.getByText(s.intro).waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      for (const answer of [5, 7, 10])
        await phone
          .getByRole('radio', { name: startsWith(`${digits(locale, answer)} — `) })
          .first()
          .check();
      await phone.getByRole('button', { name: uiMessages[locale]['common.submit'], exact: true }).click();
      await phone.getByText(s['ui.thanks']).waitFor();
      await phone.reload();
      await phone.getByText(s['ui.used']).waitFor();
      expect(await phone.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
        [],
      );
      await phone.close();

      expect(await responseCount()).toBe(answersBefore + 1);
      if (locale === 'ar') {
        const report = await openAsStaff('admin', false);
        await report.getByRole('button', { name: 'تقرير الرضا' }).click();
        // The report counts every answer, this one included.
        await report
          .getByText(`عدد الردود: ${digits('ar', answersBefore + 1)}`)
          .first()
          .waitFor();
        await report.close();
      }
    },
    120_000,
  );

  it.each(['ar', 'en'] as const)(
    'on a partner page, the status element opens her request from the link in her message and sends what is missing (%s)',
    async (locale) => {
      const m = uiMessages[locale];
      const address = `nora.${locale}.${Date.now()}@example.org`;
      const { reference: ref } = await submitExample(
        `journey-embed-reply-${locale}`,
        (request) => {
          request.contact.preferredContact = 'email';
          request.contact.email = address;
        },
        locale,
      );
      await staffMove(ref, 'relations_officer', 'verifying');
      await staffMove(ref, 'relations_officer', 'needs_information', { missing: ['family_card'] });
      const asked = (await mailTo(address, 2))[1]!;
      const token = new RegExp(`#/status/${ref}/(\\S+)`).exec(asked.text)![1]!;
      const page = await browser.newPage();
      await page.goto('http://127.0.0.1:5174/');
      await page.evaluate(
        ({ ref, token, locale }) => {
          const element = document.createElement('mord-request-status');
          element.setAttribute('endpoint', 'http://127.0.0.1:8787');
          element.setAttribute('locale', locale);
          element.setAttribute('reference', ref);
          element.setAttribute('link-token', token);
          document.querySelector('main')!.append(element);
        },
        { ref, token, locale },
      );
      const status = page.locator('mord-request-status');
      const reply = status.getByRole('form', { name: m['reply.title'] });
      await reply.getByLabel(m['reply.message']).fill('سأرسل سجل الأسرة مع هذا الرد.');
      await reply.getByLabel(m['reply.file']).setInputFiles(join(data, 'id.pdf'));
      await reply.getByText('id.pdf').waitFor();
      await reply.getByRole('button', { name: m['reply.send'], exact: true }).click();
      await status.getByText(getStatusText('verifying', locale).title).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
        [],
      );
      await page.close();
    },
    60_000,
  );

  it.each(['ar', 'en'] as const)(
    'shows a record changed after signing as not verified, and shows a rejection to the beneficiary, in %s',
    async (locale) => {
      const tampered = await submitExample(`journey-tampered-${locale}`);
      // Someone edits the stored data behind the server's back: the signature no longer matches.
      const Database = createRequire(join(import.meta.dirname, '../packages/server/package.json'))(
        'better-sqlite3',
      ) as new (
        file: string,
      ) => {
        prepare(sql: string): { get(...args: unknown[]): unknown; run(...args: unknown[]): unknown };
        close(): void;
      };
      const db = new Database(join(data, 'mord.sqlite'));
      const row = db.prepare('select data from requests where reference = ?').get(tampered.reference) as {
        data: string;
      };
      const edited = JSON.parse(row.data) as { applicant: { firstName: string } };
      edited.applicant.firstName = 'نورة';
      db.prepare('update requests set data = ? where reference = ?').run(
        JSON.stringify(edited),
        tampered.reference,
      );
      db.close();
      const review = await openAsStaff('relations_officer', tampered.reference, locale);
      await review.getByText(uiMessages[locale]['staff.notVerified']).waitFor();
      expect(await review.locator('.mord-verification').getAttribute('data-state')).toBe('unverified');
      await review.close();

      const rejected = await submitExample(`journey-rejected-${locale}`);
      // The officer sends it to the committee; only the committee decides.
      const officer = await openAsStaff('relations_officer', rejected.reference, locale);
      await move(officer, 'verifying', locale);
      // The committee gets a checked request: until every item is saved ticked, the move is closed.
      const toCommittee = officer.getByRole('button', {
        name: format(uiMessages[locale]['staff.moveTo'], {
          state: getStatusText('in_committee', locale).title,
        }),
      });
      expect(await toCommittee.isDisabled()).toBe(true);
      const boxes = officer
        .getByRole('group', { name: uiMessages[locale]['staff.checklist'] })
        .getByRole('checkbox');
      for (const box of await boxes.all()) await box.check();
      await officer.getByRole('button', { name: uiMessages[locale]['staff.saveChecklist'] }).click();
      await move(officer, 'in_committee', locale);
      await officer.close();
      const committee = await openAsStaff('committee', rejected.reference, locale);
      // A rejection carries a configured reason, which she reads.
      await committee
        .getByLabel(uiMessages[locale]['staff.reason'])
        .selectOption({ label: DEFAULT_REJECTION_REASONS[0]!.label[locale] });
      await move(committee, 'rejected', locale);
      await committee.close();
      const page = await browser.newPage();
      await checkStatus(
        page,
        locale,
        { reference: rejected.reference, token: rejected.accessToken },
        'rejected',
      );
      await page.close();
    },
  );

  it.each(['ar', 'en'] as const)(
    'lets an officer open a request in full and its documents in the page, and download them, in %s',
    async (locale) => {
      const pdf = readFileSync(join(data, 'id.pdf'));
      const documents: object[] = [];
      for (const kind of ['id_copy', 'family_card']) {
        const grant = await fetch(`${API}/v1/forms/support-request/upload-grants`, { method: 'POST' });
        const { grant: token } = (await grant.json()) as { grant: string };
        const upload = await fetch(`${API}/v1/attachments`, {
          method: 'POST',
          headers: {
            'content-type': 'application/pdf',
            'x-upload-grant': token,
            'x-file-name': `${kind}.pdf`,
          },
          body: pdf,
        });
        expect(upload.status).toBe(201);
        documents.push({ ...((await upload.json()) as object), kind, name: `${kind}.pdf` });
      }
      const { reference: ref } = await submitExample(`journey-documents-${locale}`, (request) => {
        request.request.supportTypes = ['food_basket'];
        request.attachments = documents as never;
      });
      const m = uiMessages[locale];
      const page = await openAsStaff('relations_officer', ref, locale);
      // Every section she filled, the household included, and every required document attached.
      await page.getByRole('heading', { name: m['wizard.step.household'] }).waitFor();
      expect(await page.locator('[data-state="complete"]').textContent()).toBe(m['staff.documentsComplete']);
      await page.getByRole('button', { name: `${m['staff.openDocument']} id_copy.pdf` }).click();
      const frame = page.locator('iframe[title="id_copy.pdf"]');
      await frame.waitFor();
      expect(await frame.getAttribute('src')).toMatch(/^blob:/);
      const download = page.getByRole('link', { name: `${m['staff.downloadDocument']} id_copy.pdf` });
      expect(await download.getAttribute('download')).toBe('id_copy.pdf');
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toBe('id_copy.pdf');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
        [],
      );
      await page.close();
    },
    60_000,
  );

  it('shows markup and script typed into free-text fields as text in the staff review, never running them', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> أحتاج إلى مساعدة';
    const receipt = await submitExample('journey-markup', (input) => {
      input.request.description = hostile;
      input.address.city = '<b onmouseover="window.pwned=3">الرياض</b>';
      input.address.district = '"><svg onload="window.pwned=4">';
    });
    const review = await openAsStaff('relations_officer', receipt.reference);
    await review.getByText(hostile).waitFor();
    expect(
      await review.locator('main img[src="x"], main script, main svg[onload], main b[onmouseover]').count(),
    ).toBe(0);
    expect(await review.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await review.close();
  });

  it.each([
    ['ar', 'too large'],
    ['en', 'invalid'],
  ] as const)(
    'in %s: a queued request the server refuses (%s) ends in a message in her language with her answers kept, is sent once and never retried, and goes through when she sends it again',
    async (locale, kind) => {
      const m = uiMessages[locale];
      const page = await browser.newPage();
      await page.goto('http://127.0.0.1:5174/');
      await fillSupportRequest(page, locale);
      const before = await countRequests();
      const form = page.locator('mord-support-request');
      await page.route(`${API}/**`, (route) => route.abort('internetdisconnected'));
      await form.getByRole('button', { name: m['common.submit'], exact: true }).click();
      await page.locator('mord-support-request [data-state="queued"]').first().waitFor();
      // The queued copy becomes what an oversized or invalid body would be (as if the rules changed
      // meanwhile); it has stuck once a later (still offline) delivery attempt kept the change.
      let changedAt = -1;
      for (;;) {
        const { spoiled, attempts } = await page.evaluate(spoilQueuedRequest, kind);
        if (spoiled && changedAt >= 0 && attempts > changedAt) break;
        if (!spoiled && attempts >= 0) changedAt = attempts;
        await page.waitForTimeout(250);
      }
      let posts = 0;
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/submissions')) posts += 1;
      });
      await page.unroute(`${API}/**`);
      await browser.setOffline(true);
      await browser.setOffline(false);
      const refused = page.locator('mord-support-request [data-state="refused"]');
      await refused.waitFor({ timeout: 15_000 });
      expect(await refused.textContent()).toBe(
        kind === 'too large' ? m['submit.refusedTooLarge'] : m['submit.refused'],
      );
      // Longer than the outbox's first backoffs: a refusal is final, so nothing more is sent.
      await page.waitForTimeout(6000);
      expect(posts).toBe(1);
      expect(await page.evaluate(outboxStates)).toEqual(['failed']);
      expect(await countRequests()).toBe(before);
      expect(await form.getByLabel(m['declaration.signerName']).inputValue()).toBe(
        'فاطمة عبد الله محمد القحطاني',
      );
      // Her answers are all there: sending again delivers the request as she filled it, once.
      await form.getByRole('button', { name: m['common.submit'], exact: true }).click();
      await form.getByRole('heading', { name: m['confirmation.title'] }).waitFor({ timeout: 15_000 });
      expect(await countRequests()).toBe(before + 1);
      expect(await page.evaluate(outboxStates)).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it('keeps a draft on the partner page when the tab is closed and opened again', async () => {
    const m = uiMessages.ar;
    const first = await browser.newPage();
    await first.goto('http://127.0.0.1:5174/');
    const form = first.locator('mord-support-request');
    await form.getByLabel(startsWith(m['field.firstName'])).fill('نوف');
    await form.getByLabel(startsWith(m['field.idNumber'])).fill('١٠٠٠٠٠٠٠٠٨');
    await form.getByText(m['draft.saved']).waitFor();
    await first.close();
    const second = await browser.newPage();
    await second.goto('http://127.0.0.1:5174/');
    const again = second.locator('mord-support-request');
    await again.getByText(m['draft.restored']).waitFor();
    expect(await again.getByLabel(startsWith(m['field.firstName'])).inputValue()).toBe('نوف');
    expect(await again.getByLabel(startsWith(m['field.idNumber'])).inputValue()).toBe('١٠٠٠٠٠٠٠٠٨');
    await second.close();
  });
});
