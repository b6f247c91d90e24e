import type { SupportRequestInput } from '../schemas/supportRequestSchema';

/**
 * A complete, valid support request as a form would send it (Arabic text, Arabic-Indic digits, a Hijri
 * date of birth). Every call returns a fresh copy, for examples, demos and adapter tests.
 */
export function exampleSupportRequest(): SupportRequestInput {
  return {
    applicant: {
      firstName: 'فاطمة',
      fatherName: 'عبد الله',
      grandfatherName: 'محمد',
      familyName: 'القحطاني',
      nationality: 'SA',
      idType: 'national_id',
      idNumber: '١٠٠٠٠٠٠٠٠٨',
      dateOfBirth: { calendar: 'islamic-umalqura', year: '١٤٠٥', month: '٧', day: '١' },
      maritalStatus: 'widowed',
      education: 'secondary',
      employment: 'unemployed',
      occupation: '',
    },
    contact: {
      mobile: '٠٥٥ ١٢٣ ٤٥٦٧',
      alternateMobile: '',
      email: '',
      preferredContact: 'whatsapp',
    },
    address: {
      region: 'riyadh',
      city: 'الرياض',
      district: 'النسيم',
      nationalAddress: { shortAddress: 'rrra 2929' },
    },
    housing: { type: 'apartment', ownership: 'rented', annualRent: '٢٤٬٠٠٠' },
    household: [
      {
        name: 'سارة عبد الرحمن القحطاني',
        relation: 'daughter',
        gender: 'female',
        idNumber: '1234567897',
        dateOfBirth: { calendar: 'gregory', year: '2012', month: '5', day: '14' },
        status: 'student',
      },
      {
        name: 'خالد عبد الرحمن القحطاني',
        relation: 'son',
        gender: 'male',
        dateOfBirth: { calendar: 'islamic-umalqura', year: 1438, month: 3, day: 10 },
        status: 'student',
      },
    ],
    income: {
      sources: [
        { type: 'social_security', amount: '١٬٥٠٠' },
        { type: 'citizen_account', amount: '٥٠٠٫٥٠' },
      ],
      socialSecurity: 'yes',
      debts: '',
    },
    request: {
      supportTypes: ['training', 'entrepreneurship'],
      description: 'أرملة أعول طفلين، وأرغب في التدريب على مشروع منزلي للطبخ وفي دعم لإطلاقه.',
      channel: 'website',
      iban: 'SA03 8000 0000 6080 1016 7519',
    },
    // Documents are uploaded to a backend first and cited by id; the programmes asked for need none.
    attachments: [],
    consents: { processing: true, verification: true, privacyNotice: true },
  };
}
