import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from './createPostgresStore';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';

const PG_URL = process.env.MORD_TEST_DATABASE_URL;

describe('migrations', () => {
  it('make the same number of changes in both dialects', () => {
    expect(POSTGRES_MIGRATIONS.length).toBe(SQLITE_MIGRATIONS.length);
  });

  it.skipIf(!PG_URL)('roll a failed PostgreSQL migration back and release the migration lock', async () => {
    const schema = `m_${Math.random().toString(36).slice(2, 10)}`;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      // A table the first migration creates already exists: that migration fails half way.
      await client.query(`create schema ${schema}; create table ${schema}.idempotency (key text)`);
      await expect(createPostgresStore(PG_URL!, { schema })).rejects.toThrow(/already exists/);
      expect((await client.query(`select to_regclass('${schema}.requests') as t`)).rows[0].t).toBeNull();
      expect(
        (await client.query(`select count(*)::int as n from ${schema}.schema_migrations`)).rows[0].n,
      ).toBe(0);
      // The lock is free: another server can migrate at once, and succeeds once the obstacle is gone.
      const { rows } = await client.query('select pg_try_advisory_lock(7146220) as free');
      expect(rows[0].free).toBe(true);
      await client.query('select pg_advisory_unlock(7146220)');
      await client.query(`drop table ${schema}.idempotency`);
      const store = await createPostgresStore(PG_URL!, { schema });
      expect(
        (await client.query(`select count(*)::int as n from ${schema}.schema_migrations`)).rows[0].n,
      ).toBe(POSTGRES_MIGRATIONS.length);
      await store.close();
    } finally {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  });
});
