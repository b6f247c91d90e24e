import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiMessages } from '../src/i18n/uiMessages';
import { choose, press, tabTo, typeInto } from './keyboard';
import { openStorybook } from './storybook';

const m = uiMessages.ar;
let sb: Awaited<ReturnType<typeof openStorybook>>;
beforeAll(async () => {
  sb = await openStorybook();
});
afterAll(async () => sb?.close());

async function next(page: import('playwright-core').Page, step: number) {
  await press(page, m['common.next'], 'Enter');
  await page
    .getByRole('heading', {
      name: new RegExp(`الخطوة ${new Intl.NumberFormat('ar-u-nu-arab').format(step)} من`),
    })
    .waitFor();
}

describe('SupportRequestForm in Chromium', () => {
  it('is completed and submitted with the keyboard only, in Arabic', async () => {
    const page = await sb.story('forms-support-request-wizard--start');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#storybook-root .mord');
    await typeInto(page, m['field.firstName'], 'فاطمة');
    await typeInto(page, m['field.fatherName'], 'عبد الله');
    await typeInto(page, m['field.grandfatherName'], 'محمد');
    await typeInto(page, m['field.familyName'], 'القحطاني');
    await typeInto(page, m['field.idNumber'], '١٠٠٠٠٠٠٠٠٨');
    await typeInto(page, m['date.day'], '١');
    await choose(page, m['date.month'], '7');
    await typeInto(page, m['date.year'], '١٤٠٥');
    await choose(page, m['field.maritalStatus'], 'widowed');
    await choose(page, m['field.education'], 'secondary');
    await choose(page, m['field.employment'], 'unemployed');
    await next(page, 2);

    await typeInto(page, m['field.mobile'], '٠٥٥١٢٣٤٥٦٧');
    await choose(page, m['field.region'], 'riyadh');
    await typeInto(page, m['field.city'], 'الرياض');
    await typeInto(page, m['field.district'], 'النسيم');
    await next(page, 3);

    await choose(page, m['field.housingType'], 'apartment');
    await choose(page, m['field.ownership'], 'owned');
    await next(page, 4);
    await next(page, 5);

    // Radio groups: Tab lands on the group, arrows pick the option.
    await tabTo(page, 'نعم');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('no');
    await next(page, 6);

    await press(page, 'سلة غذائية');
    await typeInto(page, m['field.description'], 'أحتاج إلى سلة غذائية شهرية لأطفالي.');
    await next(page, 7);
    await next(page, 8);

    await press(page, m['field.consents.processing']);
    await press(page, m['field.consents.verification']);
    await press(page, m['field.consents.privacyNotice']);
    await press(page, m['declaration.acknowledge']);
    await typeInto(page, m['declaration.signerName'], 'فاطمة عبد الله محمد القحطاني');
    await tabTo(page, m['declaration.drawn']);
    await page.keyboard.press('ArrowDown');
    await press(page, m['common.submit'], 'Enter');
    await page.getByRole('heading', { name: m['confirmation.title'] }).waitFor();
    expect(await page.locator('.mord-code').first().textContent()).toMatch(/^MRD-\d{4}-\d{6}$/);
    await page.close();
  });

  it('restores a draft after the page is reloaded', async () => {
    const page = await sb.story('forms-support-request-wizard--start');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#storybook-root .mord');
    await page.getByLabel(m['field.firstName']).fill('نورة');
    await page.getByLabel(m['field.familyName']).fill('العتيبي');
    await page.locator('.mord-draft[data-state="saved"]').waitFor();
    await page.reload();
    await page.getByText(m['draft.restored']).waitFor();
    expect(await page.getByLabel(m['field.firstName']).inputValue()).toBe('نورة');
    expect(await page.getByLabel(m['field.familyName']).inputValue()).toBe('العتيبي');
    await page.close();
  });

  it('opens the declaration step from the review without submitting the form (regression)', async () => {
    const page = await sb.story('forms-support-request-wizard--review');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { name: /الخطوة ٧ من/ }).waitFor();
    await page.getByRole('button', { name: m['common.next'] }).click();
    await page.getByRole('heading', { name: /الخطوة ٨ من/ }).waitFor();
    await page.waitForTimeout(200);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    await page.close();
  });
});
