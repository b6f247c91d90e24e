import { describe, expect, it } from 'vitest';
import { declarationSchema } from '../declaration/declarationSchema';
import { isSignatureSubstantial } from '../declaration/signature';
import { supportRequestSchema } from '../schemas/supportRequestSchema';
import { MAX_ISSUES, validate } from '../validation/validate';
import { checkInputLimits, INPUT_LIMITS } from './inputLimits';

describe('checkInputLimits', () => {
  it('passes ordinary JSON and Arabic text with emoji (paired surrogates)', () => {
    expect(checkInputLimits({ name: 'نورة 🌙', list: [1, 2, { a: null }] })).toBeNull();
  });

  it('refuses NUL and unpaired surrogates anywhere, keys included', () => {
    expect(checkInputLimits({ a: 'x\u0000y' })).toBe('bad_text');
    expect(checkInputLimits({ 'k\u0000': 1 })).toBe('bad_text');
    expect(checkInputLimits(['\uD800'])).toBe('bad_text');
    expect(checkInputLimits(['a\uDC00b'])).toBe('bad_text');
  });

  it('refuses nesting deeper than the limit without recursion (no stack overflow at 100,000 levels)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkInputLimits(deep)).toBe('too_deep');
  });

  it('refuses too many entries, nodes or characters', () => {
    expect(checkInputLimits(new Array(INPUT_LIMITS.maxEntries + 1).fill(0))).toBe('too_many_entries');
    const wide = Array.from({ length: 40 }, () => new Array(9000).fill(0));
    expect(checkInputLimits(wide)).toBe('too_many_nodes');
    expect(checkInputLimits({ a: 'x'.repeat(INPUT_LIMITS.maxStringLength + 1) })).toBe('string_too_long');
  });
});

describe('validate bounds its work and its answer', () => {
  it.each(['ar', 'en'] as const)(
    'answers bad text with one fixed issue that echoes nothing (%s)',
    (locale) => {
      const result = validate(
        supportRequestSchema,
        { applicant: { firstName: '<b>\u0000</b>' } },
        { locale },
      );
      expect(result).toEqual({
        success: false,
        issues: [
          {
            path: '',
            code: 'input.bad_text',
            message:
              locale === 'ar'
                ? 'يحتوي النص على رموز غير مسموح بها.'
                : 'The text contains characters that are not allowed.',
          },
        ],
      });
    },
  );

  it(`returns at most ${MAX_ISSUES} issues`, () => {
    const household = Array.from({ length: 30 }, () => ({ name: 1, relation: 2, gender: 3 }));
    const result = validate(supportRequestSchema, { household });
    expect(result.success === false && result.issues.length).toBe(MAX_ISSUES);
  });

  it('refuses 20,000 invalid signature points with one issue, before looking at any point', () => {
    const strokes = Array.from({ length: 200 }, () => ({
      points: Array.from({ length: 100 }, () => ({ x: 'a', y: null })),
    }));
    const result = validate(declarationSchema, { method: 'drawn', strokes }, { locale: 'en' });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues.filter((i) => i.path.startsWith('strokes'));
    expect(issues).toEqual([{ path: 'strokes', code: 'too_many_items', message: 'Add at most 5000.' }]);
  });

  it('measures 250,000 points (which overflowed the stack before) without throwing', () => {
    const points = Array.from({ length: 250_000 }, (_, i) => ({ x: i % 300, y: i % 100, t: i }));
    expect(isSignatureSubstantial([{ points }], { width: 300, height: 100 })).toBe(true);
  });

  it('answers a schema that throws with an issue instead of throwing', () => {
    const throwing = {
      '~standard': {},
      _zod: {
        run: () => {
          throw new RangeError('boom');
        },
      },
    };
    const result = validate(throwing as never, {});
    expect(result).toMatchObject({ success: false, issues: [{ code: 'invalid' }] });
  });
});
