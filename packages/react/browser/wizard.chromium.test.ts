import { SOCIAL_SECURITY_STATUSES, SUPPORT_TYPES } from '@mord/core';
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

async function next(page: import('playwright-core').Page, step: number, locale: 'ar' | 'en' = 'ar') {
  const messages = uiMessages[locale];
  await press(page, messages['common.next'], 'Enter');
  const current = new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-arab' : 'en').format(step);
  const progress = messages['wizard.progress'].replace('{current}', current).split('{total}')[0]!;
  await page.getByRole('heading', { name: new RegExp(`^${progress}`) }).waitFor();
}

describe('SupportRequestForm in Chromium', () => {
  it.each([
    ['ar', (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!)],
    ['en', (s: string) => s],
  ] as const)('is completed and submitted with the keyboard only, in %s', async (locale, digits) => {
    const k = uiMessages[locale];
    const page = await sb.story('forms-support-request-wizard--start', locale);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#storybook-root .mord');
    await typeInto(page, k['field.firstName'], 'فاطمة');
    await typeInto(page, k['field.fatherName'], 'عبد الله');
    await typeInto(page, k['field.grandfatherName'], 'محمد');
    await typeInto(page, k['field.familyName'], 'القحطاني');
    await typeInto(page, k['field.idNumber'], digits('1000000008'));
    await typeInto(page, k['date.day'], digits('1'));
    await choose(page, k['date.month'], '7');
    await typeInto(page, k['date.year'], digits('1405'));
    await choose(page, k['field.maritalStatus'], 'widowed');
    await choose(page, k['field.education'], 'secondary');
    await choose(page, k['field.employment'], 'unemployed');
    await next(page, 2, locale);

    await typeInto(page, k['field.mobile'], digits('0551234567'));
    await choose(page, k['field.region'], 'riyadh');
    await typeInto(page, k['field.city'], 'الرياض');
    await typeInto(page, k['field.district'], 'النسيم');
    await next(page, 3, locale);

    await choose(page, k['field.housingType'], 'apartment');
    await choose(page, k['field.ownership'], 'owned');
    await next(page, 4, locale);
    await next(page, 5, locale);

    // Radio groups: Tab lands on the group, arrows pick the option.
    await tabTo(page, SOCIAL_SECURITY_STATUSES[0]!.label[locale]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('no');
    await next(page, 6, locale);

    // A programme: it needs no documents (a file chooser is outside what a keyboard test can drive).
    await press(page, SUPPORT_TYPES.find((option) => option.id === 'training')!.label[locale]);
    await typeInto(page, k['field.description'], 'أرغب في التدريب على الخياطة لأعمل من بيتي.');
    await next(page, 7, locale);
    await next(page, 8, locale);

    await press(page, k['field.consents.processing']);
    await press(page, k['field.consents.verification']);
    await press(page, k['field.consents.privacyNotice']);
    await press(page, k['declaration.acknowledge']);
    await typeInto(page, k['declaration.signerName'], 'فاطمة عبد الله محمد القحطاني');
    await tabTo(page, k['declaration.drawn']);
    await page.keyboard.press('ArrowDown');
    await press(page, k['common.submit'], 'Enter');
    await page.getByRole('heading', { name: k['confirmation.title'] }).waitFor();
    expect(await page.locator('.mord-code').first().textContent()).toMatch(
      /^MRD-[2-9A-HJ-NP-Y]{5}-[2-9A-HJ-NP-Y]{5}$/,
    );
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
