import { describe, expect, it } from 'vitest';
import { normalizeAddressNumber, normalizePostalCode } from './normalizePostalCode';
import { normalizeShortAddress } from './normalizeShortAddress';

describe('normalizePostalCode', () => {
  it('accepts five digits in any script', () => {
    expect(normalizePostalCode('12233')).toBe('12233');
    expect(normalizePostalCode('١٢٢٣٣')).toBe('12233');
  });

  it.each(['1223', '12233-8538', '122334', 'abcde'])('rejects %j', (input) => {
    expect(normalizePostalCode(input)).toBeNull();
  });
});

describe('normalizeAddressNumber', () => {
  it('accepts four digits', () => {
    expect(normalizeAddressNumber('٨٢٢٨')).toBe('8228');
    expect(normalizeAddressNumber('822')).toBeNull();
  });
});

describe('normalizeShortAddress', () => {
  it('upper-cases and joins letters and digits', () => {
    expect(normalizeShortAddress('abcd 1234')).toBe('ABCD1234');
    expect(normalizeShortAddress('RRRA٢٩٢٩')).toBe('RRRA2929');
  });

  it.each(['ABC12345', 'ABCD123', 'أبجد1234', ''])('rejects %j', (input) => {
    expect(normalizeShortAddress(input)).toBeNull();
  });
});
