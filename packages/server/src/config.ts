import { join, resolve } from 'node:path';
import { type AssociationConfig, DEFAULT_MAX_ATTACHMENT_BYTES } from '@mord/core';
import { parseTrustProxy, type TrustProxy } from './http/clientAddress';
import type { HttpGatewayOptions } from './notify/createHttpGatewayNotifier';

/** Server configuration, read from the environment with sensible defaults. */
export interface ServerConfig {
  /** `PORT`. @default 8787 */
  port: number;
  /** `HOST`. @default '127.0.0.1' */
  host: string;
  /** `MORD_DATA_DIR`: where the SQLite file lives. @default './data' */
  dataDir: string;
  /** `DATABASE_URL`: `postgres://…` selects PostgreSQL; otherwise SQLite in the data folder. */
  databaseUrl?: string;
  /** `MORD_DATABASE_SCHEMA`: PostgreSQL schema of the tables. @default 'public' */
  databaseSchema?: string;
  /** `MORD_CORS_ORIGINS`: partner-site origins allowed to call the public endpoints (never the staff API). */
  corsOrigins: string[];
  /** `MORD_STAFF_CORS_ORIGINS`: origins of staff front ends allowed to call the staff API. @default none */
  staffCorsOrigins: string[];
  /** `MORD_PUBLIC_URL`: where beneficiaries open links; survey links are `<url>/survey/<token>`. */
  publicUrl?: string;
  /** `MORD_SMTP_URL`: e-mail to her over SMTP (`smtp://user:pass@host:587`). */
  smtpUrl?: string;
  /** `MORD_MAIL_FROM`: the sender of those e-mails. */
  mailFrom?: string;
  /**
   * `MORD_SMS_URL` (with `MORD_SMS_AUTH`, the authorization header; `MORD_SMS_FORMAT`, `json` or `form`;
   * `MORD_SMS_BODY`, the body template as JSON; `MORD_SMS_ID_PATH`; `MORD_SMS_CHANNELS`, `sms,whatsapp`):
   * SMS and WhatsApp through an HTTP gateway.
   */
  smsGateway?: HttpGatewayOptions;
  /** `MORD_NOTIFY_CONSOLE=1`: write messages to the console (development and the demo). */
  notifyConsole?: boolean;
  /** `MORD_NOTIFY_INTERVAL_MS`: how often the outbox's worker looks for messages due. @default 2000 */
  notifyIntervalMs?: number;
  /** `MORD_NOTIFY_LEASE_MS`: how long a claimed message waits before another worker may take it. @default 60000 */
  notifyLeaseMs?: number;
  /**
   * `MORD_STATUS_URL`: her status page; `<reference>/<link token>` is appended to it in each message.
   * @default `<MORD_PUBLIC_URL>/#/status/`
   */
  statusUrl?: string;
  /** `MORD_STAFF_URL`: the staff area, linked from each staff member's daily summary. @default `<MORD_PUBLIC_URL>/#/staff` */
  staffUrl?: string;
  /** `MORD_DIGEST_HOUR`: the hour (0–23, Riyadh) from which the day's staff summaries go. @default 7 */
  digestHour?: number;
  /** Base of the links she signs a request with (`MORD_SIGNING_URL`, e.g. `https://example.org/#/sign/`); the token is appended. */
  signingUrl?: string;
  /** `MORD_SECRET`: derives access codes and signs upload grants; when unset, kept in {@link ServerConfig.keyFile}. */
  secret?: string;
  /** `MORD_KEY_FILE`: where the secret is kept, `0600`, outside the database. @default `<data folder>/mord.key` */
  keyFile: string;
  /**
   * `MORD_CONFIG`: the association's configuration (services, documents, checklist, branches, decision
   * period), a JSON file checked at start. @default `<data folder>/association.json` when it exists, else
   * the defaults
   */
  configFile: string;
  /** Whether `configFile` was named (`MORD_CONFIG`): then it must exist. */
  configRequired: boolean;
  /** The configuration given in code (embedding the server, tests) instead of a file. */
  association?: AssociationConfig;
  /** `MORD_DECISION_DAYS`: overrides the configuration's decision period. */
  decisionDays?: number;
  /** `MORD_BODY_LIMIT` in bytes, for submissions and survey answers. @default 512 KiB */
  bodyLimit: number;
  /** `MORD_STAFF_BODY_LIMIT` in bytes, for staff transitions and checklists. @default 64 KiB */
  staffBodyLimit: number;
  /** `MORD_ATTACHMENT_LIMIT` in bytes, per file. @default 10 MiB */
  attachmentLimit: number;
  /** `MORD_RATE_LIMIT`: requests per minute per client on public endpoints. @default 120 */
  rateLimit: number;
  /** `MORD_STAFF_RATE_LIMIT`: requests per minute per client on the staff API. @default 600 */
  staffRateLimit: number;
  /** `MORD_CLIENT_QUEUE`: bodies one client may have waiting while one of its bodies is worked on; past it, 429. @default 64 */
  clientQueue: number;
  /** `MORD_STAFF_KEY_FAILURES`: wrong staff keys one client may send in 15 minutes before 429. @default 5 */
  staffKeyFailures: number;
  /** `MORD_UPLOAD_QUOTA`: bytes of uploads per client per hour. @default 100 MiB */
  uploadQuota: number;
  /** `MORD_UNLINKED_QUOTA`: bytes of uploads not yet cited by a request, all clients together. @default 2 GiB */
  unlinkedQuota: number;
  /** `MORD_UNLINKED_HOURS`: uploads no request cites are deleted after this many hours. @default 24 */
  unlinkedHours: number;
  /** `MORD_RETENTION_DAYS`: a request's personal data is erased this many days after it ended (rejected, closed, withdrawn). @default 1825 (five years) */
  retentionDays: number;
  /** `MORD_ACCESS_CODE_DAYS`: an access code keeps working this many days after the request ended. @default 365 */
  accessCodeDays: number;
  /** `MORD_SURVEY_LINK_DAYS`: a survey invitation link works this many days. @default 30 */
  surveyLinkDays: number;
  /** `MORD_BLOB_DIR`: where attachments' bytes live. @default `<data folder>/attachments` */
  blobDir: string;
  /** `MORD_TRUST_PROXY`: empty (default), a hop count, or trusted proxy addresses/CIDRs (see docs/security.md). */
  trustProxy: TrustProxy;
  /** `MORD_HSTS`: send Strict-Transport-Security on every response (set it when TLS ends at your proxy). */
  hsts: boolean;
  /** `MORD_WEBHOOK_URL`: receives every state change. */
  webhookUrl?: string;
  /** `MORD_WEBHOOK_SECRET`: HMAC-SHA-256 key of the `X-Mord-Signature` header; required with a webhook URL, its own key. */
  webhookSecret?: string;
}

function number(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** An hour of the day, 0–23; anything else is refused at start. */
function hour(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 23) throw new Error('MORD_DIGEST_HOUR is an hour, 0 to 23');
  return n;
}

/** An origin as browsers send it: scheme, host and port, lower case, no path or trailing slash. */
export function normalizeOrigin(origin: string): string {
  try {
    const url = new URL(origin.trim());
    return url.origin === 'null' ? '' : url.origin;
  } catch {
    return '';
  }
}

/**
 * The origins of a comma-separated list, normalised as browsers send them (`HTTPS://Partner.Example/` is
 * `https://partner.example`). An entry that is not an origin — no scheme, a path, `*` — stops the server
 * at start: a CORS list that silently never matches looks like a network failure on the partner's page.
 */
function origins(name: string, value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const origin = normalizeOrigin(entry);
      const path = origin ? new URL(entry).pathname : '';
      if (!origin || (path !== '/' && path !== '') || /[?#]/.test(entry))
        throw new Error(`${name}: "${entry}" is not an origin (scheme://host[:port])`);
      return origin;
    });
}

/** The SMS/WhatsApp gateway's settings from `MORD_SMS_*`. */
function smsGateway(env: Record<string, string | undefined>): HttpGatewayOptions {
  let body: Record<string, string> | undefined;
  if (env.MORD_SMS_BODY) {
    const parsed = JSON.parse(env.MORD_SMS_BODY) as unknown;
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      Object.values(parsed).some((v) => typeof v !== 'string')
    )
      throw new Error('MORD_SMS_BODY is a JSON object of text templates');
    body = parsed as Record<string, string>;
  }
  const channels = (env.MORD_SMS_CHANNELS ?? 'sms').split(',').map((c) => c.trim());
  if (!channels.every((c) => c === 'sms' || c === 'whatsapp'))
    throw new Error('MORD_SMS_CHANNELS lists sms and/or whatsapp');
  return {
    url: env.MORD_SMS_URL!,
    channels: channels as ('sms' | 'whatsapp')[],
    ...(env.MORD_SMS_AUTH ? { headers: { authorization: env.MORD_SMS_AUTH } } : {}),
    format: env.MORD_SMS_FORMAT === 'form' ? 'form' : 'json',
    ...(body ? { body } : {}),
    ...(env.MORD_SMS_ID_PATH ? { idPath: env.MORD_SMS_ID_PATH } : {}),
  };
}

/** Reads {@link ServerConfig} from environment variables. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const dataDir = resolve(env.MORD_DATA_DIR || './data');
  return {
    port: number(env.PORT, 8787),
    host: env.HOST || '127.0.0.1',
    dataDir,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.MORD_DATABASE_SCHEMA ? { databaseSchema: env.MORD_DATABASE_SCHEMA } : {}),
    corsOrigins: origins('MORD_CORS_ORIGINS', env.MORD_CORS_ORIGINS),
    staffCorsOrigins: origins('MORD_STAFF_CORS_ORIGINS', env.MORD_STAFF_CORS_ORIGINS),
    ...(env.MORD_PUBLIC_URL ? { publicUrl: env.MORD_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    ...(env.MORD_SIGNING_URL ? { signingUrl: env.MORD_SIGNING_URL } : {}),
    ...(env.MORD_SMTP_URL ? { smtpUrl: env.MORD_SMTP_URL } : {}),
    ...(env.MORD_MAIL_FROM ? { mailFrom: env.MORD_MAIL_FROM } : {}),
    ...(env.MORD_SMS_URL ? { smsGateway: smsGateway(env) } : {}),
    ...(env.MORD_NOTIFY_CONSOLE === '1' ? { notifyConsole: true } : {}),
    ...(env.MORD_NOTIFY_INTERVAL_MS ? { notifyIntervalMs: number(env.MORD_NOTIFY_INTERVAL_MS, 2000) } : {}),
    ...(env.MORD_NOTIFY_LEASE_MS ? { notifyLeaseMs: number(env.MORD_NOTIFY_LEASE_MS, 60_000) } : {}),
    ...(env.MORD_STATUS_URL ? { statusUrl: env.MORD_STATUS_URL } : {}),
    ...(env.MORD_STAFF_URL ? { staffUrl: env.MORD_STAFF_URL } : {}),
    ...(env.MORD_DIGEST_HOUR ? { digestHour: hour(env.MORD_DIGEST_HOUR) } : {}),
    ...(env.MORD_SECRET ? { secret: env.MORD_SECRET } : {}),
    keyFile: resolve(env.MORD_KEY_FILE || join(dataDir, 'mord.key')),
    configFile: resolve(env.MORD_CONFIG || join(dataDir, 'association.json')),
    configRequired: Boolean(env.MORD_CONFIG),
    ...(env.MORD_DECISION_DAYS ? { decisionDays: number(env.MORD_DECISION_DAYS, 14) } : {}),
    bodyLimit: number(env.MORD_BODY_LIMIT, 512 * 1024),
    staffBodyLimit: number(env.MORD_STAFF_BODY_LIMIT, 64 * 1024),
    attachmentLimit: number(env.MORD_ATTACHMENT_LIMIT, DEFAULT_MAX_ATTACHMENT_BYTES),
    rateLimit: number(env.MORD_RATE_LIMIT, 120),
    staffRateLimit: number(env.MORD_STAFF_RATE_LIMIT, 600),
    staffKeyFailures: number(env.MORD_STAFF_KEY_FAILURES, 5),
    clientQueue: number(env.MORD_CLIENT_QUEUE, 64),
    uploadQuota: number(env.MORD_UPLOAD_QUOTA, 100 * 1024 * 1024),
    unlinkedQuota: number(env.MORD_UNLINKED_QUOTA, 2 * 1024 ** 3),
    unlinkedHours: number(env.MORD_UNLINKED_HOURS, 24),
    retentionDays: number(env.MORD_RETENTION_DAYS, 1825),
    accessCodeDays: number(env.MORD_ACCESS_CODE_DAYS, 365),
    surveyLinkDays: number(env.MORD_SURVEY_LINK_DAYS, 30),
    blobDir: resolve(env.MORD_BLOB_DIR || join(dataDir, 'attachments')),
    trustProxy: parseTrustProxy(env.MORD_TRUST_PROXY),
    hsts: env.MORD_HSTS === '1' || env.MORD_HSTS === 'true',
    ...(env.MORD_WEBHOOK_URL ? { webhookUrl: env.MORD_WEBHOOK_URL } : {}),
    ...(env.MORD_WEBHOOK_SECRET ? { webhookSecret: env.MORD_WEBHOOK_SECRET } : {}),
  };
}
