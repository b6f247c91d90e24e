import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackendRepository } from '@mord/adapter-testkit';
import { createPostgresStore } from './createPostgresStore';
import { createSqliteStore } from './createSqliteStore';

const PG_URL = process.env.MORD_TEST_DATABASE_URL;

// Two stores over one file: two processes' connections, each with its own transactions.
testBackendRepository({
  name: 'SQLite',
  create() {
    const dir = mkdtempSync(join(tmpdir(), 'mord-repository-'));
    const file = join(dir, 'mord.sqlite');
    const one = createSqliteStore(file);
    const two = createSqliteStore(file);
    return {
      repository: one.repository,
      second: two.repository,
      async dispose() {
        await one.close();
        await two.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

// Two pools over one schema: a true cross-connection race, as between two server processes.
if (PG_URL) {
  testBackendRepository({
    name: 'PostgreSQL',
    async create() {
      const schema = `r_${Math.random().toString(36).slice(2, 10)}`;
      const one = await createPostgresStore(PG_URL, { schema });
      const two = await createPostgresStore(PG_URL, { schema });
      return {
        repository: one.repository,
        second: two.repository,
        async dispose() {
          await one.close();
          await two.close();
        },
      };
    },
  });
}
