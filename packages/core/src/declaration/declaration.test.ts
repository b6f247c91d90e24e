import { describe, expect, it } from 'vitest';
import { exampleSupportRequest } from '../examples/exampleSupportRequest';
import { supportRequestSchema } from '../schemas/supportRequestSchema';
import { validate } from '../validation/validate';
import { createDeclarationRecord } from './createDeclarationRecord';
import { declarationSchema } from './declarationSchema';
import { getDeclarationText } from './declarationTexts';
import { formatDecisionPeriod } from './formatDecisionPeriod';
import { sha256Hex } from './sha256Hex';
import { isSignatureSubstantial, type SignatureStroke, scaleStrokes } from './signature';
import { signerNameMatches } from './signerNameMatches';
import { inspectDeclaration, verifyDeclaration } from './verifyDeclaration';

function validData() {
  const result = validate(supportRequestSchema, exampleSupportRequest());
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const box = { width: 400, height: 160 };
const scribble: SignatureStroke[] = [
  {
    points: Array.from({ length: 40 }, (_, i) => ({
      x: 40 + i * 8,
      y: 80 + Math.sin(i / 3) * 30,
      t: 1_700_000_000_000 + i * 16,
    })),
  },
];

describe('getDeclarationText', () => {
  it('states responsibility, consent to verification and the committee period in Arabic', () => {
    const { text, version } = getDeclarationText('support-request', 'ar');
    expect(version).toBe('1');
    expect(text).toContain('صحيحة');
    expect(text).toContain('المسؤولية المباشرة');
    expect(text).toContain('لجنة البحث');
    expect(text).toContain('خلال أسبوعين');
  });

  it('renders the English text with a configured decision period', () => {
    const { text } = getDeclarationText('support-request', 'en', { decisionDays: 10 });
    expect(text).toContain('research committee');
    expect(text).toContain('within 10 days');
  });

  it.each([
    [1, 'يوم واحد', '1 day'],
    [2, 'يومين', '2 days'],
    [3, '٣ أيام', '3 days'],
    [11, '١١ يومًا', '11 days'],
    [14, 'أسبوعين', 'two weeks'],
    [21, 'ثلاثة أسابيع', 'three weeks'],
    [30, 'شهر', 'one month'],
    [100, '١٠٠ يوم', '100 days'],
  ])('words a period of %i days by the number’s rules', (days, ar, en) => {
    expect(formatDecisionPeriod(days, 'ar')).toBe(ar);
    expect(formatDecisionPeriod(days, 'en')).toBe(en);
  });

  it('writes the period in the reader’s digits, and the policy’s “no less than” wording', () => {
    expect(formatDecisionPeriod(11, 'ar', 'within', 'latn')).toBe('11 يومًا');
    expect(formatDecisionPeriod(14, 'ar', 'at_least')).toBe('مدة لا تقل عن أسبوعين');
    expect(formatDecisionPeriod(10, 'en', 'at_least')).toBe('a period of no less than 10 days');
  });

  it('keeps the wording version 1 of the declaration was signed with', () => {
    expect(getDeclarationText('support-request', 'ar', { decisionDays: 21 }).text).toContain('خلال ٢١ يومًا');
  });
});

describe('createDeclarationRecord', () => {
  it('binds the exact text and the digest of the data, and validates against declarationSchema', async () => {
    const data = validData();
    const record = await createDeclarationRecord({
      data,
      textId: 'support-request',
      locale: 'ar',
      signerName: 'فاطمة عبد الله محمد القحطاني',
      method: 'drawn',
      strokes: scribble,
      box,
      signedAt: new Date('2026-11-25T08:00:00Z'),
    });
    expect(record.textSha256).toBe(await sha256Hex(record.text));
    expect(record.signedAt).toBe('2026-11-25T08:00:00.000Z');
    expect(validate(declarationSchema, record).success).toBe(true);
    expect(await verifyDeclaration(record, data)).toBe(true);
  });
});

describe('verifyDeclaration', () => {
  it('fails when the data changed after signing', async () => {
    const data = validData();
    const record = await createDeclarationRecord({
      data,
      textId: 'support-request',
      locale: 'en',
      signerName: 'Fatimah',
      method: 'typed',
    });
    const tampered = structuredClone(data);
    tampered.housing = { ...tampered.housing, annualRent: 1 } as typeof tampered.housing;
    expect(await verifyDeclaration(record, tampered)).toBe(false);
    expect(await inspectDeclaration(record, tampered)).toMatchObject({
      digestMatches: false,
      textMatches: true,
      officialText: true,
    });
  });

  it('fails when the text was swapped, even with a matching hash', async () => {
    const data = validData();
    const record = await createDeclarationRecord({
      data,
      textId: 'support-request',
      locale: 'ar',
      signerName: 'فاطمة',
      method: 'typed',
    });
    const text = 'نص آخر';
    const forged = { ...record, text, textSha256: await sha256Hex(text) };
    expect(await inspectDeclaration(forged, data)).toMatchObject({
      valid: false,
      textMatches: true,
      officialText: false,
    });
    expect(await verifyDeclaration({ ...record, textSha256: '0'.repeat(64) }, data)).toBe(false);
  });

  it('fails for data that is not JSON instead of throwing', async () => {
    const record = await createDeclarationRecord({
      data: {},
      textId: 'support-request',
      locale: 'ar',
      signerName: 'فاطمة',
      method: 'typed',
    });
    expect(await verifyDeclaration(record, { n: Number.NaN })).toBe(false);
  });
});

describe('declarationSchema', () => {
  it('rejects a drawn signature without strokes or with a tiny scribble, in both locales', async () => {
    const data = validData();
    const base = await createDeclarationRecord({
      data,
      textId: 'support-request',
      locale: 'ar',
      signerName: 'فاطمة',
      method: 'drawn',
      box,
    });
    const empty = validate(declarationSchema, base, { locale: 'ar' });
    expect(empty.success === false && empty.issues[0]).toMatchObject({
      path: 'strokes',
      code: 'signature.missing',
    });
    const dot = {
      ...base,
      strokes: [{ points: [0, 1, 2, 3, 4, 5].map((i) => ({ x: 100 + i, y: 50, t: i })) }],
    };
    const small = validate(declarationSchema, dot, { locale: 'en' });
    expect(small.success === false && small.issues[0]).toMatchObject({
      code: 'signature.too_small',
      message: 'The signature is too small. Sign across the box.',
    });
  });

  it('rejects more than 10,000 points', async () => {
    const record = await createDeclarationRecord({
      data: {},
      textId: 'support-request',
      locale: 'ar',
      signerName: 'فاطمة',
      method: 'drawn',
      box,
    });
    const huge = {
      ...record,
      strokes: Array.from({ length: 11 }, () => ({
        points: Array.from({ length: 1000 }, (_, i) => ({ x: i % 400, y: 10, t: i })),
      })),
    };
    const result = validate(declarationSchema, huge);
    expect(result.success === false && result.issues[0]?.code).toBe('too_many_items');
  });
});

describe('isSignatureSubstantial', () => {
  it('accepts a signature across the box and rejects a dot', () => {
    expect(isSignatureSubstantial(scribble, box)).toBe(true);
    expect(isSignatureSubstantial([{ points: [{ x: 1, y: 1, t: 0 }] }], box)).toBe(false);
    expect(isSignatureSubstantial([], box)).toBe(false);
  });

  it('stays substantial after scaling to another box', () => {
    const to = { width: 200, height: 80 };
    expect(isSignatureSubstantial(scaleStrokes(scribble, box, to), to)).toBe(true);
    expect(scaleStrokes(scribble, box, to)[0]!.points[0]).toMatchObject({ x: 20, y: 40 });
  });
});

describe('signerNameMatches', () => {
  const name = {
    firstName: 'فاطمة',
    fatherName: 'عبد الله',
    grandfatherName: 'محمد',
    familyName: 'القحطاني',
  };

  it('matches the four-, three- and two-part name whatever the spelling variant', () => {
    expect(signerNameMatches('فاطمه عبدالله محمد القحطاني', name)).toBe(true);
    expect(signerNameMatches('فاطِمة عبد الله القحطاني', name)).toBe(true);
    expect(signerNameMatches('فاطمة القحطاني', name)).toBe(true);
  });

  it('does not match another name', () => {
    expect(signerNameMatches('نورة القحطاني', name)).toBe(false);
  });
});
