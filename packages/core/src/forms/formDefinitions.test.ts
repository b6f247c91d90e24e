import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { MESSAGE_TRANSITIONS, TRANSITIONS } from '../workflow/transitions';
import { displayName, FORM_DEFINITIONS, type FormRecord, transitionsFor } from './formDefinitions';
import { FORM_IDS } from './formIds';
import { requiresRent, requiresSensitiveConsent } from './supportRequestRules';

describe('FORM_DEFINITIONS', () => {
  it('has one entry per form id', () => {
    expect(Object.keys(FORM_DEFINITIONS).sort()).toEqual([...FORM_IDS].sort());
    for (const form of FORM_IDS) expect(FORM_DEFINITIONS[form].id).toBe(form);
  });

  it('says which forms have a committee decision, a declaration and documents', () => {
    expect(FORM_IDS.filter((form) => FORM_DEFINITIONS[form].hasDecision)).toEqual(['support-request']);
    expect(FORM_IDS.map((form) => FORM_DEFINITIONS[form].declaration)).toEqual([
      'support-request',
      null,
      null,
    ]);
    expect(FORM_IDS.filter((form) => FORM_DEFINITIONS[form].attachments)).toEqual(['support-request']);
    expect(transitionsFor('support-request')).toBe(TRANSITIONS);
    expect(transitionsFor('volunteer')).toBe(MESSAGE_TRANSITIONS);
  });

  it('derives the display name and the service from typed data', () => {
    const record = {
      form: 'support-request',
      data: {
        applicant: {
          firstName: 'فاطمة',
          fatherName: 'عبد الله',
          grandfatherName: 'محمد',
          familyName: 'القحطاني',
        },
        request: { supportTypes: ['medical', 'training'] },
      },
    } as unknown as FormRecord;
    expect(displayName(record.form, record.data)).toBe('فاطمة عبد الله محمد القحطاني');
    if (record.form === 'support-request')
      expect(FORM_DEFINITIONS[record.form].service(record.data)).toBe('medical');
    expect(displayName('inquiry', { name: 'نورة' })).toBe('نورة');
    // An erased stub has no name; the queue shows none rather than failing.
    expect(displayName('support-request', { request: { supportTypes: ['medical'] } })).toBe('');
    expect(displayName('inquiry', null)).toBe('');
  });

  it('builds each schema, refusing empty data', () => {
    for (const form of FORM_IDS) expect(validate(FORM_DEFINITIONS[form].schema(), {}).success).toBe(false);
  });
});

describe('the support request rules', () => {
  it('asks the rent only when renting', () => {
    expect(requiresRent('rented')).toBe(true);
    expect(requiresRent('owned')).toBe(false);
  });

  it('asks the sensitive-data consent only when a health condition is given', () => {
    expect(requiresSensitiveConsent([{ healthCondition: '  ' }, {}])).toBe(false);
    expect(requiresSensitiveConsent([{ healthCondition: 'سكري' }])).toBe(true);
    expect(requiresSensitiveConsent(undefined)).toBe(false);
  });
});
