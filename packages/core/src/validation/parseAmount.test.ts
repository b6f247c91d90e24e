import { describe, expect, it } from 'vitest';
import { parseAmount } from './parseAmount';

describe('parseAmount', () => {
  it.each([
    ['٣٬٥٠٠٫٥٠', 3500.5],
    ['۴۵۰۰', 4500],
    ['1,500', 1500],
    ['1500.25', 1500.25],
    ['١٥٠٠ ر.س', 1500],
    ['SAR 20', 20],
    [0, 0],
    [12.5, 12.5],
  ])('parses %j', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });

  it.each(['', '-5', '1.234', 'abc', '1٫2٫3', Number.NaN, -1, Number.POSITIVE_INFINITY])(
    'rejects %j',
    (input) => {
      expect(parseAmount(input)).toBeNull();
    },
  );
});
