import { FILE_SAMPLES } from '@mord/adapter-testkit';
import {
  createDeclarationRecord,
  exampleSupportRequest,
  MAX_ATTACHMENTS,
  MAX_HOUSEHOLD_MEMBERS,
  MAX_SIGNATURE_POINTS,
  supportRequestSchema,
  validate,
} from '@mord/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config';
import { grant, postJson, startTarget, stopTarget, type Target, upload } from './hostile/harness';

/** A national ID number with a valid check digit (Luhn over the first nine digits). */
function nationalId(n: number): string {
  const body = `1${String(n).padStart(8, '0')}`;
  for (let check = 0; check < 10; check++) {
    const digits = `${body}${check}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      let d = Number(digits[i]);
      if (i % 2 === 0) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

/** A long, slow signature: the most points a record may hold, as the signature pad samples them. */
function longSignature() {
  const start = Date.parse('2026-12-01T08:00:00Z');
  const perStroke = MAX_SIGNATURE_POINTS / 10;
  return Array.from({ length: 10 }, (_, s) => ({
    points: Array.from({ length: perStroke }, (_, i) => ({
      x: Math.round((20 + (i / perStroke) * 560) * 10) / 10,
      y: Math.round((60 + Math.sin(i / 7 + s) * 40) * 10) / 10,
      t: start + s * 60_000 + i * 16,
      pressure: 0.5,
    })),
  }));
}

describe('the largest valid submission', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget('sqlite');
  });
  afterAll(() => stopTarget(target));

  it('fits the default body limit with margin, and is accepted', async () => {
    const g = await grant(target);
    const files = await Promise.all(
      Array.from({ length: MAX_ATTACHMENTS }, async () =>
        (await upload(target, FILE_SAMPLES.pdf, { grant: g })).json(),
      ),
    );
    const input = exampleSupportRequest();
    const name = 'ن'.repeat(160);
    input.household = Array.from({ length: MAX_HOUSEHOLD_MEMBERS }, (_, i) => ({
      name,
      relation: 'daughter',
      gender: 'female',
      idNumber: nationalId(2000 + i),
      dateOfBirth: { calendar: 'gregory', year: '2012', month: '5', day: '14' },
      status: 'student',
      monthlyIncome: '١٬٥٠٠',
      healthCondition: 'ص'.repeat(500),
    })) as never;
    input.consents = { ...input.consents, sensitiveData: true };
    input.request.description = 'و'.repeat(2000);
    input.attachments = files.map((meta) => ({
      ...meta,
      kind: 'other',
      name: `${'م'.repeat(195)}.pdf`,
    })) as never;
    const data = validate(supportRequestSchema, input);
    if (!data.success) throw new Error(JSON.stringify(data.issues.slice(0, 3)));
    const declaration = await createDeclarationRecord({
      data: data.data,
      textId: 'support-request',
      locale: 'ar',
      signerName: 'فاطمة عبد الله محمد القحطاني',
      method: 'drawn',
      strokes: longSignature(),
      box: { width: 600, height: 150 },
    });
    const body = JSON.stringify({ data: input, declaration, channel: 'website', locale: 'ar' });
    const size = new TextEncoder().encode(body).byteLength;
    const limit = readConfig({}).bodyLimit;
    expect(size).toBeGreaterThan(250_000);
    expect(size).toBeLessThan(limit * 0.8);
    const response = await postJson(target, '/v1/forms/support-request/submissions', body);
    expect(response.status, await response.clone().text()).toBe(201);
  });
});
