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

describe.each(DATABASES)('staff keys from the administrator’s screen ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('creates, rotates and revokes through the API, audited as the administrator, with fixed refusals', async () => {
    target = await startTarget(kind);
    const admin = (await (await me(target, target.keys.admin)).json()) as { id: string };
    const created = await asStaff(target, 'admin', '/keys', {
      method: 'POST',
      json: { name: 'سارة الغامدي', role: 'committee', branch: 'riyadh-north' },
    });
    expect(created.status).toBe(201);
    const { id, key } = (await created.json()) as { id: string; key: string };
    expect((await me(target, key)).status).toBe(200);
    const rotated = await asStaff(target, 'admin', `/keys/${id}/rotation`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    expect((await me(target, key)).status).toBe(401);
    expect((await asStaff(target, 'admin', `/keys/${id}`, { method: 'DELETE' })).status).toBe(204);
    const chain = await target.server.store.auditChain();
    const keyLines = chain.filter((row) => row.action.startsWith('key_') && row.note?.startsWith(id));
    expect(keyLines.map((row) => [row.action, row.actorId])).toEqual([
      ['key_created', admin.id],
      ['key_revoked', admin.id],
      ['key_created', admin.id],
      ['key_revoked', admin.id],
    ]);
    // Hostile or wrong input: a fixed 4xx, never an echo.
    const odd = await asStaff(target, 'admin', '/keys', {
      method: 'POST',
      json: { name: '<script>x</script>', role: 'root', branch: 'nowhere' },
    });
    expect(odd.status).toBe(400);
    expect(await odd.text()).not.toContain('root');
    expect((await asStaff(target, 'relations_officer', '/keys')).status).toBe(403);
    expect((await asStaff(target, 'admin', '/keys/staff_nobody/rotation', { method: 'POST' })).status).toBe(
      404,
    );
    expect((await asStaff(target, 'admin', `/keys/${admin.id}`, { method: 'DELETE' })).status).toBe(403);
    const listed = await (await asStaff(target, 'admin', '/keys')).text();
    for (const secret of Object.values(target.keys)) expect(listed).not.toContain(secret);
  });
});
