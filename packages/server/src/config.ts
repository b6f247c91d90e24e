import { resolve } from 'node:path';

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
  /** `MORD_CORS_ORIGINS`: partner-site origins allowed to call the public endpoints. */
  corsOrigins: string[];
  /** `MORD_PUBLIC_URL`: where beneficiaries open links; survey links are `<url>/survey/<token>`. */
  publicUrl?: string;
  /** `MORD_SECRET`: derives access tokens; generated once and kept in the database when unset. */
  secret?: string;
  /** `MORD_DECISION_DAYS`. @default 14 */
  decisionDays: number;
  /** `MORD_BODY_LIMIT` in bytes, for JSON bodies. @default 1 MB */
  bodyLimit: number;
  /** `MORD_ATTACHMENT_LIMIT` in bytes. @default 10 MB */
  attachmentLimit: number;
  /** `MORD_RATE_LIMIT`: requests per minute per client on public endpoints. @default 120 */
  rateLimit: number;
  /** `MORD_WEBHOOK_URL`: receives every state change. */
  webhookUrl?: string;
  /** `MORD_WEBHOOK_SECRET`: HMAC-SHA-256 key of the `X-Mord-Signature` header. */
  webhookSecret?: string;
}

function number(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Reads {@link ServerConfig} from environment variables. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  return {
    port: number(env.PORT, 8787),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.MORD_DATA_DIR || './data'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.MORD_DATABASE_SCHEMA ? { databaseSchema: env.MORD_DATABASE_SCHEMA } : {}),
    corsOrigins: (env.MORD_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(env.MORD_PUBLIC_URL ? { publicUrl: env.MORD_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    ...(env.MORD_SECRET ? { secret: env.MORD_SECRET } : {}),
    decisionDays: number(env.MORD_DECISION_DAYS, 14),
    bodyLimit: number(env.MORD_BODY_LIMIT, 1024 * 1024),
    attachmentLimit: number(env.MORD_ATTACHMENT_LIMIT, 10 * 1024 * 1024),
    rateLimit: number(env.MORD_RATE_LIMIT, 120),
    ...(env.MORD_WEBHOOK_URL ? { webhookUrl: env.MORD_WEBHOOK_URL } : {}),
    ...(env.MORD_WEBHOOK_SECRET ? { webhookSecret: env.MORD_WEBHOOK_SECRET } : {}),
  };
}
