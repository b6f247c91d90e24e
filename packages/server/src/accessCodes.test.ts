import { exampleSupportRequestSubmission } from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  DATABASES,
  deliverAndInvite,
  expectRefusal,
  moveAlong,
  postJson,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  type Target,
} from './hostile/harness';

const DAY = 86_400_000;

async function submitted(target: Target) {
  const response = await postJson(target, SUBMISSIONS, await exampleSupportRequestSubmission());
  return (await response.json()) as { reference: string; accessToken: string };
}

const status = (target: Target, reference: string, token: string) =>
  fetch(`${target.url}/v1/requests/${reference}`, { headers: { authorization: `Bearer ${token}` } });

const reject = (target: Target, reference: string) =>
  moveAlong(target, reference, [
    ['relations_officer', 'verifying'],
    ['relations_officer', 'in_committee'],
    ['committee', 'rejected'],
  ]);

async function deliveredInvitation(target: Target) {
  const { reference } = await submitted(target);
  return deliverAndInvite(target, reference);
}

describe.each(DATABASES)('access codes and survey links expire and can be re-issued ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('says until when a code works: no end while the request is open, a year after it ended', async () => {
    target = await startTarget(kind);
    const receipt = await submitted(target);
    expect(
      (
        (await (await status(target, receipt.reference, receipt.accessToken)).json()) as {
          expiresAt: unknown;
        }
      ).expiresAt,
    ).toBeNull();
    await reject(target, receipt.reference);
    const view = (await (await status(target, receipt.reference, receipt.accessToken)).json()) as {
      expiresAt: string;
      history: { at: string }[];
    };
    expect(Date.parse(view.expiresAt) - Date.parse(view.history.at(-1)!.at)).toBe(365 * DAY);
  });

  it('stops a code after its period, and a survey link after its own', async () => {
    target = await startTarget(kind, { accessCodeDays: 0.00002, surveyLinkDays: 0.00002 });
    const receipt = await submitted(target);
    await reject(target, receipt.reference);
    const token = await deliveredInvitation(target);
    const survey = (await (await fetch(`${target.url}/v1/surveys/${token}`)).json()) as { expiresAt: string };
    expect(Date.parse(survey.expiresAt)).toBeGreaterThan(Date.now() - 1000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await expectRefusal(await status(target, receipt.reference, receipt.accessToken), 404, 'not_found');
    await expectRefusal(await fetch(`${target.url}/v1/surveys/${token}`), 404, 'not_found');
    await expectRefusal(
      await postJson(target, `/v1/surveys/${token}/responses`, {
        answers: { csat: 5, ces: 6, nps: 9 },
        anonymous: true,
      }),
      404,
      'not_found',
    );
  });

  it('re-issues a code: the old one stops working, the new one works, and it is audited', async () => {
    target = await startTarget(kind);
    const receipt = await submitted(target);
    await expectRefusal(
      await asStaff(target, 'committee', `/requests/${receipt.reference}/access-code`, { method: 'POST' }),
      403,
      'forbidden',
    );
    const response = await asStaff(
      target,
      'relations_officer',
      `/requests/${receipt.reference}/access-code`,
      {
        method: 'POST',
      },
    );
    expect(response.status).toBe(201);
    const { accessToken } = (await response.json()) as { accessToken: string };
    expect(accessToken).not.toBe(receipt.accessToken);
    expect((await status(target, receipt.reference, receipt.accessToken)).status).toBe(404);
    expect((await status(target, receipt.reference, accessToken)).status).toBe(200);
    const audit = await target.server.store.audit(receipt.reference);
    expect(audit.at(-1)).toMatchObject({
      action: 'code_reissued',
      actorRole: 'relations_officer',
      note: 'version 1',
    });
    // A second re-issue retires the first.
    const second = (await (
      await asStaff(target, 'admin', `/requests/${receipt.reference}/access-code`, { method: 'POST' })
    ).json()) as { accessToken: string };
    expect((await status(target, receipt.reference, accessToken)).status).toBe(404);
    expect((await status(target, receipt.reference, second.accessToken)).status).toBe(200);
  });
});
