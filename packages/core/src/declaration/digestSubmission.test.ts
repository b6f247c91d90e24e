import { describe, expect, it } from 'vitest';
import { digestSubmission } from './digestSubmission';
import { sha256Hex } from './sha256Hex';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes bytes', async () => {
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(await sha256Hex('abc'));
  });
});

describe('digestSubmission', () => {
  it('is the SHA-256 of the canonical JSON', async () => {
    expect(await digestSubmission({ b: 2, a: 1 })).toBe(await sha256Hex('{"a":1,"b":2}'));
  });

  it('does not depend on key order but on every value', async () => {
    expect(await digestSubmission({ a: 'فاطمة', b: [1, 2] })).toBe(
      await digestSubmission({ b: [1, 2], a: 'فاطمة' }),
    );
    expect(await digestSubmission({ a: 'فاطمة' })).not.toBe(await digestSubmission({ a: 'فاطمه' }));
  });
});
