import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  completeChecklist,
  DATABASES,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './hostile/harness';

describe.each(DATABASES)('verification on the server ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  const move = (reference: string, json: unknown) =>
    asStaff(target!, 'relations_officer', `/requests/${reference}/transitions`, { method: 'POST', json });

  it('refuses the committee an unchecked request (409, the items named) and takes it once checked', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    expect((await move(reference, { to: 'verifying' })).status).toBe(200);
    const refused = await move(reference, { to: 'in_committee' });
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_transition');
    expect(body.error.issues.map((issue) => issue.path)).toContain('checklist.iban');
    await completeChecklist(target, reference);
    expect((await move(reference, { to: 'in_committee' })).status).toBe(200);
  });

  it('sends a request back with what is missing, refuses it without, and shows her the list', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    await move(reference, { to: 'verifying' });
    expect((await move(reference, { to: 'needs_information' })).status).toBe(400);
    expect((await move(reference, { to: 'needs_information', missing: 'family_card' })).status).toBe(400);
    expect((await move(reference, { to: 'needs_information', missing: ['x'.repeat(5000)] })).status).toBe(
      400,
    );
    const back = await move(reference, { to: 'needs_information', missing: ['family_card'] });
    expect(back.status).toBe(200);
    const record = (await back.json()) as { history: { to: string; missing?: string[] }[] };
    expect(record.history.at(-1)).toMatchObject({ to: 'needs_information', missing: ['family_card'] });
  });
});
