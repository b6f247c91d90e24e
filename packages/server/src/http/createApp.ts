import { getConnInfo } from '@hono/node-server/conninfo';
import {
  type BackendService,
  FORM_IDS,
  type FormId,
  resolveLocale,
  type StaffApi,
  type StaffMember,
  type StatusView,
  StorageError,
  sha256Hex,
} from '@mord/core';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { ServerConfig } from '../config';
import { toCsv } from './csv';
import { errorBody, toErrorResponse } from './errors';
import { createRateLimiter } from './rateLimit';

/** What the HTTP layer needs. */
export interface AppDependencies {
  service: BackendService;
  findStaff: (keyHash: string) => Promise<StaffMember | null> | StaffMember | null;
  config: Pick<ServerConfig, 'corsOrigins' | 'bodyLimit' | 'attachmentLimit' | 'rateLimit'>;
}

type Env = { Variables: { staff: StaffApi } };

function bearer(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match ? match[1]!.trim() : null;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new StorageError('validation_failed', 'The body is not valid JSON');
  }
}

/**
 * The HTTP protocol v1 (docs/protocol.md) as a Hono app: public endpoints for beneficiaries, staff
 * endpoints behind per-role keys, JSON errors with localised issues, CORS allowlist, rate limits and
 * security headers.
 */
export function createApp(deps: AppDependencies) {
  const { service, config } = deps;
  const app = new Hono<Env>();
  const limited = createRateLimiter(config.rateLimit);

  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
      allowHeaders: ['content-type', 'authorization', 'idempotency-key', 'accept-language', 'x-file-name'],
      allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
      maxAge: 600,
    }),
  );
  app.onError((error, c) => {
    const { status, body } = toErrorResponse(error);
    if (status === 500) console.error(error);
    return c.json(body, status as 500);
  });
  app.notFound((c) => c.json(errorBody('not_found', 'Not found'), 404));

  const rateLimit = async (c: Context, next: () => Promise<void>) => {
    let client = 'unknown';
    try {
      client = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // Not running on Node (tests through app.request): one shared bucket.
    }
    const wait = limited(client);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json(errorBody('rate_limited', 'Too many requests; try again shortly'), 429);
    }
    await next();
  };
  const jsonLimit = bodyLimit({
    maxSize: config.bodyLimit,
    onError: (c) => c.json(errorBody('payload_too_large', 'The body is too large'), 413),
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.post('/v1/forms/:form/submissions', rateLimit, jsonLimit, async (c) => {
    const form = c.req.param('form') as FormId;
    if (!(FORM_IDS as readonly string[]).includes(form))
      return c.json(errorBody('not_found', 'Unknown form'), 404);
    const idempotencyKey = c.req.header('idempotency-key');
    if (!idempotencyKey)
      return c.json(errorBody('validation_failed', 'The Idempotency-Key header is required'), 400);
    const body = await readJson(c);
    const language = c.req.header('accept-language');
    const receipt = await service.submit(form, body as never, {
      idempotencyKey,
      ...(language ? { locale: resolveLocale(language) } : {}),
    });
    return c.json(receipt, 201);
  });

  app.get('/v1/requests/:reference', rateLimit, async (c) => {
    const token = bearer(c);
    const view: StatusView | null = token
      ? await service.getStatus(c.req.param('reference') ?? '', token)
      : null;
    // A wrong token and an unknown reference answer the same, so references cannot be probed.
    if (!view) return c.json(errorBody('not_found', 'No such request'), 404);
    return c.json(view);
  });

  app.post(
    '/v1/attachments',
    rateLimit,
    bodyLimit({
      maxSize: config.attachmentLimit,
      onError: (c) => c.json(errorBody('payload_too_large', 'The file is too large'), 413),
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const declared = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
      const meta = await service.putAttachment({
        name: decodeURIComponent(c.req.header('x-file-name') ?? 'file'),
        ...(declared && declared !== 'application/octet-stream' ? { mediaType: declared } : {}),
        bytes,
      });
      return c.json(meta, 201);
    },
  );

  app.get('/v1/surveys/:token', rateLimit, async (c) => {
    const context = await service.getSurvey(c.req.param('token') ?? '');
    if (!context) return c.json(errorBody('not_found', 'Unknown survey link'), 404);
    return c.json(context);
  });

  app.post('/v1/surveys/:token/responses', rateLimit, jsonLimit, async (c) => {
    const result = await service.submitSurveyResponse(c.req.param('token') ?? '', await readJson(c));
    return c.json(result, 201);
  });

  const staff = new Hono<Env>();
  staff.use('*', async (c, next) => {
    const key = bearer(c);
    const member = key ? await deps.findStaff(await sha256Hex(key)) : null;
    if (!member) return c.json(errorBody('forbidden', 'A valid staff key is required'), 401);
    c.set('staff', service.staffFor(member));
    await next();
  });
  staff.get('/me', (c) => c.json(c.get('staff').actor));
  staff.get('/requests', async (c) => {
    const q = c.req.query();
    const list = await c.get('staff').listRequests({
      ...(q.form ? { form: q.form as FormId } : {}),
      ...(q.status ? { status: q.status as never } : {}),
      ...(q.overdue === 'true' ? { overdue: true } : q.overdue === 'false' ? { overdue: false } : {}),
      limit: Math.min(Number(q.limit) || 100, 1000),
      offset: Math.max(Number(q.offset) || 0, 0),
    });
    return c.json(list);
  });
  staff.get('/requests/:reference', async (c) => {
    const record = await c.get('staff').getRequest(c.req.param('reference'));
    return record ? c.json(record) : c.json(errorBody('not_found', 'No such request'), 404);
  });
  staff.post('/requests/:reference/transitions', jsonLimit, async (c) => {
    const body = (await readJson(c)) as { to?: unknown; note?: unknown };
    if (typeof body?.to !== 'string') throw new StorageError('validation_failed', '`to` is required');
    const record = await c.get('staff').transition(c.req.param('reference'), {
      to: body.to as never,
      ...(typeof body.note === 'string' && body.note.trim() ? { note: body.note } : {}),
    });
    return c.json(record);
  });
  staff.put('/requests/:reference/checklist', jsonLimit, async (c) => {
    const body = (await readJson(c)) as { checklist?: Record<string, unknown> };
    const checklist = Object.fromEntries(
      Object.entries(body?.checklist ?? {}).filter(([k, v]) => k.length <= 64 && typeof v === 'boolean'),
    ) as Record<string, boolean>;
    return c.json(await c.get('staff').updateChecklist(c.req.param('reference'), checklist));
  });
  staff.post('/requests/:reference/survey-invitations', async (c) => {
    return c.json(await c.get('staff').createSurveyInvitation(c.req.param('reference')), 201);
  });
  staff.get('/metrics/satisfaction', async (c) => {
    const { from, to } = c.req.query();
    return c.json(
      await c.get('staff').satisfactionSummary({ ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    );
  });
  staff.get('/export.csv', async (c) => {
    const list = await c.get('staff').listRequests({ limit: 100_000 });
    const rows = [
      ['reference', 'form', 'status', 'submitted_at', 'channel', 'name', 'decision_due_at', 'overdue'],
      ...list.map((r) => [
        r.reference,
        r.form,
        r.status,
        r.submittedAt,
        r.channel,
        r.name,
        r.decisionDueAt,
        r.overdue,
      ]),
    ];
    c.header('content-disposition', 'attachment; filename="mord-requests.csv"');
    return c.body(toCsv(rows), 200, { 'content-type': 'text/csv; charset=utf-8' });
  });
  app.route('/v1/staff', staff);

  return app;
}
