import { StorageError } from '@mord/core';
import { describe, expect, it } from 'vitest';
import { staffErrorText } from './staffErrorText';
import { staffMessages } from './staffMessages';

describe('staffErrorText', () => {
  it.each(['ar', 'en'] as const)(
    'says what went wrong in the reader’s language, never the server’s words (%s)',
    (locale) => {
      const t = (key: keyof (typeof staffMessages)['en']) => staffMessages[locale][key];
      const moved = new StorageError('invalid_transition', 'The request changed meanwhile; reload it');
      expect(staffErrorText(moved, locale, t)).toBe(staffMessages[locale]['error.invalid_transition']);
      expect(staffErrorText(new TypeError('Failed to fetch'), locale, t)).toBe(
        staffMessages[locale]['error.unavailable'],
      );
      const invalid = new StorageError('validation_failed', 'Bad', {
        issues: [{ path: 'reason', code: 'reason.required', message: 'Choose a reason' }],
      });
      expect(staffErrorText(invalid, locale, t)).toBe(
        locale === 'ar' ? 'اختاري سبب رفض الطلب.' : 'Choose the reason for the rejection.',
      );
      if (locale === 'ar') expect(staffErrorText(moved, locale, t)).not.toMatch(/[A-Za-z]/);
    },
  );
});
