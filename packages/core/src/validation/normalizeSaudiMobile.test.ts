import { describe, expect, it } from 'vitest';
import { isValidSaudiMobile, normalizeSaudiMobile } from './normalizeSaudiMobile';

describe('normalizeSaudiMobile', () => {
  it.each([
    ['050 123 4567', '+966501234567'],
    ['\u200E+966 55 123 4567\u200E', '+966551234567'],
    ['٠٥٥١٢٣٤٥٦٧', '+966551234567'],
    ['00966501234567', '+966501234567'],
    ['966501234567', '+966501234567'],
    ['501234567', '+966501234567'],
    ['055-123-4567', '+966551234567'],
    ['+966 (50) 123.4567', '+966501234567'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normalizeSaudiMobile(input)).toBe(expected);
    expect(isValidSaudiMobile(input)).toBe(true);
  });

  it.each([
    '0112345678',
    '05012345',
    '+971501234567',
    '5012345678',
    '',
    'abc',
    '+9660501234567',
    '96650123456',
  ])('rejects %j', (input) => {
    expect(normalizeSaudiMobile(input)).toBeNull();
  });
});
