import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { inquirySchema } from './inquirySchema';
import { volunteerApplicationSchema } from './volunteerApplicationSchema';

const inquiry = {
  name: 'نورة سعد',
  mobile: '٠٥٠١٢٣٤٥٦٧',
  email: '',
  preferredContact: 'phone',
  topic: 'eligibility',
  message: 'هل يمكنني التقديم إذا كنت أسكن في الخرج؟',
  channel: 'social_media',
  consents: { processing: true },
};

describe('inquirySchema', () => {
  it('accepts an inquiry and normalises the mobile', () => {
    const result = validate(inquirySchema, inquiry);
    expect(result.success && result.data.mobile).toBe('+966501234567');
  });

  it('asks for an e-mail when that is the preferred contact, in both locales', () => {
    const input = { ...inquiry, preferredContact: 'email' };
    const ar = validate(inquirySchema, input, { locale: 'ar' });
    const en = validate(inquirySchema, input, { locale: 'en' });
    expect(ar.success === false && ar.issues[0]?.message).toBe('أدخلي بريدكِ الإلكتروني لنتواصل معكِ عبره.');
    expect(en.success === false && en.issues[0]?.message).toBe(
      'Enter an e-mail address to be contacted by e-mail.',
    );
  });

  it('rejects an unknown channel and a short message', () => {
    const result = validate(
      inquirySchema,
      { ...inquiry, channel: 'fax', message: 'مرحبا' },
      { locale: 'en' },
    );
    expect(result.success === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['message', 'too_short'],
      ['channel', 'choose_option'],
    ]);
  });
});

describe('volunteerApplicationSchema', () => {
  const application = {
    name: 'Huda Al-Harbi',
    idNumber: '1234567897',
    dateOfBirth: { calendar: 'gregory', year: '1995', month: '4', day: '2' },
    mobile: '0551234567',
    region: 'riyadh',
    city: 'الرياض',
    education: 'bachelor',
    areas: ['mentoring', 'training'],
    availability: ['weekends'],
    hoursPerMonth: '١٠',
    channel: 'volunteering',
    consents: { processing: true },
  };

  it('accepts an application with Arabic-Indic hours', () => {
    const result = validate(volunteerApplicationSchema, application);
    expect(result.success && result.data.hoursPerMonth).toBe(10);
  });

  it('needs at least one area and a sensible number of hours', () => {
    const result = validate(
      volunteerApplicationSchema,
      { ...application, areas: [], hoursPerMonth: '500' },
      { locale: 'en' },
    );
    expect(result.success === false && result.issues.map((i) => i.message)).toEqual([
      'Choose at least one option.',
      'Enter 200 or less.',
    ]);
  });
});
