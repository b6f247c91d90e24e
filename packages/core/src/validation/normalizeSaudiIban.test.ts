import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSaudiIban } from './normalizeSaudiIban';

describe('normalizeSaudiIban', () => {
  it.each([
    ['SA0380000000608010167519', 'SA0380000000608010167519'],
    ['SA03 8000 0000 6080 1016 7519', 'SA0380000000608010167519'],
    ['sa0380000000608010167519', 'SA0380000000608010167519'],
    ['SA5220ABCDEF123456789012', 'SA5220ABCDEF123456789012'],
    ['SA8510000012345678901234', 'SA8510000012345678901234'],
    ['SA٠٣٨٠٠٠٠٠٠٠٦٠٨٠١٠١٦٧٥١٩', 'SA0380000000608010167519'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeSaudiIban(input)).toBe(expected);
  });

  it.each([
    'SA0380000000608010167518',
    'SA0480000000608010167519',
    'SA038000000060801016751',
    'ES9121000418450200051332',
    '',
  ])('rejects %j', (input) => {
    expect(normalizeSaudiIban(input)).toBeNull();
  });

  it.each([
    ['SA9980000000000000000008', 'SA0280000000000000000008'],
    ['SA0180000000000000000026', 'SA9880000000000000000026'],
    ['SA0080000000000000000044', 'SA9780000000000000000044'],
  ])(
    'refuses check digits outside 02–98 (%j) even where MOD 97 passes, and accepts %j',
    (outside, canonical) => {
      expect(normalizeSaudiIban(outside)).toBeNull();
      expect(normalizeSaudiIban(canonical)).toBe(canonical);
    },
  );

  it('rejects every single-digit substitution in the account part', () => {
    const valid = 'SA0380000000608010167519';
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 23 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digit = (Number(valid[position]) + delta) % 10;
        expect(normalizeSaudiIban(valid.slice(0, position) + digit + valid.slice(position + 1))).toBeNull();
      }),
    );
  });
});
