import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createBackendService, randomToken, type StaffMember, type StaffRole, sha256Hex } from '@mord/core';
import { readConfig, type ServerConfig } from './config';
import { createApp } from './http/createApp';
import { createPostgresStore } from './store/createPostgresStore';
import { createSqliteStore } from './store/createSqliteStore';
import type { ServerStore } from './store/ServerStore';
import { createWebhookSender } from './webhook';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: ServerStore;
  close(): Promise<void>;
}

/** Opens the configured database: PostgreSQL when `DATABASE_URL` is `postgres://…`, otherwise SQLite in the data folder. */
export async function openStore(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl' | 'databaseSchema'>,
): Promise<ServerStore> {
  if (config.databaseUrl && /^postgres(ql)?:\/\//.test(config.databaseUrl)) {
    return createPostgresStore(
      config.databaseUrl,
      config.databaseSchema ? { schema: config.databaseSchema } : {},
    );
  }
  return createSqliteStore(join(config.dataDir, 'mord.sqlite'));
}

/**
 * Starts the reference server: opens the database, applies migrations, and listens. Survey links point at
 * `MORD_PUBLIC_URL/survey/`.
 * @example const server = await startServer({ port: 0 }); console.log(server.url)
 */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config = { ...readConfig(), ...overrides };
  const store = await openStore(config);
  const secret = config.secret ?? (await store.meta('token_secret', () => randomToken(32)));
  const webhook = config.webhookUrl
    ? createWebhookSender(config.webhookUrl, config.webhookSecret ?? secret)
    : undefined;
  const service = createBackendService({
    repository: store.repository,
    secret,
    decisionDays: config.decisionDays,
    maxAttachmentBytes: config.attachmentLimit,
    ...(config.publicUrl ? { surveyUrl: `${config.publicUrl}/survey/` } : {}),
    ...(webhook ? { onTransition: webhook } : {}),
  });
  const app = createApp({ service, findStaff: (hash) => store.findStaffKey(hash), config });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    port,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void store.close().then(() => resolve());
        });
      }),
  };
}

/** The roles a staff key can carry. */
export const STAFF_ROLES: readonly StaffRole[] = [
  'relations_officer',
  'social_researcher',
  'committee',
  'admin',
];

/** Creates a staff key for a role; the key is returned once and stored only as its hash. */
export async function createStaffKey(store: ServerStore, role: StaffRole, name: string): Promise<string> {
  if (!STAFF_ROLES.includes(role))
    throw new Error(`Unknown role ${role}; use one of ${STAFF_ROLES.join(', ')}`);
  const key = `mrdk_${randomToken(24)}`;
  const member: StaffMember = { id: `staff_${randomToken(6)}`, name, role };
  await store.addStaffKey(await sha256Hex(key), member, new Date().toISOString());
  return key;
}
