import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createBackendService, randomToken, type StaffMember, type StaffRole, sha256Hex } from '@mord/core';
import { readConfig, type ServerConfig } from './config';
import { createApp } from './http/createApp';
import { createSqliteStore, type SqliteStore } from './store/createSqliteStore';
import { createWebhookSender } from './webhook';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: SqliteStore;
  close(): Promise<void>;
}

/** Opens the configured database (SQLite by default). */
export function openStore(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): SqliteStore {
  if (config.databaseUrl?.startsWith('postgres')) {
    throw new Error('PostgreSQL storage is not available in this version: unset DATABASE_URL to use SQLite.');
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
  const store = openStore(config);
  const secret = config.secret ?? store.meta('token_secret', () => randomToken(32));
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
  const app = createApp({ service, findStaff: (hash) => store.staff.findStaffKey(hash), config });
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
          store.close();
          resolve();
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
export async function createStaffKey(store: SqliteStore, role: StaffRole, name: string): Promise<string> {
  if (!STAFF_ROLES.includes(role))
    throw new Error(`Unknown role ${role}; use one of ${STAFF_ROLES.join(', ')}`);
  const key = `mrdk_${randomToken(24)}`;
  const member: StaffMember = { id: `staff_${randomToken(6)}`, name, role };
  store.staff.addStaffKey(await sha256Hex(key), member, new Date().toISOString());
  return key;
}
