import { describe, expect, it } from 'vitest';
import { formatMessage, messageArguments, messageWords } from './formatMessage';

const days = {
  ar: '{n, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}',
  en: '{n, plural, one {# day} other {# days}}',
};
const arabicDigits = (n: number) => new Intl.NumberFormat('ar-u-nu-arab').format(n);

describe('formatMessage', () => {
  it.each([
    [0, 'لا أيام', '0 days'],
    [1, 'يوم واحد', '1 day'],
    [2, 'يومان', '2 days'],
    [3, '٣ أيام', '3 days'],
    [11, '١١ يومًا', '11 days'],
    [100, '١٠٠ يوم', '100 days'],
  ])('chooses the plural form of %i by the locale’s rules, in its digits', (n, ar, en) => {
    expect(formatMessage(days.ar, { n }, { locale: 'ar', formatNumber: arabicDigits })).toBe(ar);
    expect(formatMessage(days.en, { n }, { locale: 'en' })).toBe(en);
  });

  it('takes an exact form first, fills placeholders inside a form, and leaves unknown ones visible', () => {
    const period = '{n, plural, =14 {أسبوعين} few {# أيام} other {# يومًا}} — {who}';
    expect(formatMessage(period, { n: 14, who: 'اللجنة' })).toBe('أسبوعين — اللجنة');
    expect(formatMessage(period, { n: 5, who: 'اللجنة' })).toBe('5 أيام — اللجنة');
    expect(formatMessage('{a} و{b}', { a: 'x' })).toBe('x و{b}');
    expect(formatMessage('{a', { a: 'x' })).toBe('{a');
  });

  it('writes the catalog’s own digits in Latin for a reader who chose them, leaving params alone', () => {
    expect(formatMessage('رقم من ١٠ أرقام: {x}', { x: '٠٥' }, { latinDigits: true })).toBe(
      'رقم من 10 أرقام: ٠٥',
    );
    expect(formatMessage('١٠ أرقام', undefined, { latinDigits: true })).toBe('10 أرقام');
    expect(formatMessage('١٠ أرقام')).toBe('١٠ أرقام');
  });

  it('lists the arguments and words of a message', () => {
    expect(messageArguments(`${days.ar} — {name}`)).toEqual(['n', 'name']);
    expect(messageArguments('{n, plural, one {{who} وحدها} other {# منهن}}')).toEqual(['n', 'who']);
    expect(messageWords(days.en)).not.toMatch(/plural|one|other/);
    expect(messageWords(days.en)).toMatch(/day/);
  });
});
