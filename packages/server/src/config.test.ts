import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig: CORS origins', () => {
  it('normalises case, spaces and a trailing slash to the origin browsers send', () => {
    const config = readConfig({
      MORD_CORS_ORIGINS: ' HTTPS://Partner.Example/ ,http://localhost:5173,https://b.example:8443/',
      MORD_STAFF_CORS_ORIGINS: 'https://Staff.Example/',
    });
    expect(config.corsOrigins).toEqual([
      'https://partner.example',
      'http://localhost:5173',
      'https://b.example:8443',
    ]);
    expect(config.staffCorsOrigins).toEqual(['https://staff.example']);
  });

  it('drops the default port, as the Origin header does', () => {
    expect(readConfig({ MORD_CORS_ORIGINS: 'https://partner.example:443' }).corsOrigins).toEqual([
      'https://partner.example',
    ]);
  });

  it.each(['partner.example', '*', 'https://partner.example/forms', 'https://partner.example/?a=1'])(
    'stops at start for %j, which is not an origin',
    (entry) => {
      expect(() => readConfig({ MORD_CORS_ORIGINS: entry })).toThrow(/MORD_CORS_ORIGINS.*not an origin/);
    },
  );

  it('ignores empty entries', () => {
    expect(readConfig({ MORD_CORS_ORIGINS: 'https://a.example,, ' }).corsOrigins).toEqual([
      'https://a.example',
    ]);
    expect(readConfig({}).corsOrigins).toEqual([]);
  });
});
