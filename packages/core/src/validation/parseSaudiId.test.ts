import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSaudiId, luhnValid, parseSaudiId } from './parseSaudiId';

function withCheckDigit(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(prefix + d)) return prefix + d;
  throw new Error('unreachable');
}

describe('parseSaudiId', () => {
  it.each([
    ['1000000008', '1000000008', 'citizen'],
    ['1000000040', '1000000040', 'citizen'],
    ['1234567897', '1234567897', 'citizen'],
    ['2000000006', '2000000006', 'resident'],
    ['2000000030', '2000000030', 'resident'],
    ['2234567895', '2234567895', 'resident'],
    ['١٠٠٠٠٠٠٠٠٨', '1000000008', 'citizen'],
    ['۱۰۰۰۰۰۰۰۰۸', '1000000008', 'citizen'],
    ['\u200F1000 000 008 ', '1000000008', 'citizen'],
  ])('accepts %j as %s (%s)', (input, value, kind) => {
    expect(parseSaudiId(input)).toEqual({ ok: true, value, kind });
    expect(isValidSaudiId(input)).toBe(true);
  });

  it.each(['1000000007', '1000000000', '2000000007', '1234567890'])('rejects %s by checksum', (input) => {
    expect(parseSaudiId(input)).toEqual({ ok: false, code: 'checksum' });
  });

  it.each(['3000000000', '0000000000', '4000000000'])('rejects %s by prefix', (input) => {
    expect(parseSaudiId(input)).toEqual({ ok: false, code: 'prefix' });
  });

  it.each(['100000000', '10000000081', '', 'abcdefghij', '1-0'])('rejects %j by format', (input) => {
    expect(parseSaudiId(input)).toEqual({ ok: false, code: 'format' });
  });

  it('accepts every number whose check digit is computed by the rule', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '2'), fc.stringMatching(/^\d{8}$/), (first, rest) => {
        expect(parseSaudiId(withCheckDigit(first + rest)).ok).toBe(true);
      }),
    );
  });

  it('rejects every single-digit substitution of a valid number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', '2'),
        fc.stringMatching(/^\d{8}$/),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (first, rest, position, delta) => {
          const valid = withCheckDigit(first + rest);
          const digit = (Number(valid[position]) + delta) % 10;
          const changed = valid.slice(0, position) + digit + valid.slice(position + 1);
          expect(parseSaudiId(changed)).toEqual({ ok: false, code: 'checksum' });
        },
      ),
    );
  });
});
