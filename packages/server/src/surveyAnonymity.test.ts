import { sha256Hex } from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATABASES,
  deliverAndInvite,
  expectRefusal,
  postJson,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './hostile/harness';

async function invitation(target: Target): Promise<{ reference: string; token: string }> {
  const reference = await submitExample(target);
  return { reference, token: await deliverAndInvite(target, reference) };
}

const answer = { answers: { csat: 5, ces: 6, nps: 9 }, comment: 'شكرًا' };

describe.each(DATABASES)('survey anonymity ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('keeps no join key for an anonymous answer: no reference, and only the day of the answer and of the link’s use', async () => {
    target = await startTarget(kind);
    const anonymous = await invitation(target);
    const named = await invitation(target);
    expect(
      (await postJson(target, `/v1/surveys/${anonymous.token}/responses`, { ...answer, anonymous: true }))
        .status,
    ).toBe(201);
    expect(
      (await postJson(target, `/v1/surveys/${named.token}/responses`, { ...answer, anonymous: false }))
        .status,
    ).toBe(201);
    const responses = await target.server.store.repository.listResponses({});
    const [day, full] = [responses.find((r) => !r.reference)!, responses.find((r) => r.reference)!];
    expect(day.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(full.reference).toBe(named.reference);
    expect(full.receivedAt).toMatch(/T\d{2}:\d{2}:\d{2}/);
    const used = await target.server.store.repository.getInvitation(await sha256Hex(anonymous.token));
    expect(used?.usedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('takes one answer per open-survey form: a fresh nonce with each form, each used once, none without', async () => {
    target = await startTarget(kind);
    const form = async () =>
      ((await (await fetch(`${target!.url}/v1/surveys/general`)).json()) as { nonce: string }).nonce;
    const nonce = await form();
    const send = (body: object) =>
      postJson(target!, '/v1/surveys/general/responses', { ...answer, anonymous: true, ...body });
    expect((await send({ nonce })).status).toBe(201);
    await expectRefusal(await send({ nonce }), 409, 'token_used');
    await expectRefusal(await send({}), 403, 'forbidden');
    await expectRefusal(await send({ nonce: `${nonce.slice(0, -4)}AAAA` }), 403, 'forbidden');
    expect((await send({ nonce: await form() })).status).toBe(201);
    const responses = await target.server.store.repository.listResponses({});
    expect(responses).toHaveLength(2);
    for (const response of responses) expect(response.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
