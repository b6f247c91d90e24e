import { describe, expect, it } from 'vitest';
import { isRetryableStatus } from './isRetryableStatus';
import { parseListQuery, parseTimeRange } from './parseListQuery';

describe('parseListQuery', () => {
  it('reads a valid query with defaults', () => {
    expect(parseListQuery({})).toEqual({ ok: true, query: { limit: 100, offset: 0 } });
    expect(
      parseListQuery({ limit: '50', offset: '100', form: 'inquiry', status: 'submitted', overdue: 'true' }),
    ).toEqual({
      ok: true,
      query: { limit: 50, offset: 100, form: 'inquiry', status: 'submitted', overdue: true },
    });
  });

  it.each([
    ['limit', '-1'],
    ['limit', '0'],
    ['limit', '1.5'],
    ['limit', '1e3'],
    ['limit', '99999999999999999999'],
    ['limit', '1001'],
    ['limit', ' 5'],
    ['offset', '-5'],
    ['offset', 'NaN'],
    ['offset', '2000000'],
    ['form', 'passwords'],
    ['status', 'deleted'],
    ['overdue', 'yes'],
  ])('refuses %s=%j', (name, value) => {
    expect(parseListQuery({ [name]: value })).toEqual({ ok: false, parameter: name });
  });
});

describe('parseTimeRange', () => {
  it('accepts days and UTC times', () => {
    expect(parseTimeRange({ from: '2026-11-01', to: '2026-11-30T23:59:59Z' })).toEqual({
      ok: true,
      query: { from: '2026-11-01', to: '2026-11-30T23:59:59Z' },
    });
  });

  it.each([
    [{ from: '2026-02-30' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2026-11-01T10:00:00+03:00' }, 'from'],
    [{ from: '2026-12-01', to: '2026-11-01' }, 'from'],
  ])('refuses %j', (range, parameter) => {
    expect(parseTimeRange(range)).toEqual({ ok: false, parameter });
  });
});

describe('isRetryableStatus', () => {
  it('retries timeouts, too early, too many requests and server errors only', () => {
    expect([408, 425, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 413, 415, 422].some(isRetryableStatus)).toBe(false);
  });
});
