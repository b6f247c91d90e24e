import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  completeChecklist,
  DATABASES,
  expectRefusal,
  MOVE_EXTRAS,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './hostile/harness';

const move = async (target: Target, role: Parameters<typeof asStaff>[1], reference: string, to: string) => {
  if (to === 'in_committee') await completeChecklist(target, reference);
  const response = await asStaff(target, role, `/requests/${reference}/transitions`, {
    method: 'POST',
    json: { to, ...MOVE_EXTRAS },
  });
  return response.status;
};
const queue = async (target: Target, role: Parameters<typeof asStaff>[1]) =>
  ((await (await asStaff(target, role, '/requests')).json()) as { reference: string }[]).map(
    (r) => r.reference,
  );

describe.each(DATABASES)('need-to-know, enforced on the server ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('shows each role only what it may read, and refuses the rest with 403', async () => {
    target = await startTarget(kind);
    const fresh = await submitExample(target);
    const referred = await submitExample(target, (input) => {
      input.address.district = 'حي الملقا';
    });
    const decided = await submitExample(target, (input) => {
      input.address.district = 'حي العليا';
    });
    expect(await move(target, 'relations_officer', referred, 'verifying')).toBe(200);
    expect(await move(target, 'relations_officer', referred, 'with_social_researcher')).toBe(200);
    for (const to of ['verifying', 'in_committee'])
      expect(await move(target, 'relations_officer', decided, to)).toBe(200);
    expect(await move(target, 'committee', decided, 'accepted')).toBe(200);

    expect(new Set(await queue(target, 'admin'))).toEqual(new Set([fresh, referred, decided]));
    expect(new Set(await queue(target, 'relations_officer'))).toEqual(new Set([fresh, referred, decided]));
    expect(await queue(target, 'social_researcher')).toEqual([referred]);
    expect(await queue(target, 'committee')).toEqual([decided]);

    for (const [role, reference] of [
      ['social_researcher', fresh],
      ['social_researcher', decided],
      ['committee', fresh],
      ['committee', referred],
    ] as const) {
      await expectRefusal(await asStaff(target, role, `/requests/${reference}`), 403, 'forbidden', [
        reference,
      ]);
    }
  });

  it('keeps the CSV export the administrator’s and survey invitations the relations officer’s', async () => {
    target = await startTarget(kind);
    for (const role of ['relations_officer', 'social_researcher', 'committee'] as const)
      await expectRefusal(await asStaff(target, role, '/export.csv'), 403, 'forbidden');
    expect((await asStaff(target, 'admin', '/export.csv')).status).toBe(200);
    const reference = await submitExample(target);
    for (const to of ['verifying', 'in_committee']) await move(target, 'relations_officer', reference, to);
    await move(target, 'committee', reference, 'accepted');
    for (const to of ['registered', 'service_delivered'])
      await move(target, 'relations_officer', reference, to);
    await expectRefusal(
      await asStaff(target, 'admin', `/requests/${reference}/survey-invitations`, { method: 'POST' }),
      403,
      'forbidden',
    );
    const invite = () =>
      asStaff(target!, 'relations_officer', `/requests/${reference}/survey-invitations`, { method: 'POST' });
    const first = (await (await invite()).json()) as { token: string };
    const again = (await (await invite()).json()) as { token: string };
    expect(again.token).toBe(first.token);
  });

  it('leaves decisions to the committee and withdrawals to the applicant, administrators included', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    for (const to of ['verifying', 'in_committee'])
      expect(await move(target, 'admin', reference, to)).toBe(200);
    for (const to of ['accepted', 'rejected', 'withdrawn'])
      expect(await move(target, 'admin', reference, to)).toBe(403);
    expect(await move(target, 'committee', reference, 'rejected')).toBe(200);
  });
});
