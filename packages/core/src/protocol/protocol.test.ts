import { describe, expect, it } from 'vitest';
import {
  allowedMethods,
  codeForStatus,
  HTTP_STATUS_OF_CODE,
  isStorageErrorCode,
  routePath,
  STORAGE_ERROR_CODES,
} from './protocol';

describe('the protocol table', () => {
  it('fills and encodes a route’s parameters, and refuses a missing one', () => {
    expect(routePath('submit', { form: 'inquiry' })).toBe('/v1/forms/inquiry/submissions');
    expect(routePath('staffAttachment', { reference: 'MRD-AB/CD', id: 'att 1' })).toBe(
      '/v1/staff/requests/MRD-AB%2FCD/attachments/att%201',
    );
    expect(() => routePath('status')).toThrow(RangeError);
  });

  it('reads a status back to the code it was sent for, and guesses safely without one', () => {
    for (const code of ['not_found', 'payload_too_large', 'unsupported_media_type', 'rate_limited'] as const)
      expect(codeForStatus(HTTP_STATUS_OF_CODE[code])).toBe(code);
    expect(codeForStatus(401)).toBe('forbidden');
    expect(codeForStatus(502)).toBe('unavailable');
    expect(codeForStatus(408)).toBe('unavailable');
    expect(codeForStatus(418)).toBe('validation_failed');
  });

  it('knows its codes and no others', () => {
    expect(STORAGE_ERROR_CODES.every(isStorageErrorCode)).toBe(true);
    expect(isStorageErrorCode('internal')).toBe(false);
    expect(isStorageErrorCode('__proto__')).toBe(false);
  });

  it('lists the methods a path has, HEAD with GET, and none for a path outside the protocol', () => {
    expect(allowedMethods('/v1/staff/keys')).toEqual(['GET', 'HEAD', 'POST']);
    expect(allowedMethods('/v1/staff/requests/MRD-1')).toEqual(['DELETE', 'GET', 'HEAD']);
    expect(allowedMethods('/v1/forms/inquiry/submissions')).toEqual(['POST']);
    expect(allowedMethods('/v1/forms//submissions')).toEqual([]);
    expect(allowedMethods('/v1/nothing')).toEqual([]);
    expect(HTTP_STATUS_OF_CODE.method_not_allowed).toBe(405);
  });
});
