import type { Channel } from '@mord/core';

/** The blank values of the support request form (strings, as inputs hold them). */
export function emptySupportRequest(channel: Channel = 'website') {
  const emptyDate = { calendar: 'islamic-umalqura', year: '', month: '', day: '' };
  return {
    applicant: {
      firstName: '',
      fatherName: '',
      grandfatherName: '',
      familyName: '',
      nationality: 'SA',
      idType: 'national_id',
      idNumber: '',
      dateOfBirth: emptyDate,
      maritalStatus: '',
      education: '',
      employment: '',
      occupation: '',
    },
    contact: { mobile: '', alternateMobile: '', email: '', preferredContact: 'phone' },
    address: {
      region: '',
      city: '',
      district: '',
      nationalAddress: { shortAddress: '', buildingNumber: '', postalCode: '', additionalNumber: '' },
    },
    housing: { type: '', ownership: '', annualRent: '' },
    household: [] as unknown[],
    income: { sources: [] as unknown[], socialSecurity: '', debts: '' },
    request: { supportTypes: [] as string[], description: '', channel, iban: '' },
    attachments: [] as unknown[],
    consents: { processing: false, verification: false, privacyNotice: false, sensitiveData: false },
  };
}

/** Values of the support request form. */
export type SupportRequestValues = ReturnType<typeof emptySupportRequest>;
