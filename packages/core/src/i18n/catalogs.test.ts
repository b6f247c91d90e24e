import { describe, expect, it } from 'vitest';
import { DECLARATION_TEXTS } from '../declaration/declarationTexts';
import * as applicant from '../options/applicantOptions';
import { CHANNEL_ANSWERS, CHANNELS } from '../options/channels';
import * as household from '../options/householdOptions';
import { NATIONALITIES } from '../options/nationalities';
import * as other from '../options/otherFormOptions';
import * as request from '../options/requestOptions';
import { surveyMessages } from '../survey/surveyMessages';
import { validationMessages } from '../validation/validationMessages';
import { workflowMessages } from '../workflow/workflowMessages';
import { formatMessage, messageArguments } from './formatMessage';
import { getDirection, resolveLocale } from './locale';

const ARABIC_LETTER = /[\u0621-\u064A]/;
const catalogs = {
  validationMessages,
  surveyMessages,
  workflowMessages,
  declaration: DECLARATION_TEXTS['support-request'].text,
};
const optionLists = Object.entries({
  ...applicant,
  ...household,
  ...other,
  ...request,
  CHANNELS,
  CHANNEL_ANSWERS,
  NATIONALITIES,
}).filter(([, value]) => Array.isArray(value) && typeof value[0] === 'object') as [
  string,
  { id: string; label: { ar: string; en: string } }[],
][];

describe('catalogs', () => {
  it.each(Object.entries(catalogs))(
    '%s has the same keys and placeholders in ar and en',
    (_name, catalog) => {
      expect(Object.keys(catalog.ar).sort()).toEqual(Object.keys(catalog.en).sort());
      for (const [key, en] of Object.entries(catalog.en)) {
        const ar = (catalog.ar as Record<string, string>)[key]!;
        expect(messageArguments(ar), key).toEqual(messageArguments(en));
        expect(ar, key).toMatch(ARABIC_LETTER);
        expect(en.trim(), key).not.toBe('');
      }
    },
  );

  it.each(optionLists)('%s labels every option in Arabic and English', (_name, options) => {
    for (const option of options) {
      expect(option.label.ar, option.id).toMatch(ARABIC_LETTER);
      expect(option.label.en, option.id).toMatch(/[A-Za-z]/);
    }
    expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
  });

  it('has the policy’s eight channels', () => {
    expect(CHANNELS.map((c) => c.id)).toEqual([
      'interview',
      'phone',
      'social_media',
      'letter',
      'help_request',
      'volunteering',
      'website',
      'branch_representative',
    ]);
  });
});

describe('formatMessage', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} و {b}', { a: 1 })).toBe('1 و {b}');
  });
});

describe('getDirection', () => {
  it('derives direction from the locale', () => {
    expect(getDirection('ar')).toBe('rtl');
    expect(getDirection('en')).toBe('ltr');
  });
});

describe('resolveLocale', () => {
  it('falls back to Arabic for anything that is not English', () => {
    expect(resolveLocale('en-GB,en;q=0.9')).toBe('en');
    expect(resolveLocale('fr')).toBe('ar');
    expect(resolveLocale(undefined)).toBe('ar');
  });
});
