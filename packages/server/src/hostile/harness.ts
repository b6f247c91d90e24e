import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exampleSupportRequestSubmission,
  STAFF_ROLES,
  type StaffRole,
  VERIFICATION_CHECKLIST,
} from '@mord/core';
import { expect, vi } from 'vitest';
import type { ServerConfig } from '../config';
import { parseTrustProxy } from '../http/clientAddress';
import { createStaffKey, type RunningServer, startServer } from '../startServer';

const PG_URL = process.env.MORD_TEST_DATABASE_URL;

/** The databases every hostile case runs on: SQLite always, PostgreSQL when the test command started one. */
export const DATABASES = [{ kind: 'sqlite' as const }, ...(PG_URL ? [{ kind: 'postgres' as const }] : [])];

/** A server under attack, its data folder and one staff key per role. */
export interface Target {
  server: RunningServer;
  url: string;
  dir: string;
  /** The PostgreSQL schema of its tables. */
  schema: string;
  keys: Record<StaffRole, string>;
}

const ROLES = STAFF_ROLES;

/**
 * Starts a fresh `mord-server` on loopback for one database. By default it trusts one proxy hop, so each
 * case can send its own `X-Forwarded-For` and keep its own rate-limit buckets ({@link asClient}).
 */
export async function startTarget(
  kind: 'sqlite' | 'postgres',
  overrides: Partial<ServerConfig> = {},
): Promise<Target> {
  const dir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'mord-hostile-'));
  const schema = overrides.databaseSchema ?? `x_${Math.random().toString(36).slice(2, 10)}`;
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    blobDir: join(dir, 'attachments'),
    rateLimit: 100_000,
    staffRateLimit: 100_000,
    corsOrigins: ['https://partner.example'],
    staffCorsOrigins: ['https://staff.example'],
    trustProxy: parseTrustProxy('1'),
    ...(kind === 'postgres' ? { databaseUrl: PG_URL!, databaseSchema: schema } : {}),
    ...overrides,
  });
  const keys = Object.fromEntries(
    await Promise.all(
      ROLES.map(async (role) => [
        role,
        await createStaffKey(server.store, role, `${role} name`, 'riyadh-north'),
      ]),
    ),
  ) as Record<StaffRole, string>;
  return { server, url: server.url, dir, schema, keys };
}

/** Stops a target and removes its data folder. */
export async function stopTarget(target: Target | undefined): Promise<void> {
  if (!target) return;
  await target.server.close();
  rmSync(target.dir, { recursive: true, force: true });
}

let clients = 0;
/** Headers that make the request come from a client address of its own (through the trusted hop). */
export function asClient(): Record<string, string> {
  clients += 1;
  return { 'x-forwarded-for': `198.51.${Math.floor(clients / 250) % 250}.${(clients % 250) + 1}` };
}

/** After every case: the server still answers its health check promptly. */
export async function expectHealthy(target: Target): Promise<void> {
  const response = await fetch(`${target.url}/healthz`, { signal: AbortSignal.timeout(2000) });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
}

/** The protocol's error body. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; code: string; message: string }[] };
}

/**
 * Asserts a refusal: the status, a JSON error body with the code and a message, and — when given — that
 * the response text contains none of the strings the attacker sent.
 */
export async function expectRefusal(
  response: Response,
  status: number,
  code: string,
  sent: string[] = [],
): Promise<ErrorBody> {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(status);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  for (const marker of sent) expect(text).not.toContain(marker);
  return body;
}

/** The public submission path of the support request. */
export const SUBMISSIONS = '/v1/forms/support-request/submissions';

/** Submits the example support request (optionally changed) and returns its reference. */
export async function submitExample(
  target: Target,
  mutate?: NonNullable<Parameters<typeof exampleSupportRequestSubmission>[0]>['mutate'],
): Promise<string> {
  const response = await postJson(target, SUBMISSIONS, await exampleSupportRequestSubmission({ mutate }));
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

/**
 * What any move may carry so that it is complete (`transitionNeeds`): a referral's question, a study, a
 * rejection's reason; extras a move does not take are dropped by the server.
 */
export const MOVE_EXTRAS = {
  question: 'هل يطابق السكن المستندات؟',
  study: { findings: 'زيارة منزلية: البيانات مطابقة.', recommendation: 'accept' },
  reason: 'not_eligible',
} as const;

/** Moves a request along the workflow, each move by the role the workflow gives it; each must succeed. */
export async function moveAlong(
  target: Target,
  reference: string,
  moves: readonly (readonly [StaffRole, string])[],
): Promise<void> {
  for (const [role, to] of moves) {
    if (to === 'in_committee') await completeChecklist(target, reference);
    const response = await asStaff(target, role, `/requests/${reference}/transitions`, {
      method: 'POST',
      json: { to, ...MOVE_EXTRAS },
    });
    expect(response.status, `${role} → ${to}`).toBe(200);
  }
}

/** The officer checks every item against the documents: the committee gets a verified request. */
export async function completeChecklist(target: Target, reference: string): Promise<void> {
  const checked = await asStaff(target, 'relations_officer', `/requests/${reference}/checklist`, {
    method: 'PUT',
    json: { checklist: Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])) },
  });
  expect(checked.status, 'checklist').toBe(200);
}

/** The moves from submission to a delivered service. */
export const TO_DELIVERY = [
  ['relations_officer', 'verifying'],
  ['relations_officer', 'in_committee'],
  ['committee', 'accepted'],
  ['relations_officer', 'registered'],
  ['relations_officer', 'service_delivered'],
] as const;

/** Takes a request to delivery and returns the survey invitation's token. */
export async function deliverAndInvite(target: Target, reference: string): Promise<string> {
  await moveAlong(target, reference, TO_DELIVERY);
  const invite = await asStaff(target, 'relations_officer', `/requests/${reference}/survey-invitations`, {
    method: 'POST',
  });
  return ((await invite.json()) as { token: string }).token;
}

/** Runs the `mord-server` command line against a target's database; returns its exit code and output. */
export async function runCli(
  target: Target,
  kind: 'sqlite' | 'postgres',
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  const { main } = await import('../cli/main');
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(line));
  const env = {
    MORD_DATA_DIR: target.dir,
    ...(kind === 'postgres' ? { DATABASE_URL: PG_URL!, MORD_DATABASE_SCHEMA: target.schema } : {}),
    ...extraEnv,
  };
  Object.assign(process.env, env);
  try {
    return { code: await main(args), out: out.join('\n') };
  } finally {
    for (const name of Object.keys(env)) delete process.env[name];
    log.mockRestore();
    error.mockRestore();
  }
}

/** Posts JSON to a public path with a fresh idempotency key and client address. */
export function postJson(
  target: Target,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${target.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `hostile-${Math.random().toString(36).slice(2)}`,
      ...asClient(),
      ...headers,
    },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });
}

/** Calls the staff API with a role's key. */
export function asStaff(
  target: Target,
  role: StaffRole,
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<Response> {
  const { json, ...rest } = init;
  return fetch(`${target.url}/v1/staff${path}`, {
    ...rest,
    headers: {
      authorization: `Bearer ${target.keys[role]}`,
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      'idempotency-key': `hostile-${Math.random().toString(36).slice(2)}`,
      ...asClient(),
      ...(rest.headers as Record<string, string> | undefined),
    },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
}

/** An upload grant for the support request. */
export async function grant(target: Target): Promise<string> {
  const response = await fetch(`${target.url}/v1/forms/support-request/upload-grants`, {
    method: 'POST',
    headers: asClient(),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { grant: string }).grant;
}

/** Uploads bytes with a grant. */
export function upload(
  target: Target,
  bytes: Uint8Array,
  options: { grant?: string; type?: string; name?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${target.url}/v1/attachments`, {
    method: 'POST',
    headers: {
      'content-type': options.type ?? 'application/pdf',
      ...(options.grant ? { 'x-upload-grant': options.grant } : {}),
      ...(options.name !== undefined ? { 'x-file-name': options.name } : {}),
      ...asClient(),
      ...options.headers,
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
}
