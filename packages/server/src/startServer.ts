import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import {
  type BlobStore,
  createBackendService,
  DEFAULT_QUIET_HOURS,
  digestDay,
  isStaffRole,
  randomToken,
  STAFF_ROLES,
  type StaffContact,
  type StaffMember,
  type StaffRole,
  sha256Hex,
} from '@mord/core';
import { readConfig, type ServerConfig } from './config';
import { createApp } from './http/createApp';
import { logInternalError } from './http/errors';
import { loadAssociationConfig } from './loadAssociationConfig';
import { loadSecret } from './loadSecret';
import { notifiersFromConfig } from './notify/notifiersFromConfig';
import { startNotificationWorker } from './notify/startNotificationWorker';
import { createFileBlobStore } from './store/createFileBlobStore';
import { createPostgresStore } from './store/createPostgresStore';
import { createSqliteStore } from './store/createSqliteStore';
import type { ServerStore } from './store/ServerStore';
import { createWebhookSender } from './webhook';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: ServerStore;
  blobs: BlobStore;
  /** Deletes uploads no request cited within the retention period; returns how many. */
  purgeUnlinkedAttachments(): Promise<number>;
  /** Erases the personal data of requests that ended more than the retention period ago; returns how many. */
  eraseEndedRequests(): Promise<number>;
  /** Writes the staff's daily summaries for the day of `at` (the worker does it each day); returns how many. */
  sendStaffDigests(at?: Date): Promise<number>;
  close(): Promise<void>;
}

/**
 * Moves attachment bytes that older versions kept in the database into the blob store, and links those
 * files to the requests that cite them (so the purge of unlinked uploads never takes them).
 */
export async function migrateLegacyBlobs(store: ServerStore, blobs: BlobStore): Promise<number> {
  await store.linkLegacyAttachments();
  let moved = 0;
  for (let blob = await store.takeLegacyBlob(); blob; blob = await store.takeLegacyBlob()) {
    await blobs.put(blob.id, blob.bytes);
    await store.dropLegacyBlob(blob.id);
    moved += 1;
  }
  return moved;
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

/** The configuration with paths under the data folder following an overridden data folder. */
export function resolveConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const env = overrides.dataDir ? { ...process.env, MORD_DATA_DIR: overrides.dataDir } : process.env;
  return { ...readConfig(env), ...overrides };
}

/**
 * Opens what the server works on, without listening: the database (migrated), the secret from its key
 * file, the blob store (older files moved in), and the backend service over them. `mord-server erase` uses
 * it as well as {@link startServer}.
 */
export async function openBackend(config: ServerConfig) {
  // Checked before the database opens: a configuration with a typo stops the server with its problems listed.
  const lists =
    config.association ??
    (await loadAssociationConfig(config.configFile, { required: config.configRequired }));
  const decisionDays = config.decisionDays ?? lists.decision.days;
  const store = await openStore(config);
  const secret = await loadSecret(store, {
    keyFile: config.keyFile,
    ...(config.secret ? { secret: config.secret } : {}),
  });
  if (config.webhookUrl && (config.webhookSecret ?? '').length < 16) {
    await store.close();
    throw new Error(
      'MORD_WEBHOOK_URL needs MORD_WEBHOOK_SECRET, a secret of its own of 16 characters or more',
    );
  }
  const webhook = config.webhookUrl
    ? createWebhookSender(config.webhookUrl, config.webhookSecret!)
    : undefined;
  // Requests from before each kept its own period were made under the setting in force now (at the latest).
  await store.fillDecisionDays(decisionDays);
  await store.fillSearchFields();
  const blobs = await createFileBlobStore(config.blobDir);
  const notifiers = notifiersFromConfig(config);
  const channels = [...new Set(notifiers.flatMap((notifier) => notifier.capabilities.channels))];
  const statusUrl = config.statusUrl ?? (config.publicUrl ? `${config.publicUrl}/#/status/` : undefined);
  const staffUrl = config.staffUrl ?? (config.publicUrl ? `${config.publicUrl}/#/staff` : undefined);
  await migrateLegacyBlobs(store, blobs);
  const service = createBackendService({
    repository: store.repository,
    secret,
    blobs,
    config: lists,
    decisionDays,
    maxAttachmentBytes: config.attachmentLimit,
    maxUnlinkedBytes: config.unlinkedQuota,
    accessCodeDays: config.accessCodeDays,
    surveyLinkDays: config.surveyLinkDays,
    ...(config.publicUrl ? { surveyUrl: `${config.publicUrl}/survey/` } : {}),
    ...(config.signingUrl ? { signingUrl: config.signingUrl } : {}),
    ...(webhook ? { onTransition: webhook } : {}),
    staffDirectory: async () => (await store.listStaffKeys()).filter((key) => !key.revokedAt),
    ...(channels.length && statusUrl
      ? {
          notifications: {
            channels,
            statusUrl,
            ...(staffUrl ? { staffUrl } : {}),
            ...(config.digestHour !== undefined ? { digestHour: config.digestHour } : {}),
            ...(lists.notifications?.templates ? { templates: lists.notifications.templates } : {}),
            ...(lists.notifications?.quietHours
              ? { quietHours: { ...DEFAULT_QUIET_HOURS, ...lists.notifications.quietHours } }
              : {}),
          },
        }
      : {}),
    keyRegistry: {
      list: () => store.listStaffKeys(),
      async create(input, actor) {
        const id = `staff_${randomToken(6)}`;
        const key = await createStaffKey(store, input.role, input.name, input.branch, {
          id,
          actor,
          contact: {
            ...(input.email ? { email: input.email } : {}),
            ...(input.locale ? { locale: input.locale } : {}),
          },
        });
        return { id, key };
      },
      rotate: (id, actor) => rotateStaffKey(store, id, actor),
      revoke: (id, actor) => revokeStaffKey(store, id, actor),
    },
  });
  return { store, blobs, service, notifiers };
}

/**
 * Starts the reference server: opens the database, applies migrations, and listens. Survey links point at
 * `MORD_PUBLIC_URL/survey/`. Uploads no request cites, and the personal data of requests that ended before
 * the retention period, are removed at start and every hour.
 * @example const server = await startServer({ port: 0 }); console.log(server.url)
 */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const config = resolveConfig(overrides);
  const { store, blobs, service, notifiers } = await openBackend(config);
  let digestedDay: string | null = null;
  // The outbox's worker: what the service wrote with each change goes out, retried, once per event.
  const worker = notifiers.length
    ? startNotificationWorker({
        repository: store.repository,
        notifiers,
        ...(config.notifyIntervalMs ? { intervalMs: config.notifyIntervalMs } : {}),
        ...(config.notifyLeaseMs ? { leaseMs: config.notifyLeaseMs } : {}),
        onError: (id, reason) => console.error(`notification ${id} not sent yet: ${reason}`),
        digests: async () => {
          // Once a day from the summary hour (and once at a start later that day).
          const day = digestDay(new Date(), config.digestHour ?? 7);
          if (!day || day === digestedDay) return;
          await service.sendStaffDigests();
          digestedDay = day;
        },
      })
    : null;
  const retention = config.unlinkedHours * 60 * 60 * 1000;
  const purge = () => service.purgeUnlinkedAttachments(retention);
  const eraseEnded = () => service.eraseEndedRequests(config.retentionDays);
  await purge();
  await eraseEnded();
  const purgeTimer = setInterval(
    () => {
      purge().catch(logInternalError);
      eraseEnded().catch(logInternalError);
    },
    Math.min(retention, 60 * 60 * 1000),
  );
  purgeTimer.unref();
  const app = createApp({
    service,
    findStaff: (hash) => store.findStaffKey(hash),
    audit: (row) => store.appendAudit(row),
    config,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host}:${port}`,
    port,
    store,
    blobs,
    purgeUnlinkedAttachments: purge,
    eraseEndedRequests: eraseEnded,
    sendStaffDigests: (at) => service.sendStaffDigests(at),
    // Closing twice waits for the same close.
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        clearInterval(purgeTimer);
        void worker?.stop();
        for (const notifier of notifiers) notifier.close?.();
        server.close(() => {
          void store.close().then(() => resolve());
        });
      })),
  };
}

/** Who changes keys: the operator at the command line, or an administrator through the staff API. */
type KeyActor = { id: string; role: string };
const OPERATOR: KeyActor = { id: 'operator', role: 'operator' };

/** Revokes a staff member's keys (they stop working at once), audited; false when none was active. */
export async function revokeStaffKey(
  store: ServerStore,
  staffId: string,
  actor: KeyActor = OPERATOR,
): Promise<boolean> {
  const at = new Date().toISOString();
  const revoked = await store.revokeStaffKeys(staffId, at);
  if (revoked) {
    await store.appendAudit({
      action: 'key_revoked',
      reference: '',
      from: null,
      to: '',
      at,
      actorId: actor.id,
      actorRole: actor.role,
      note: staffId,
    });
  }
  return revoked;
}

/**
 * Revokes a staff member's keys and issues her a new one with the same id, name, role and branch (a key
 * that may have leaked, a routine change): what she acted on stays hers. Returns the new key, shown once;
 * null when she has no active key.
 */
export async function rotateStaffKey(
  store: ServerStore,
  staffId: string,
  actor: KeyActor = OPERATOR,
): Promise<string | null> {
  const active = (await store.listStaffKeys()).find((key) => key.id === staffId && !key.revokedAt);
  if (!active) return null;
  await revokeStaffKey(store, staffId, actor);
  const contact = {
    ...(active.email ? { email: active.email } : {}),
    ...(active.locale ? { locale: active.locale } : {}),
  };
  return createStaffKey(store, active.role, active.name, active.branch, { id: staffId, actor, contact });
}

/** Creates a staff key for a role (and optionally a branch); the key is returned once and stored only as its hash. */
export async function createStaffKey(
  store: ServerStore,
  role: StaffRole,
  name: string,
  branch?: string,
  options: { id?: string; actor?: KeyActor; contact?: StaffContact } = {},
): Promise<string> {
  if (!isStaffRole(role)) throw new Error(`Unknown role ${role}; use one of ${STAFF_ROLES.join(', ')}`);
  const key = `mrdk_${randomToken(24)}`;
  const member: StaffMember = {
    id: options.id ?? `staff_${randomToken(6)}`,
    name,
    role,
    ...(branch ? { branch } : {}),
  };
  const at = new Date().toISOString();
  await store.addStaffKey(await sha256Hex(key), member, at, options.contact);
  await store.appendAudit({
    action: 'key_created',
    reference: '',
    from: null,
    to: '',
    at,
    actorId: (options.actor ?? OPERATOR).id,
    actorRole: (options.actor ?? OPERATOR).role,
    note: `${member.id} ${role}${branch ? ` ${branch}` : ''}`,
  });
  return key;
}
