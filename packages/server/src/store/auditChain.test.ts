import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_SAMPLES } from '@mord/adapter-testkit';
import { exampleSupportRequestSubmission } from '@mord/core';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  DATABASES,
  grant,
  postJson,
  runCli,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
  upload,
} from '../hostile/harness';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';

/** Runs `mord-server audit verify` against a target's database. */
const verify = (target: Target, kind: 'sqlite' | 'postgres') => runCli(target, kind, ['audit', 'verify']);

/** Runs SQL on a target's database as someone holding the database file or credentials would. */
async function tamper(target: Target, kind: 'sqlite' | 'postgres', statements: string[]) {
  if (kind === 'sqlite') {
    const db = new Database(join(target.dir, 'mord.sqlite'));
    db.exec('drop trigger audit_log_append_only_update; drop trigger audit_log_append_only_delete;');
    for (const sql of statements) db.exec(sql);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: process.env.MORD_TEST_DATABASE_URL });
  await client.connect();
  await client.query(`set search_path to ${target.schema}`);
  await client.query('alter table audit_log disable trigger audit_log_no_update');
  for (const sql of statements) await client.query(sql);
  await client.end();
}

/** A log with entries of every kind: intake, transition, checklist, read, download, export, key creation. */
async function busyLog(target: Target) {
  const meta = (await (await upload(target, FILE_SAMPLES.pdf, { grant: await grant(target) })).json()) as {
    id: string;
  };
  const payload = await exampleSupportRequestSubmission({
    mutate: (input) => {
      input.attachments = [{ ...meta, kind: 'id_copy', name: 'id.pdf' }] as never;
    },
  });
  const { reference } = (await (await postJson(target, SUBMISSIONS, payload)).json()) as {
    reference: string;
  };
  await asStaff(target, 'relations_officer', `/requests/${reference}/transitions`, {
    method: 'POST',
    json: { to: 'verifying' },
  });
  await asStaff(target, 'relations_officer', `/requests/${reference}/checklist`, {
    method: 'PUT',
    json: { checklist: { identity: true } },
  });
  await asStaff(target, 'relations_officer', `/requests/${reference}`);
  await asStaff(target, 'admin', `/requests/${reference}/attachments/${meta.id}`);
  await asStaff(target, 'admin', '/export.csv');
  await submitExample(target);
  return reference;
}

describe.each(DATABASES)('the tamper-evident audit log ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('records every kind of entry, chained, and verifies intact', async () => {
    target = await startTarget(kind);
    const reference = await busyLog(target);
    const actions = (await target.server.store.auditChain()).map((row) => row.action);
    expect(actions.filter((a) => a === 'key_created')).toHaveLength(4);
    expect(actions).toEqual(
      expect.arrayContaining(['intake', 'transition', 'checklist', 'read', 'download', 'export']),
    );
    expect((await target.server.store.audit(reference)).map((row) => row.action)).toEqual([
      'intake',
      'transition',
      'checklist',
      'read',
      'download',
    ]);
    const result = await verify(target, kind);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`audit log intact: ${actions.length} entries; head [0-9a-f]{64}`));
  });

  const TAMPERING: {
    name: string;
    statements: (ids: number[]) => string[];
    broken: number;
    good: number;
    why: string;
  }[] = [
    {
      name: 'an edited note',
      statements: (ids) => [`update audit_log set note = 'nothing happened' where id = ${ids[5]}`],
      broken: 5,
      good: 5,
      why: 'changed',
    },
    {
      name: 'an edited actor',
      statements: (ids) => [`update audit_log set actor_role = 'admin' where id = ${ids[6]}`],
      broken: 6,
      good: 6,
      why: 'changed',
    },
    {
      name: 'a deleted entry',
      statements: (ids) => [`delete from audit_log where id = ${ids[5]}`],
      broken: 6,
      good: 5,
      why: 'missing or was moved',
    },
    {
      name: 'two entries swapped',
      statements: (ids) => [
        `update audit_log set id = -1 where id = ${ids[5]}`,
        `update audit_log set id = ${ids[5]} where id = ${ids[6]}`,
        `update audit_log set id = ${ids[6]} where id = -1`,
      ],
      broken: 5,
      good: 5,
      why: 'missing or was moved',
    },
  ];

  it.each(TAMPERING)(
    'catches $name and reports the first broken link',
    async ({ statements, broken, good, why }) => {
      target = await startTarget(kind);
      await busyLog(target);
      const ids = (await target.server.store.auditChain()).map((row) => row.id);
      await target.server.close();
      await tamper(target, kind, statements(ids));
      const result = await verify(target, kind);
      expect(result.code).toBe(1);
      expect(result.out).toContain(`audit log broken at entry ${ids[broken]} (after ${good} good entries)`);
      expect(result.out).toContain(why);
    },
  );

  it('revokes a staff member’s key from the command line, audited; the key stops working at once', async () => {
    target = await startTarget(kind);
    const me = async () =>
      fetch(`${target!.url}/v1/staff/me`, { headers: { authorization: `Bearer ${target!.keys.committee}` } });
    const { id } = (await (await me()).json()) as { id: string };
    const revoked = await runCli(target, kind, ['key', 'revoke', id]);
    expect(revoked).toMatchObject({ code: 0, out: `Revoked the keys of ${id}.` });
    expect((await me()).status).toBe(401);
    expect((await runCli(target, kind, ['key', 'revoke', id])).code).toBe(1);
    const last = (await target.server.store.auditChain()).at(-1);
    expect(last).toMatchObject({ action: 'key_revoked', note: id, actorRole: 'operator' });
    expect((await verify(target, kind)).code).toBe(0);
  });

  it('seals the entries an older version wrote, once, in the migration that adds the chain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mord-legacy-'));
    const schema = `l_${Math.random().toString(36).slice(2, 10)}`;
    const legacy = [
      "insert into audit_log (reference, from_state, to_state, at, actor_id, actor_role, note) values ('MRD-2025-000001', null, 'submitted', '2025-01-01T08:00:00.000Z', 'applicant', 'applicant', null)",
      "insert into audit_log (reference, from_state, to_state, at, actor_id, actor_role, note) values ('MRD-2025-000001', 'submitted', 'verifying', '2025-01-02T08:00:00.000Z', 'staff_1', 'relations_officer', 'بدأ التحقق')",
    ];
    if (kind === 'sqlite') {
      mkdirSync(join(dir, 'data'), { recursive: true });
      const db = new Database(join(dir, 'data', 'mord.sqlite'));
      db.exec(SQLITE_MIGRATIONS[0]!);
      db.exec(SQLITE_MIGRATIONS[1]!);
      db.pragma('user_version = 2');
      for (const sql of legacy) db.exec(sql);
      db.close();
    } else {
      const client = new pg.Client({ connectionString: process.env.MORD_TEST_DATABASE_URL });
      await client.connect();
      await client.query(`create schema ${schema}; set search_path to ${schema}`);
      await client.query('create table schema_migrations (version integer primary key)');
      await client.query(POSTGRES_MIGRATIONS[0]!);
      await client.query(POSTGRES_MIGRATIONS[1]!);
      await client.query('insert into schema_migrations values (1), (2)');
      for (const sql of legacy) await client.query(sql);
      await client.end();
    }
    target = await startTarget(kind, { dataDir: join(dir, 'data'), databaseSchema: schema });
    await target.server.close();
    const result = await verify(target, kind);
    expect(result.out).toMatch(/audit log intact: 6 entries/);
    expect(result.code).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an entry whose hash was removed later, and a restart does not seal over it', async () => {
    target = await startTarget(kind);
    await submitExample(target);
    const ids = (await target.server.store.auditChain()).map((row) => row.id);
    await target.server.close();
    await tamper(target, kind, [
      `update audit_log set note = 'edited', prev_hash = null, hash = null where id = ${ids.at(-1)}`,
    ]);
    const restarted = await startTarget(kind, { dataDir: target.dir, databaseSchema: target.schema });
    await restarted.server.close();
    const result = await verify(target, kind);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`audit log broken at entry ${ids.at(-1)}`);
    expect(result.out).toContain('it has no hash');
  });
});
