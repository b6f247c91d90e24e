import { request } from 'node:http';
import { createSurveyResponse } from '@mord/adapter-testkit';
import { exampleSupportRequestSubmission, MAX_ISSUES } from '@mord/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATABASES,
  expectHealthy,
  expectRefusal,
  postJson,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  type Target,
} from './harness';

const submissions = SUBMISSIONS;

/** A POST on a socket of its own, its body sent in two halves `pause` ms apart; resolves with the status. */
function rawPost(
  url: string,
  path: string,
  body: string,
  client: string,
  n: number,
  pause = 0,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `raw-post-key-${n}`,
          'x-forwarded-for': client,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    setTimeout(() => req.end(body.slice(half)), pause);
  });
}

/** The nonce of a freshly opened open-survey form. */
async function surveyNonce(target: Target): Promise<string> {
  return ((await (await fetch(`${target.url}/v1/surveys/general`)).json()) as { nonce: string }).nonce;
}

async function withSignature(strokes: unknown) {
  const payload = await exampleSupportRequestSubmission();
  return {
    ...payload,
    declaration: {
      ...(payload.declaration as object),
      method: 'drawn',
      box: { width: 300, height: 100 },
      strokes,
    },
  };
}

describe.each(DATABASES)('hostile: work per request is bounded before it starts ($kind)', ({ kind }) => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(kind);
  });
  afterAll(() => stopTarget(target));

  it('answers 20,000 invalid signature points with one small issue list, not megabytes', async () => {
    const strokes = Array.from({ length: 200 }, () => ({
      points: Array.from({ length: 100 }, () => ({ x: 'a', y: null })),
    }));
    const response = await postJson(target, submissions, await withSignature(strokes));
    const text = await response.clone().text();
    const body = await expectRefusal(response, 400, 'validation_failed');
    expect(body.error.issues).toEqual([
      expect.objectContaining({ path: 'declaration.strokes', code: 'too_many_items' }),
    ]);
    expect(text.length).toBeLessThan(2000);
    await expectHealthy(target);
  });

  it('refuses 250,000 signature points (which overflowed the validator) as too large, never a 500', async () => {
    const points = Array.from({ length: 250_000 }, (_, i) => ({ x: i % 300, y: i % 100, t: i }));
    await expectRefusal(
      await postJson(target, submissions, await withSignature([{ points }])),
      413,
      'payload_too_large',
    );
    await expectHealthy(target);
  });

  it('refuses one stroke of 6,000 points under the body limit with one issue', async () => {
    const points = Array.from({ length: 6000 }, (_, i) => ({ x: i % 300, y: i % 100, t: i }));
    const body = await expectRefusal(
      await postJson(target, submissions, await withSignature([{ points }])),
      400,
      'validation_failed',
    );
    expect(body.error.issues).toHaveLength(1);
    await expectHealthy(target);
  });

  it('refuses 31 household members with the limit, before looking at any member', async () => {
    const payload = await exampleSupportRequestSubmission();
    const data = payload.data as { household: unknown[] };
    const body = {
      ...payload,
      data: { ...data, household: Array.from({ length: 31 }, () => ({ junk: true })) },
    };
    const refusal = await expectRefusal(await postJson(target, submissions, body), 400, 'validation_failed');
    expect(refusal.error.issues).toEqual([
      expect.objectContaining({ path: 'data.household', code: 'too_many_items' }),
    ]);
    await expectHealthy(target);
  });

  it(`returns at most ${MAX_ISSUES} issues for a body wrong everywhere`, async () => {
    const payload = await exampleSupportRequestSubmission();
    const member = { name: 1, relation: 2, gender: 3, dateOfBirth: 4, status: 5 };
    const body = { ...payload, data: { household: Array.from({ length: 30 }, () => member) } };
    const refusal = await expectRefusal(await postJson(target, submissions, body), 400, 'validation_failed');
    expect(refusal.error.issues!.length).toBeLessThanOrEqual(MAX_ISSUES);
    await expectHealthy(target);
  });

  it('refuses JSON nested 5,000 levels deep with a fixed issue', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const body = `{"data":${deep},"channel":"website","locale":"ar"}`;
    const refusal = await expectRefusal(await postJson(target, submissions, body), 400, 'validation_failed');
    expect(refusal.error.issues?.[0]?.code).toBe('input.too_large');
    await expectHealthy(target);
  });

  it('refuses an array of 20,000 entries and a string of 50,000 characters before any schema', async () => {
    for (const data of [{ list: new Array(20_000).fill(0) }, { text: 'ن'.repeat(50_000) }]) {
      const refusal = await expectRefusal(
        await postJson(target, submissions, { data, channel: 'website', locale: 'ar' }),
        400,
        'validation_failed',
      );
      expect(refusal.error.issues?.[0]?.code).toBe('input.too_large');
    }
    await expectHealthy(target);
  });

  it('refuses 5,000 unknown survey answers with one issue that names none of them', async () => {
    const answers = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`q<img src=x>${i}`, 1]));
    const response = await postJson(target, '/v1/surveys/general/responses', {
      ...createSurveyResponse(),
      answers,
      nonce: await surveyNonce(target),
    });
    const refusal = await expectRefusal(response, 400, 'validation_failed', ['<img']);
    expect(refusal.error.issues).toContainEqual(
      expect.objectContaining({ path: 'answers', code: 'unknown_fields' }),
    );
    expect(refusal.error.issues!.length).toBeLessThanOrEqual(4);
    await expectHealthy(target);
  });

  it('refuses a survey comment that is an array of 10,000 strings', async () => {
    const response = await postJson(target, '/v1/surveys/general/responses', {
      ...createSurveyResponse(),
      comment: new Array(10_000).fill('x'),
      nonce: await surveyNonce(target),
    });
    await expectRefusal(response, 400, 'validation_failed');
    await expectHealthy(target);
  });

  it('works one body at a time per client: past its waiting bodies a client gets 429, others are served', async () => {
    const small = await startTarget(kind, { clientQueue: 2 });
    try {
      const body = JSON.stringify({
        data: { list: new Array(9000).fill('x') },
        channel: 'website',
        locale: 'ar',
      });
      // A body sent slowly holds its client's turn; that client's other bodies wait, and past two, 429.
      const slow = rawPost(small.url, submissions, body, '192.0.2.77', 0, 500);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const rest = Array.from({ length: 6 }, (_, i) =>
        rawPost(small.url, submissions, body, '192.0.2.77', i + 1),
      );
      const flood = [slow, ...rest];
      const other = await postJson(small, submissions, body, { 'x-forwarded-for': '192.0.2.78' });
      expect(other.status).toBe(400);
      const statuses = await Promise.all(flood);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set([400, 429]));
      await expectHealthy(small);
    } finally {
      await stopTarget(small);
    }
  });

  it('answers a stream of 50 worst-case bodies, each refused, and stays healthy', async () => {
    const strokes = Array.from({ length: 300 }, () => ({
      points: Array.from({ length: 100 }, () => ({ x: 'a' })),
    }));
    const body = JSON.stringify(await withSignature(strokes));
    const statuses = await Promise.all(
      Array.from({ length: 50 }, () => postJson(target, submissions, body).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([400]));
    await expectHealthy(target);
  });
});
