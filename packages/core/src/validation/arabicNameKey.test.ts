import { describe, expect, it } from 'vitest';
import { arabicNameKey } from './arabicNameKey';
import { normalizeText } from './normalizeText';

describe('arabicNameKey', () => {
  it.each([
    ['مُحَمَّـــد', 'محمد'],
    ['أحمد', 'احمد'],
    ['إيمان', 'ايمان'],
    ['آمنة', 'امنه'],
    ['منى', 'مني'],
    ['فاطمة', 'فاطمه'],
    ['عبد الله', 'عبدالله'],
    ['عبدُ الرَّحْمن', 'عبدالرحمن'],
    ['ﻣﺤﻤﺪ', 'محمد'],
    ['نوره\u200F', 'نوره'],
    ['  Sara  ', 'sara'],
  ])('gives %j the same key as %j', (a, b) => {
    expect(arabicNameKey(a)).toBe(arabicNameKey(b));
  });

  it('keeps different names apart', () => {
    expect(arabicNameKey('سارة')).not.toBe(arabicNameKey('سامية'));
  });
});

describe('normalizeText', () => {
  it('folds presentation forms, removes tatweel and marks, collapses spaces, keeps diacritics', () => {
    expect(normalizeText('  ﻣﺤﻤـــد \u200F  عَلي ')).toBe('محمد عَلي');
  });
});
