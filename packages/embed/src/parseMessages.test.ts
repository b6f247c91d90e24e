import { describe, expect, it } from 'vitest';
import { parseMessages } from './parseMessages';

describe('parseMessages', () => {
  it('keeps the string texts of both locales', () => {
    expect(
      parseMessages('{"ar":{"inquiry.title":"سؤالكِ"},"en":{"inquiry.title":"Your question","x":1}}'),
    ).toEqual({ ar: { 'inquiry.title': 'سؤالكِ' }, en: { 'inquiry.title': 'Your question' } });
  });

  it('ignores other locales and non-object entries', () => {
    expect(parseMessages('{"fr":{"a":"b"},"ar":"نص"}')).toEqual({});
  });

  it('returns null for JSON that is not an object of locales', () => {
    for (const source of ['{', '[]', '"text"', 'null', '42']) expect(parseMessages(source)).toBeNull();
  });
});
