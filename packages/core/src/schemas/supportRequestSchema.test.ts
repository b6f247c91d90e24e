import { describe, expect, it } from 'vitest';
import { exampleSupportRequest } from '../examples/exampleSupportRequest';
import { validate } from '../validation/validate';
import { householdSize, SUPPORT_REQUEST_SECTIONS, supportRequestSchema } from './supportRequestSchema';

function issuesOf(input: unknown, locale: 'ar' | 'en' = 'ar') {
  const result = validate(supportRequestSchema, input, { locale });
  if (result.success) throw new Error('expected issues');
  return result.issues;
}

describe('supportRequestSchema', () => {
  it('accepts the example and normalises digits, phone, IBAN, address and Hijri date', () => {
    const input = exampleSupportRequest();
    input.request.supportTypes = ['financial', 'entrepreneurship'];
    const result = validate(supportRequestSchema, input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const { data } = result;
    expect(data.applicant.idNumber).toBe('1000000008');
    expect(data.applicant.dateOfBirth).toEqual({
      calendar: 'islamic-umalqura',
      year: 1405,
      month: 7,
      day: 1,
      iso: '1985-03-23',
    });
    expect(data.contact.mobile).toBe('+966551234567');
    expect(data.contact.alternateMobile).toBeUndefined();
    expect(data.address.nationalAddress?.shortAddress).toBe('RRRA2929');
    expect(data.housing).toEqual({ type: 'apartment', ownership: 'rented', annualRent: 24000 });
    expect(data.income.sources[1]).toEqual({ type: 'citizen_account', amount: 500.5 });
    expect(data.request.iban).toBe('SA0380000000608010167519');
    expect(householdSize(data)).toBe(3);
  });

  it('validates its own output again to the same value (the digest a server recomputes)', () => {
    const first = validate(supportRequestSchema, exampleSupportRequest());
    if (!first.success) throw new Error('invalid example');
    const second = validate(supportRequestSchema, JSON.parse(JSON.stringify(first.data)));
    expect(second).toEqual(first);
  });

  it('reports a bad ID, mobile and missing rent with Arabic messages by default', () => {
    const input = exampleSupportRequest();
    input.applicant.idNumber = '1000000007';
    input.contact.mobile = '0521';
    input.housing.annualRent = '';
    expect(issuesOf(input)).toEqual([
      {
        path: 'applicant.idNumber',
        code: 'saudi_id.checksum',
        message: 'رقم الهوية غير صحيح، تحققي من الأرقام.',
      },
      {
        path: 'contact.mobile',
        code: 'mobile',
        message: 'أدخلي رقم جوال سعوديًا من ١٠ أرقام يبدأ بـ ٠٥، مثل ٠٥٥١٢٣٤٥٦٧.',
      },
      { path: 'housing.annualRent', code: 'required', message: 'هذا الحقل مطلوب.' },
    ]);
  });

  it('reports the same issues in English', () => {
    const input = exampleSupportRequest();
    input.applicant.idNumber = '1000000007';
    expect(issuesOf(input, 'en')).toEqual([
      {
        path: 'applicant.idNumber',
        code: 'saudi_id.checksum',
        message: 'This ID number is not valid. Check the digits.',
      },
    ]);
  });

  it('rejects a Hijri day the month does not have, naming the month length', () => {
    const input = exampleSupportRequest();
    input.applicant.dateOfBirth = { calendar: 'islamic-umalqura', year: '١٤٤٥', month: '١', day: '٣٠' };
    expect(issuesOf(input, 'en')).toEqual([
      {
        path: 'applicant.dateOfBirth.day',
        code: 'date.hijri_month_length',
        message: 'This Hijri month has only 29 days.',
      },
    ]);
    expect(issuesOf(input, 'ar')[0]?.message).toBe('عدد أيام هذا الشهر الهجري ٢٩ يومًا فقط.');
  });

  it('rejects a date of birth in the future and a Gregorian day that does not exist', () => {
    const input = exampleSupportRequest();
    input.applicant.dateOfBirth = { calendar: 'gregory', year: 2999, month: 1, day: 1 };
    input.household[0]!.dateOfBirth = { calendar: 'gregory', year: 2023, month: 2, day: 29 };
    expect(issuesOf(input, 'en').map((i) => [i.path, i.code])).toEqual([
      ['applicant.dateOfBirth.year', 'date.future'],
      ['household.0.dateOfBirth.day', 'date.invalid'],
    ]);
  });

  it('ties the ID number to the ID type and nationality', () => {
    const resident = exampleSupportRequest();
    resident.applicant.idNumber = '2000000006';
    expect(issuesOf(resident, 'en')[0]).toMatchObject({
      path: 'applicant.idNumber',
      code: 'saudi_id.not_citizen',
    });
    const foreigner = exampleSupportRequest();
    foreigner.applicant.nationality = 'eg';
    expect(issuesOf(foreigner, 'en')[0]).toMatchObject({
      path: 'applicant.idType',
      code: 'id_type.nationality',
    });
    const iqama = exampleSupportRequest();
    iqama.applicant = { ...iqama.applicant, nationality: 'EG', idType: 'iqama', idNumber: '٢٠٠٠٠٠٠٠٠٦' };
    const ok = validate(supportRequestSchema, iqama);
    expect(ok.success && ok.data.applicant.idNumber).toBe('2000000006');
    const passport = exampleSupportRequest();
    passport.applicant = {
      ...passport.applicant,
      nationality: 'YE',
      idType: 'passport',
      idNumber: ' a12-345 678 ',
    };
    const p = validate(supportRequestSchema, passport);
    expect(p.success && p.data.applicant.idNumber).toBe('A12345678');
  });

  it('drops the rent when not renting and the IBAN without cash support (data minimisation)', () => {
    const input = exampleSupportRequest();
    input.housing = { type: 'villa', ownership: 'with_family', annualRent: '5000' };
    input.request.supportTypes = ['training'];
    const result = validate(supportRequestSchema, input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.housing).toEqual({ type: 'villa', ownership: 'with_family' });
    expect(result.data.request).not.toHaveProperty('iban');
  });

  it('asks for an IBAN for cash support', () => {
    const input = exampleSupportRequest();
    input.request.supportTypes = ['rent_bills'];
    input.request.iban = '';
    expect(issuesOf(input, 'en')).toEqual([
      {
        path: 'request.iban',
        code: 'support.iban_required',
        message: 'Cash support is paid by bank transfer: enter your IBAN.',
      },
    ]);
  });

  it('requires the social security amount when the family receives it, and each source once', () => {
    const input = exampleSupportRequest();
    input.income.sources = [
      { type: 'salary', amount: '1000' },
      { type: 'salary', amount: '2000' },
    ];
    expect(issuesOf(input, 'en').map((i) => [i.path, i.code])).toEqual([
      ['income.sources.1.type', 'income.duplicate_source'],
      ['income.sources', 'income.social_security_missing'],
    ]);
  });

  it('requires explicit consent for health information', () => {
    const input = exampleSupportRequest();
    input.household[0]!.healthCondition = 'ربو مزمن';
    expect(issuesOf(input, 'en')).toEqual([
      {
        path: 'consents.sensitiveData',
        code: 'consent.sensitive_required',
        message: 'Health information needs your explicit consent.',
      },
    ]);
    input.consents.sensitiveData = true;
    expect(validate(supportRequestSchema, input).success).toBe(true);
  });

  it('rejects household duplicates of the applicant or each other', () => {
    const input = exampleSupportRequest();
    input.household[0]!.idNumber = '1000000008';
    input.household[1]!.idNumber = '1000000008';
    expect(issuesOf(input, 'en').map((i) => i.code)).toEqual([
      'household.same_as_applicant',
      'household.same_as_applicant',
    ]);
  });

  it('requires all three consents and rejects unknown fields', () => {
    const input = exampleSupportRequest() as unknown as Record<string, Record<string, unknown>>;
    input.consents!.verification = false;
    input.applicant!.favouriteColour = 'blue';
    expect(issuesOf(input, 'ar')).toEqual([
      { path: 'applicant', code: 'unknown_fields', message: 'يحتوي هذا الجزء على حقول لا يتوقعها النموذج.' },
      {
        path: 'consents.verification',
        code: 'consent_required',
        message: 'يلزم الموافقة على هذا البند للمتابعة.',
      },
    ]);
  });

  it('refuses 10,000 household members with a clear limit', () => {
    const input = exampleSupportRequest();
    input.household = Array.from({ length: 10_000 }, () => input.household[0]!);
    const issues = issuesOf(input, 'en');
    expect(issues).toEqual([{ path: 'household', code: 'too_many_items', message: 'Add at most 30.' }]);
  });

  it('keeps markup as plain text (it is escaped by the views, never interpreted here)', () => {
    const input = exampleSupportRequest();
    input.request.description = '<script>alert(1)</script> أحتاج إلى مساعدة عاجلة';
    const result = validate(supportRequestSchema, input);
    expect(result.success && result.data.request.description).toBe(
      '<script>alert(1)</script> أحتاج إلى مساعدة عاجلة',
    );
  });

  it('rejects digits in a name part', () => {
    const input = exampleSupportRequest();
    input.applicant.firstName = 'فاطمة2';
    expect(issuesOf(input, 'en')).toEqual([
      { path: 'applicant.firstName', code: 'name_letters', message: 'Write the name with letters only.' },
    ]);
  });

  it('validates a national address as a short address or three numbers', () => {
    const input = exampleSupportRequest();
    input.address.nationalAddress = { buildingNumber: '٨٢٢٨', postalCode: '12233' };
    expect(issuesOf(input, 'en')).toEqual([
      {
        path: 'address.nationalAddress.additionalNumber',
        code: 'national_address.incomplete',
        message: 'Enter the short address, or the building number, postal code and additional number.',
      },
    ]);
    input.address.nationalAddress = { buildingNumber: '٨٢٢٨', postalCode: '12233', additionalNumber: '2121' };
    expect(validate(supportRequestSchema, input).success).toBe(true);
  });

  it('offers each section as its own schema for step-by-step validation', () => {
    const result = validate(
      SUPPORT_REQUEST_SECTIONS.contact,
      { mobile: '', preferredContact: 'email', email: '' },
      { locale: 'en' },
    );
    expect(result.success === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['mobile', 'required'],
    ]);
  });
});
