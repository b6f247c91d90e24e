import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { exampleSupportRequestSubmission, getStatusText, type Receipt, type RequestState } from '@mord/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function next(page: Page, step: string) {
  await page.getByRole('button', { name: 'التالي' }).click();
  await page.getByRole('heading', { name: new RegExp(`الخطوة ${step} من`) }).waitFor();
}

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
async function openAsStaff(role: string, openRequest: string | false = reference): Promise<Page> {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:5173/#/staff');
  await page.getByLabel('مفتاح الموظف').fill(staffKey(role));
  await page.getByRole('button', { name: 'دخول' }).click();
  await page.getByRole('heading', { name: 'الطلبات' }).waitFor();
  if (openRequest) {
    await page.getByRole('button', { name: new RegExp(openRequest) }).click();
    await page.getByRole('heading', { name: `الطلب ${openRequest}` }).waitFor();
  }
  return page;
}

async function move(page: Page, to: RequestState) {
  const button = page.getByRole('button', { name: `نقل إلى: ${getStatusText(to, 'ar').title}` });
  await button.click();
  await button.waitFor({ state: 'detached' });
}

async function countChecked(page: Page): Promise<number> {
  return page.getByRole('group', { name: 'قائمة التحقق' }).locator('input:checked').count();
}

async function submitExample(key: string): Promise<Receipt> {
  const response = await fetch(`${API}/v1/forms/support-request/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(await exampleSupportRequestSubmission()),
  });
  return (await response.json()) as Receipt;
}

async function countRequests(): Promise<number> {
  const response = await fetch(`${API}/v1/staff/requests?form=support-request`, {
    headers: { authorization: `Bearer ${staffKey('admin')}` },
  });
  return ((await response.json()) as unknown[]).length;
}

describe('the beneficiary journey in Chromium (Arabic)', () => {
  it('fills the request on the partner page with Arabic-Indic digits and a Hijri date, signs, submits offline, reloads, and is delivered once when online; then checks the status', async () => {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:5174/');
    const form = page.locator('mord-support-request');
    await form.getByLabel(/^الاسم الأول/).fill('فاطمة');
    await form.getByLabel(/^اسم الأب/).fill('عبد الله');
    await form.getByLabel(/^اسم الجد/).fill('محمد');
    await form.getByLabel(/^اسم العائلة/).fill('القحطاني');
    await form.getByLabel(/^رقم الهوية أو الإقامة/).fill('١٠٠٠٠٠٠٠٠٨');
    await form.getByLabel('اليوم', { exact: true }).fill('١');
    await form.getByLabel('الشهر', { exact: true }).selectOption('7');
    await form.getByLabel('السنة', { exact: true }).fill('١٤٠٥');
    await form.getByText(/يوافق:/).waitFor();
    await form.getByLabel(/^الحالة الاجتماعية/).selectOption('widowed');
    await form.getByLabel(/^المؤهل الدراسي/).selectOption('secondary');
    await form.getByLabel(/^الحالة الوظيفية/).selectOption('unemployed');
    await next(page, '٢');
    await form.getByLabel(/^رقم الجوال/).fill('٠٥٥١٢٣٤٥٦٧');
    await form.getByLabel(/^المنطقة/).selectOption('riyadh');
    await form.getByLabel(/^المدينة/).fill('الرياض');
    await form.getByLabel(/^الحي/).fill('النسيم');
    await next(page, '٣');
    await form.getByLabel(/^نوع المسكن/).selectOption('apartment');
    await form.getByLabel(/^ملكية المسكن/).selectOption('rented');
    await form.getByLabel(/^قيمة الإيجار السنوي/).fill('٢٤٬٠٠٠');
    await next(page, '٤');
    for (const [i, member] of [
      ['سارة القحطاني', 'daughter', 'female', '١٤٣٥'],
      ['خالد القحطاني', 'son', 'male', '١٤٣٨'],
    ].entries()) {
      await form.getByRole('button', { name: 'إضافة فرد من الأسرة' }).click();
      const row = form.getByRole('group', {
        name: `فرد الأسرة ${new Intl.NumberFormat('ar-u-nu-arab').format(i + 1)}`,
      });
      await row.getByLabel(/^الاسم الكامل/).fill(member[0]!);
      await row.getByLabel(/^صلة القرابة/).selectOption(member[1]!);
      await row.getByLabel(/^الجنس/).selectOption(member[2]!);
      await row.getByLabel('اليوم', { exact: true }).fill('١٠');
      await row.getByLabel('الشهر', { exact: true }).selectOption('3');
      await row.getByLabel('السنة', { exact: true }).fill(member[3]!);
      await row.getByLabel(/^الحالة الدراسية أو الوظيفية/).selectOption('student');
    }
    await next(page, '٥');
    await form.getByRole('radio', { name: 'نعم' }).check();
    await form.getByRole('button', { name: 'إضافة' }).click();
    await form.getByLabel(/^مصادر الدخل/).selectOption('social_security');
    await form.getByLabel(/^الدخل الشهري/).fill('١٬٥٠٠');
    await next(page, '٦');
    await form.getByRole('checkbox', { name: 'سلة غذائية' }).check();
    await form.getByLabel(/^صفي احتياجكِ/).fill('أحتاج إلى سلة غذائية شهرية لأطفالي.');
    await form.locator('input[type=file]').setInputFiles(join(data, 'id.pdf'));
    await form.getByText(/رُفع: id.pdf/).waitFor();
    await next(page, '٧');
    await form.getByText('سارة القحطاني').waitFor();
    await next(page, '٨');
    for (const name of [
      /أوافق على معالجة بياناتي/,
      /أوافق على تحقق الجمعية/,
      /اطلعتُ على إشعار الخصوصية/,
      /قرأتُ الإقرار أعلاه/,
    ]) {
      const box = form.getByRole('checkbox', { name });
      await box.click();
      await expect.poll(() => box.isChecked(), { message: String(name) }).toBe(true);
    }
    await form.getByLabel('اسمكِ الكامل').fill('فاطمة عبد الله محمد القحطاني');
    await draw(page);
    const before = await countRequests();

    // Offline: the API cannot be reached; the request waits in the outbox.
    await page.route(`${API}/**`, (route) => route.abort('internetdisconnected'));
    await form.getByRole('button', { name: 'إرسال' }).click();
    await form.locator('[data-state="queued"]').first().waitFor();
    await page.reload();
    await page.locator('mord-support-request [data-state="queued"]').first().waitFor();
    expect(await page.locator('mord-support-request [data-state="queued"]').first().textContent()).toMatch(
      /حُفظ طلبكِ على هذا الجهاز/,
    );
    expect(await countRequests()).toBe(before);

    await page.unroute(`${API}/**`);
    await browser.setOffline(true);
    await browser.setOffline(false);
    await page
      .locator('mord-support-request')
      .getByRole('heading', { name: 'استلمنا طلبكِ' })
      .waitFor({ timeout: 15_000 });
    reference = (await page.locator('mord-support-request .mord-code').first().textContent())!;
    const token = (await page.locator('mord-support-request .mord-code').nth(1).textContent())!;
    expect(reference).toMatch(/^MRD-\d{4}-\d{6}$/);
    await page
      .locator('mord-support-request')
      .getByText(/تردّ لجنة البحث بالقبول أو الاعتذار/)
      .waitFor();
    expect(await page.locator('mord-support-request time').textContent()).toMatch(/هـ — .*٢٠٢٦|هـ — .*٢٠٢٧/);
    expect(await countRequests()).toBe(before + 1);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

    // Later, she checks the status on the association's website with the reference and the access code.
    await page.goto('http://127.0.0.1:5173/#/status');
    await page.getByLabel('الرقم المرجعي').fill(reference);
    await page.getByLabel('رمز المتابعة').fill(token);
    await page.getByRole('button', { name: 'استعلام' }).click();
    await page.getByRole('heading', { name: 'الحالة الحالية' }).waitFor();
    await page.getByText(getStatusText('submitted', 'ar').title).first().waitFor();
    await page.close();
  }, 120_000);

  it('staff take it through the workflow in the staff area, then she answers the survey on a phone once', async () => {
    expect(reference).toMatch(/^MRD-/);
    const officer = await openAsStaff('relations_officer');
    await officer.getByText('تم التحقق: البيانات مطابقة تمامًا لما وقّعت عليه مقدّمة الطلب.').waitFor();
    await move(officer, 'verifying');
    const checklist = officer.getByRole('group', { name: 'قائمة التحقق' }).getByRole('checkbox');
    for (const box of await checklist.all()) await box.check();
    await officer.getByRole('button', { name: 'حفظ قائمة التحقق' }).click();
    await move(officer, 'with_social_researcher');
    await officer.close();

    const researcher = await openAsStaff('social_researcher');
    await move(researcher, 'in_committee');
    await researcher.close();
    const committee = await openAsStaff('committee');
    await move(committee, 'accepted');
    await committee.close();

    const registration = await openAsStaff('relations_officer');
    expect(
      await registration.getByRole('group', { name: 'قائمة التحقق' }).getByRole('checkbox').count(),
    ).toBe(await countChecked(registration));
    await move(registration, 'registered');
    await move(registration, 'service_delivered');
    await registration.getByRole('button', { name: 'إنشاء دعوة للاستبانة' }).click();
    const link = (await registration
      .getByRole('status')
      .filter({ hasText: 'رابط الاستبانة' })
      .locator('bdi')
      .textContent())!;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:5175\/survey\/.+/);
    await registration.close();

    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 360, height: 800 });
    await phone.goto(link);
    await phone.getByText(/رأيكِ حق لكِ/).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const answer of [/^٥ — /, /^٧ — /, /^١٠ — /])
      await phone.getByRole('radio', { name: answer }).first().check();
    await phone.getByRole('button', { name: 'إرسال' }).click();
    await phone.getByText('شكرًا لرأيكِ، فهو يساعدنا على تحسين خدمتنا.').waitFor();
    await phone.goto(link);
    await phone.getByText(/استُخدم رابط الاستبانة من قبل/).waitFor();
    expect(await phone.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
      [],
    );
    await phone.close();

    const report = await openAsStaff('admin', false);
    await report.getByRole('button', { name: 'تقرير الرضا' }).click();
    await report.getByText('عدد الردود: ١').first().waitFor();
    await report.close();
  }, 120_000);

  it('shows a record changed after signing as not verified, and shows a rejection to the beneficiary', async () => {
    const tampered = await submitExample('journey-tampered');
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
    const review = await openAsStaff('relations_officer', tampered.reference);
    await review.getByText('لم يتم التحقق: تغيّرت البيانات أو نص الإقرار بعد التوقيع.').waitFor();
    expect(await review.locator('.mord-verification').getAttribute('data-state')).toBe('unverified');
    await review.close();

    const rejected = await submitExample('journey-rejected');
    const committee = await openAsStaff('admin', rejected.reference);
    for (const to of ['verifying', 'in_committee', 'rejected'] as const) await move(committee, to);
    await committee.close();
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:5173/#/status');
    await page.getByLabel('الرقم المرجعي').fill(rejected.reference);
    await page.getByLabel('رمز المتابعة').fill(rejected.accessToken);
    await page.getByRole('button', { name: 'استعلام' }).click();
    await page.getByText(getStatusText('rejected', 'ar').title).first().waitFor();
    await page.getByText(getStatusText('rejected', 'ar').description).first().waitFor();
    await page.close();
  });
});
