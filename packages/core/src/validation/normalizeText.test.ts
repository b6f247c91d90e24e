import { describe, expect, it } from 'vitest';
import { normalizeMultilineText, normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it('strips control characters, bidi overrides and zero-width marks, keeping the words', () => {
    expect(normalizeText('نو\u0007رة\u202E \u200Bعلي\u009B')).toBe('نورة علي');
  });

  it('keeps line breaks in multi-line text but drops other controls', () => {
    expect(normalizeMultilineText('سطر\u0001 أول\r\nسطر\u000B ثانٍ')).toBe('سطر أول\nسطر ثانٍ');
  });
});
