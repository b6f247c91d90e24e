import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  DATABASES,
  moveAlong,
  runCli,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './hostile/harness';

const me = (target: Target, key: string) =>
  fetch(`${target.url}/v1/staff/me`, { headers: { authorization: `Bearer ${key}` } });

describe.each(DATABASES)('staff keys from the command line ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('lists every key with its person, role, branch and state — never the key itself', async () => {
    target = await startTarget(kind);
    const listed = await runCli(target, kind, ['key', 'list']);
    expect(listed.code).toBe(0);
    const rows = listed.out.split('\n').map((line) => line.split('\t'));
    expect(rows.map((row) => row[1]).sort()).toEqual([
      'admin',
      'committee',
      'relations_officer',
      'social_researcher',
    ]);
    expect(rows.every((row) => row[3] === 'riyadh-north' && row[5] === 'active')).toBe(true);
    for (const key of Object.values(target.keys)) expect(listed.out).not.toContain(key);
  });

  it('rotates a key: the old one stops at once, the new one keeps her id and what she acted on', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    // Past intake: an officer reads it only because she acted on it.
    await moveAlong(target, reference, [
      ['relations_officer', 'verifying'],
      ['relations_officer', 'with_social_researcher'],
    ]);
    const before = (await (await me(target, target.keys.relations_officer)).json()) as { id: string };
    const rotated = await runCli(target, kind, ['key', 'rotate', before.id]);
    expect(rotated.code).toBe(0);
    const fresh = rotated.out.split('\n').at(-1)!;
    expect(fresh).toMatch(/^mrdk_/);
    expect((await me(target, target.keys.relations_officer)).status).toBe(401);
    const after = (await (await me(target, fresh)).json()) as { id: string; role: string; name: string };
    expect(after).toMatchObject({ id: before.id, role: 'relations_officer', name: 'relations_officer name' });
    // Need-to-know follows the id: the request she took up stays readable with the new key.
    target.keys.relations_officer = fresh;
    expect((await asStaff(target, 'relations_officer', `/requests/${reference}`)).status).toBe(200);
    expect((await runCli(target, kind, ['key', 'list'])).out).toContain('revoked');
    expect((await runCli(target, kind, ['key', 'rotate', 'staff_nobody'])).code).toBe(1);
  });
});
