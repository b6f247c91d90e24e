import {
  DECLARATION_TEXTS,
  messageArguments,
  messageWords,
  notificationTemplates,
  staffValidationMessages,
  surveyMessages,
  validationMessages,
  workflowMessages,
} from '@mord/core';
import { describe, expect, it } from 'vitest';
import { fieldMessages } from '../packages/react/src/i18n/fieldMessages';
import { staffMessages } from '../packages/react/src/i18n/staffMessages';
import { uiMessages } from '../packages/react/src/i18n/uiMessages';
import { siteMessages } from './association-site/src/siteMessages';

/** Every catalog a reader sees, whichever package shows it (the embed passes these through). */
const CATALOGS: Record<string, { ar: Record<string, string>; en: Record<string, string> }> = {
  validationMessages,
  staffValidationMessages,
  surveyMessages,
  workflowMessages,
  notificationTemplates,
  declaration: DECLARATION_TEXTS['support-request'].text,
  staffAttestation: DECLARATION_TEXTS['staff-attestation'].text,
  uiMessages,
  staffMessages,
  fieldMessages,
  siteMessages,
};

/**
 * Latin words an Arabic text may keep, each as Saudi readers see it written: file formats (PDF, JPEG, PNG,
 * CSV) and the QR code; the IBAN's country code; the survey metrics' international names, after their
 * Arabic names; the Latin letters of a short national address (RRRA2929) and of an example e-mail address;
 * and the site's language switch, which names English in English on purpose.
 */
const LATIN_ALLOWED = new Set([
  'PDF',
  'JPEG',
  'PNG',
  'CSV',
  'QR',
  'SA',
  'IBAN',
  'CSAT',
  'NPS',
  'CES',
  'RRRA',
  'name',
  'example',
  'com',
  'English',
]);

describe('every catalog, in both locales', () => {
  it.each(Object.entries(CATALOGS))(
    '%s has the same keys and placeholders in ar and en',
    (_name, catalog) => {
      expect(Object.keys(catalog.ar).sort()).toEqual(Object.keys(catalog.en).sort());
      for (const [key, en] of Object.entries(catalog.en)) {
        expect(messageArguments(catalog.ar[key]!), key).toEqual(messageArguments(en));
        expect(en.trim(), key).not.toBe('');
      }
    },
  );

  it.each(Object.entries(CATALOGS))(
    '%s writes Arabic without Latin words but the allowed ones',
    (_name, catalog) => {
      const found: string[] = [];
      for (const [key, ar] of Object.entries(catalog.ar)) {
        const latin = messageWords(ar).match(/[A-Za-z]+/g) ?? [];
        for (const word of latin) if (!LATIN_ALLOWED.has(word)) found.push(`${key}: ${word}`);
      }
      expect(found).toEqual([]);
    },
  );

  it.each(Object.entries(CATALOGS))('%s uses Arabic punctuation in Arabic only', (_name, catalog) => {
    const found: string[] = [];
    for (const [key, en] of Object.entries(catalog.en)) if (/[،؛؟]/.test(en)) found.push(`${key} (en)`);
    for (const [key, ar] of Object.entries(catalog.ar)) {
      // A Latin comma or question mark between Arabic words.
      if (/[\u0600-\u06FF]\s*[,?;]\s*[\u0600-\u06FF]/.test(ar.replace(/\{\w+\}/g, 'س')))
        found.push(`${key} (ar)`);
    }
    expect(found).toEqual([]);
  });
});
