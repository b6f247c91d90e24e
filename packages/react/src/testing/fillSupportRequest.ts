import type { Channel } from '@mord/core';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { uiMessages } from '../i18n/uiMessages';

type Locale = 'ar' | 'en';

const label = (locale: Locale, key: keyof (typeof uiMessages)['en']) =>
  new RegExp(`^${uiMessages[locale][key].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Clicks "Next" and waits for the following step's heading. */
export async function next(user: UserEvent, locale: Locale, step: number) {
  await user.click(screen.getByRole('button', { name: uiMessages[locale]['common.next'] }));
  await screen.findByRole('heading', {
    name: new RegExp(
      `${locale === 'ar' ? '' : 'Step '}.*${locale === 'ar' ? new Intl.NumberFormat('ar-u-nu-arab').format(step) : step}`,
    ),
  });
}

/**
 * Fills every step of the support request wizard like an applicant would, up to the declaration step;
 * in assisted mode, `channel` is chosen on the request step, and `sign: false` leaves the declaration
 * unsigned (a request taken by phone, which the staff member attests).
 */
export async function fillSupportRequest(
  user: UserEvent,
  locale: Locale = 'ar',
  options: { channel?: Channel; sign?: boolean } = {},
) {
  const l = (key: keyof (typeof uiMessages)['en']) => label(locale, key);
  await user.type(screen.getByLabelText(l('field.firstName')), 'فاطمة');
  await user.type(screen.getByLabelText(l('field.fatherName')), 'عبد الله');
  await user.type(screen.getByLabelText(l('field.grandfatherName')), 'محمد');
  await user.type(screen.getByLabelText(l('field.familyName')), 'القحطاني');
  await user.type(screen.getByLabelText(l('field.idNumber')), '١٠٠٠٠٠٠٠٠٨');
  await user.type(screen.getByLabelText(uiMessages[locale]['date.day']), '١');
  await user.selectOptions(screen.getByLabelText(uiMessages[locale]['date.month']), '7');
  await user.type(screen.getByLabelText(uiMessages[locale]['date.year']), '١٤٠٥');
  await user.selectOptions(screen.getByLabelText(l('field.maritalStatus')), 'widowed');
  await user.selectOptions(screen.getByLabelText(l('field.education')), 'secondary');
  await user.selectOptions(screen.getByLabelText(l('field.employment')), 'unemployed');
  await next(user, locale, 2);

  await user.type(screen.getByLabelText(l('field.mobile')), '٠٥٥ ١٢٣ ٤٥٦٧');
  await user.selectOptions(screen.getByLabelText(l('field.region')), 'riyadh');
  await user.type(screen.getByLabelText(l('field.city')), 'الرياض');
  await user.type(screen.getByLabelText(l('field.district')), 'النسيم');
  await next(user, locale, 3);

  await user.selectOptions(screen.getByLabelText(l('field.housingType')), 'apartment');
  await user.selectOptions(screen.getByLabelText(l('field.ownership')), 'rented');
  await user.type(await screen.findByLabelText(l('field.annualRent')), '٢٤٬٠٠٠');
  await next(user, locale, 4);

  await user.click(screen.getByRole('button', { name: uiMessages[locale]['household.add'] }));
  await user.type(screen.getByLabelText(l('field.memberName')), 'سارة القحطاني');
  await user.selectOptions(screen.getByLabelText(l('field.relation')), 'daughter');
  await user.selectOptions(screen.getByLabelText(l('field.gender')), 'female');
  await user.type(screen.getByLabelText(uiMessages[locale]['date.day']), '14');
  await user.selectOptions(screen.getByLabelText(uiMessages[locale]['date.month']), '3');
  await user.type(screen.getByLabelText(uiMessages[locale]['date.year']), '1438');
  await user.selectOptions(screen.getByLabelText(l('field.status')), 'student');
  await next(user, locale, 5);

  await user.click(screen.getByRole('radio', { name: locale === 'ar' ? 'لا' : 'No' }));
  await next(user, locale, 6);

  // A programme needs no documents; the documents a service requires are tested on their own.
  await user.click(
    screen.getByRole('checkbox', { name: locale === 'ar' ? 'تدريب وتأهيل' : 'Training and qualification' }),
  );
  await user.type(
    screen.getByLabelText(l('field.description')),
    'أرغب في التدريب على الخياطة لأعمل من بيتي.',
  );
  if (options.channel)
    await user.selectOptions(screen.getByLabelText(uiMessages[locale]['assisted.channel']), options.channel);
  await next(user, locale, 7);
  await next(user, locale, 8);

  await user.click(screen.getByRole('checkbox', { name: uiMessages[locale]['field.consents.processing'] }));
  await user.click(screen.getByRole('checkbox', { name: uiMessages[locale]['field.consents.verification'] }));
  await user.click(
    screen.getByRole('checkbox', { name: uiMessages[locale]['field.consents.privacyNotice'] }),
  );
  if (options.sign === false) return;
  await user.click(screen.getByRole('checkbox', { name: uiMessages[locale]['declaration.acknowledge'] }));
  await user.type(
    screen.getByLabelText(uiMessages[locale]['declaration.signerName']),
    'فاطمة عبد الله محمد القحطاني',
  );
  await user.click(screen.getByRole('radio', { name: uiMessages[locale]['declaration.typed'] }));
}
