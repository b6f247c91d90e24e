import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  ATTACHMENT_MEDIA_TYPES,
  allowedMethods,
  type BackendService,
  canExport,
  isFormId,
  PROTOCOL_ROUTES,
  type ProtocolRouteName,
  parseListQuery,
  parseTimeRange,
  requestsCsv,
  resolveLocale,
  type StaffApi,
  type StaffMember,
  type StaffRole,
  type StatusView,
  StorageError,
  sha256Hex,
} from '@mord/core';
import { type Context, Hono, type Next } from 'hono';
import { cors } from 'hono/cors';
import type { ServerConfig } from '../config';
import type { AuditRow } from '../store/auditChain';
import { clientAddress } from './clientAddress';
import { createClientGate } from './clientGate';
import { contentDisposition } from './contentDisposition';
import { errorBody, logInternalError, toErrorResponse } from './errors';
import { createWindowCounter } from './rateLimit';
import { type BodyLimits, drainBody, readBody, readJsonBody } from './readBody';
import { securityHeaders } from './securityHeaders';

/** What the HTTP layer needs. */
export interface AppDependencies {
  service: BackendService;
  findStaff: (keyHash: string) => Promise<StaffMember | null> | StaffMember | null;
  /** Appends to the tamper-evident audit log (exports). */
  audit: (row: AuditRow) => Promise<void>;
  config: Pick<
    ServerConfig,
    | 'corsOrigins'
    | 'staffCorsOrigins'
    | 'bodyLimit'
    | 'staffBodyLimit'
    | 'attachmentLimit'
    | 'rateLimit'
    | 'staffRateLimit'
    | 'staffKeyFailures'
    | 'clientQueue'
    | 'uploadQuota'
    | 'trustProxy'
    | 'hsts'
  >;
}

type Env = { Variables: { staff: StaffApi; client: string } };

/** Bytes read and thrown away after a refusal so the client still receives it. */
const DRAIN_LIMIT = 32 * 1024 * 1024;

const STAFF_BASE = '/v1/staff';

type InStaffApp<P> = P extends `/v1/staff${infer Rest}` ? Rest : never;

/** A staff route's path inside the staff sub-app (mounted at {@link STAFF_BASE}); typed, so Hono knows its parameters. */
function staffPath<N extends ProtocolRouteName>(name: N): InStaffApp<(typeof PROTOCOL_ROUTES)[N]['path']> {
  return PROTOCOL_ROUTES[name].path.slice(STAFF_BASE.length) as InStaffApp<
    (typeof PROTOCOL_ROUTES)[N]['path']
  >;
}

function bearer(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header);
  return match ? match[1]! : null;
}

/** The token of a message's link (`Authorization: StatusLink <token>`). */
function statusLink(c: Context): string | undefined {
  return /^StatusLink ([\x21-\x7e]{1,512})$/.exec(c.req.header('authorization') ?? '')?.[1];
}

function decodeHeader(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new StorageError('bad_request', 'A header is not valid percent-encoding');
  }
}

/**
 * The HTTP protocol v1 (docs/protocol.md) as a Hono app. Every body is bounded and checked before any
 * work (type, size, UTF-8, JSON, input limits); refusals are 4xx with fixed messages, received by the
 * client also when it is still sending; staff powers come only from a staff key; public and staff
 * endpoints have their own CORS origins and rate limits. Threat model and limits: docs/security.md.
 */
export function createApp(deps: AppDependencies) {
  const { service, config } = deps;
  const app = new Hono<Env>();
  const publicRequests = createWindowCounter(config.rateLimit);
  const staffRequests = createWindowCounter(config.staffRateLimit);
  const keyFailures = createWindowCounter(config.staffKeyFailures, 15 * 60_000);
  const uploadBytes = createWindowCounter(config.uploadQuota, 60 * 60_000);
  const jsonLimits: BodyLimits = { limit: config.bodyLimit, drainLimit: DRAIN_LIMIT };
  const staffLimits: BodyLimits = { limit: config.staffBodyLimit, drainLimit: DRAIN_LIMIT };
  const enterGate = createClientGate({ waiting: config.clientQueue });
  const publicOrigins = new Set(config.corsOrigins);
  const staffOrigins = new Set(config.staffCorsOrigins);

  app.use('*', securityHeaders({ hsts: config.hsts, trustProxy: config.trustProxy.kind !== 'none' }));
  app.use('*', async (c, next) => {
    let peer = 'unknown';
    try {
      peer = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // Not running on Node (tests through app.request): one shared bucket.
    }
    c.set('client', clientAddress(peer, c.req.header('x-forwarded-for'), config.trustProxy));
    await next();
    // A body the handler never read (refused before) is drained, so the client receives the refusal.
    await drainBody(c, DRAIN_LIMIT);
  });
  app.use(
    '/v1/*',
    cors({
      // Partner pages reach the public endpoints only; the staff API answers its own origins.
      origin: (origin, c) =>
        (c.req.path.startsWith('/v1/staff/') ? staffOrigins : publicOrigins).has(origin) ? origin : null,
      allowHeaders: [
        'content-type',
        'authorization',
        'idempotency-key',
        'accept-language',
        'x-file-name',
        'x-upload-grant',
      ],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['retry-after', 'content-disposition'],
      maxAge: 600,
    }),
  );
  app.onError((error, c) => {
    const { status, body } = toErrorResponse(error);
    if (status === 500) logInternalError(error);
    if (isStorageError429(error)) c.header('retry-after', String(error.retryAfter ?? 60));
    return c.json(body, status as 500);
  });
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) return c.json(errorBody('not_found', 'Not found'), 404);
    c.header('allow', [...allowed, 'OPTIONS'].sort().join(', '));
    return c.json(errorBody('method_not_allowed', 'Method not allowed'), 405);
  });

  const limit = (counter: ReturnType<typeof createWindowCounter>) => async (c: Context<Env>, next: Next) => {
    const wait = counter.add(c.get('client'));
    if (wait > 0) {
      c.header('retry-after', String(wait));
      return c.json(errorBody('rate_limited', 'Too many requests; try again shortly'), 429);
    }
    await next();
  };
  const rateLimit = limit(publicRequests);
  // Requests with a body to validate take their client's turn (see createClientGate).
  const oneAtATime = async (c: Context<Env>, next: Next) => {
    const leave = await enterGate(c.get('client'));
    try {
      await next();
    } finally {
      leave();
    }
  };
  const locale = (c: Context) => {
    const language = c.req.header('accept-language');
    return language ? { locale: resolveLocale(language.slice(0, 200)) } : {};
  };
  const idempotencyKey = (c: Context) => {
    const key = c.req.header('idempotency-key');
    if (!key) throw new StorageError('validation_failed', 'The Idempotency-Key header is required');
    return key;
  };

  app.get(PROTOCOL_ROUTES.health.path, (c) => c.json({ status: 'ok' }));

  // The public part of the association's configuration: forms and embeds on partner pages follow it
  // without a rebuild. It changes only with a restart, so it is serialised, and its ETag computed, once.
  const configBody = JSON.stringify(service.getConfig());
  const configTag = `"${createHash('sha256').update(configBody).digest('base64url').slice(0, 27)}"`;
  app.get(PROTOCOL_ROUTES.config.path, rateLimit, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header('ETag', configTag);
    if (c.req.header('if-none-match') === configTag) return c.body(null, 304);
    return c.body(configBody, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.post(PROTOCOL_ROUTES.submit.path, rateLimit, oneAtATime, async (c) => {
    const form = c.req.param('form');
    if (!isFormId(form)) return c.json(errorBody('not_found', 'Unknown form'), 404);
    const key = idempotencyKey(c);
    const body = await readJsonBody(c, jsonLimits);
    return c.json(await service.submit(form, body as never, { idempotencyKey: key, ...locale(c) }), 201);
  });

  app.post(PROTOCOL_ROUTES.uploadGrant.path, rateLimit, async (c) => {
    const form = c.req.param('form');
    if (!isFormId(form)) return c.json(errorBody('not_found', 'Unknown form'), 404);
    return c.json(await service.createUploadGrant(form), 201);
  });

  app.get(PROTOCOL_ROUTES.status.path, rateLimit, async (c) => {
    const token = bearer(c);
    // A message's link opens the status with its own token, good for nothing else.
    const link = statusLink(c);
    const reference = c.req.param('reference') ?? '';
    const view: StatusView | null = token
      ? await service.getStatus(reference, token)
      : link
        ? await service.getStatusByLink(reference, link)
        : null;
    // A wrong token and an unknown reference answer the same, so references cannot be probed.
    if (!view) return c.json(errorBody('not_found', 'No such request'), 404);
    return c.json(view);
  });

  app.post(PROTOCOL_ROUTES.reply.path, rateLimit, oneAtATime, async (c) => {
    const token = bearer(c);
    // Her code, or the link of the message that asked her (it answers that request only).
    const link = token ? undefined : statusLink(c);
    if (!token && !link) return c.json(errorBody('not_found', 'No such request'), 404);
    const body = (await readJsonBody(c, jsonLimits)) as { message?: unknown; attachments?: unknown } | null;
    if (body === null || typeof body !== 'object')
      throw new StorageError('validation_failed', 'The reply is an object');
    const reference = c.req.param('reference') ?? '';
    const view = token
      ? await service.reply(reference, token, body)
      : await service.replyByLink(reference, link!, body);
    return c.json(view, 201);
  });

  app.post(PROTOCOL_ROUTES.withdrawal.path, rateLimit, oneAtATime, async (c) => {
    const token = bearer(c);
    if (!token) return c.json(errorBody('not_found', 'No such request'), 404);
    return c.json(await service.withdraw(c.req.param('reference') ?? '', token));
  });

  // Her lost code, sent again to the contact on file: the same answer whether the details match or not.
  app.post(PROTOCOL_ROUTES.codeReminder.path, rateLimit, oneAtATime, async (c) => {
    const body = (await readJsonBody(c, jsonLimits)) as { idNumber?: unknown } | null;
    if (
      body === null ||
      typeof body !== 'object' ||
      typeof body.idNumber !== 'string' ||
      body.idNumber.length > 40
    )
      throw new StorageError('validation_failed', 'The ID or Iqama number is required');
    await service.remindCode(c.req.param('reference') ?? '', body.idNumber);
    return c.json({ accepted: true }, 202);
  });

  app.post(PROTOCOL_ROUTES.upload.path, rateLimit, oneAtATime, async (c) => {
    const declared = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    // A declared type from the list, never a "simple" one: a page on another origin cannot upload
    // without a CORS preflight that only partner origins pass.
    if (!(ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(declared))
      throw new StorageError('unsupported_media_type', 'Only PDF, JPEG and PNG files are accepted');
    const grant = c.req.header('x-upload-grant');
    if (!grant) throw new StorageError('forbidden', 'A valid upload grant is required');
    const name = decodeHeader(c.req.header('x-file-name'));
    const size = Number(c.req.header('content-length'));
    if (Number.isFinite(size) && size > 0) {
      const wait = uploadBytes.check(c.get('client'));
      if (wait > 0) throw new StorageError('rate_limited', 'Upload quota reached', { retryAfter: wait });
    }
    const bytes = await readBody(c, { limit: config.attachmentLimit, drainLimit: DRAIN_LIMIT });
    const wait = uploadBytes.add(c.get('client'), bytes.byteLength);
    if (wait > 0) throw new StorageError('rate_limited', 'Upload quota reached', { retryAfter: wait });
    const meta = await service.putAttachment({ name: name ?? 'file', mediaType: declared, bytes }, { grant });
    return c.json(meta, 201);
  });

  app.get(PROTOCOL_ROUTES.survey.path, rateLimit, async (c) => {
    const context = await service.getSurvey(c.req.param('token') ?? '');
    if (!context) return c.json(errorBody('not_found', 'Unknown survey link'), 404);
    return c.json(context);
  });

  app.get(PROTOCOL_ROUTES.signing.path, rateLimit, async (c) => {
    const context = await service.getSigning(c.req.param('token') ?? '');
    if (!context) return c.json(errorBody('not_found', 'Unknown signing link'), 404);
    // Her request's data travels to her only: never kept by a cache on the way.
    c.header('cache-control', 'no-store');
    return c.json(context);
  });

  app.post(PROTOCOL_ROUTES.signingSignature.path, rateLimit, oneAtATime, async (c) => {
    const body = (await readJsonBody(c, jsonLimits)) as { declaration?: unknown } | null;
    if (body === null || typeof body !== 'object')
      throw new StorageError('validation_failed', 'The declaration is required');
    return c.json(await service.submitSignature(c.req.param('token') ?? '', body.declaration), 201);
  });

  app.post(PROTOCOL_ROUTES.surveyResponse.path, rateLimit, oneAtATime, async (c) => {
    const result = await service.submitSurveyResponse(
      c.req.param('token') ?? '',
      await readJsonBody(c, jsonLimits),
    );
    return c.json(result, 201);
  });

  const staff = new Hono<Env>();
  staff.use(
    '*',
    async (c, next) => {
      const client = c.get('client');
      const locked = keyFailures.check(client);
      if (locked > 0) {
        c.header('retry-after', String(locked));
        return c.json(errorBody('rate_limited', 'Too many failed sign-ins; try again later'), 429);
      }
      const key = bearer(c);
      const member = key ? await deps.findStaff(await sha256Hex(key)) : null;
      if (!member) {
        keyFailures.add(client);
        return c.json(errorBody('forbidden', 'A valid staff key is required'), 401);
      }
      c.set('staff', service.staffFor(member));
      await next();
    },
    limit(staffRequests),
  );
  staff.get(staffPath('staffMe'), (c) => c.json(c.get('staff').actor));
  staff.get(staffPath('staffRequests'), async (c) => {
    const parsed = parseListQuery(c.req.query());
    if (!parsed.ok)
      throw new StorageError('bad_request', `The query parameter ${parsed.parameter} is not valid`);
    return c.json(await c.get('staff').listRequests(parsed.query));
  });
  staff.get(staffPath('staffRequestCounts'), async (c) => {
    const parsed = parseListQuery(c.req.query());
    if (!parsed.ok)
      throw new StorageError('bad_request', `The query parameter ${parsed.parameter} is not valid`);
    const { status: _status, limit: _limit, offset: _offset, ...filters } = parsed.query;
    return c.json(await c.get('staff').countRequests(filters));
  });
  staff.get(staffPath('staffRequest'), async (c) => {
    const record = await c.get('staff').getRequest(c.req.param('reference'));
    return record ? c.json(record) : c.json(errorBody('not_found', 'No such request'), 404);
  });
  staff.post(staffPath('staffAccessCode'), async (c) => {
    return c.json(await c.get('staff').reissueAccessCode(c.req.param('reference')), 201);
  });
  staff.delete(staffPath('staffErase'), async (c) => {
    const reference = c.req.param('reference');
    await c.get('staff').erase(reference);
    return c.json({ reference, erased: true });
  });
  staff.get(staffPath('staffAttachment'), async (c) => {
    const file = await c.get('staff').getAttachment(c.req.param('reference'), c.req.param('id'));
    if (!file) return c.json(errorBody('not_found', 'No such document'), 404);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.mediaType,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': contentDisposition(file.name),
      'content-security-policy': "default-src 'none'; sandbox",
    });
  });
  staff.post(staffPath('staffSubmit'), oneAtATime, async (c) => {
    const form = c.req.param('form');
    if (!isFormId(form)) return c.json(errorBody('not_found', 'Unknown form'), 404);
    const key = idempotencyKey(c);
    const body = await readJsonBody(c, jsonLimits);
    return c.json(
      await c.get('staff').submit(form, body as never, { idempotencyKey: key, ...locale(c) }),
      201,
    );
  });
  staff.post(staffPath('staffTransition'), async (c) => {
    const body = (await readJsonBody(c, staffLimits)) as {
      to?: unknown;
      note?: unknown;
      missing?: unknown;
      answer?: unknown;
      assignee?: unknown;
      question?: unknown;
      study?: unknown;
      reason?: unknown;
    } | null;
    if (typeof body?.to !== 'string')
      throw new StorageError('validation_failed', 'The target state is required');
    if (body.note !== undefined && typeof body.note !== 'string')
      throw new StorageError('validation_failed', 'The note must be text');
    // Its ids are checked against the configuration by the service; here only its shape.
    if (body.missing !== undefined && !Array.isArray(body.missing))
      throw new StorageError('validation_failed', 'What is missing is a list');
    for (const field of ['answer', 'assignee', 'question', 'reason'] as const) {
      if (body[field] !== undefined && typeof body[field] !== 'string')
        throw new StorageError('validation_failed', 'A text field is not text');
    }
    // The study's fields are read by the service (`parseStudy`); here only that it is an object.
    if (body.study !== undefined && (typeof body.study !== 'object' || body.study === null))
      throw new StorageError('validation_failed', 'The study is a record');
    const record = await c.get('staff').transition(c.req.param('reference'), {
      to: body.to as never,
      ...(typeof body.note === 'string' ? { note: body.note } : {}),
      ...(Array.isArray(body.missing) ? { missing: body.missing as string[] } : {}),
      ...(typeof body.answer === 'string' ? { answer: body.answer } : {}),
      ...(typeof body.assignee === 'string' ? { assignee: body.assignee } : {}),
      ...(typeof body.question === 'string' ? { question: body.question } : {}),
      ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
      ...(typeof body.study === 'object' && body.study !== null ? { study: body.study as never } : {}),
    });
    return c.json(record);
  });
  staff.put(staffPath('staffAssignee'), async (c) => {
    const body = (await readJsonBody(c, staffLimits)) as { assignee?: unknown } | null;
    if (
      body === null ||
      typeof body !== 'object' ||
      (body.assignee !== null && typeof body.assignee !== 'string')
    )
      throw new StorageError('validation_failed', 'The assignee is a staff id or null');
    return c.json(await c.get('staff').assign(c.req.param('reference'), body.assignee));
  });
  staff.get(staffPath('staffPeople'), async (c) => c.json(await c.get('staff').people()));
  staff.post(staffPath('staffSigningLink'), async (c) =>
    c.json(await c.get('staff').createSigningLink(c.req.param('reference')), 201),
  );
  staff.get(staffPath('staffNotifications'), async (c) =>
    c.json(await c.get('staff').notifications(c.req.param('reference'))),
  );
  staff.get(staffPath('staffPrintCode'), async (c) =>
    c.json(await c.get('staff').printCode(c.req.param('reference'))),
  );
  staff.post(staffPath('staffWetSignature'), async (c) => {
    const body = (await readJsonBody(c, staffLimits)) as { code?: unknown } | null;
    if (body === null || typeof body !== 'object' || typeof body.code !== 'string')
      throw new StorageError('validation_failed', 'The printed code is required');
    return c.json(await c.get('staff').recordWetSignature(c.req.param('reference'), body.code));
  });
  staff.get(staffPath('staffKeys'), async (c) => c.json(await c.get('staff').listKeys()));
  staff.post(staffPath('staffKeyCreate'), async (c) => {
    const body = await readJsonBody(c, staffLimits);
    return c.json(await c.get('staff').createKey(body as never), 201);
  });
  staff.post(staffPath('staffKeyRotate'), async (c) =>
    c.json(await c.get('staff').rotateKey(c.req.param('id'))),
  );
  staff.delete(staffPath('staffKeyRevoke'), async (c) => {
    await c.get('staff').revokeKey(c.req.param('id'));
    return c.body(null, 204);
  });
  staff.put(staffPath('staffChecklist'), async (c) => {
    const body = (await readJsonBody(c, staffLimits)) as Record<string, unknown>;
    const { checklist, ...others } = body;
    if (Object.keys(others).length > 0 || typeof checklist !== 'object' || checklist === null)
      throw new StorageError('validation_failed', 'The body is { checklist } only');
    return c.json(await c.get('staff').updateChecklist(c.req.param('reference'), checklist as never));
  });
  staff.post(staffPath('staffInvitation'), async (c) => {
    return c.json(await c.get('staff').createSurveyInvitation(c.req.param('reference')), 201);
  });
  staff.get(staffPath('staffSatisfaction'), async (c) => {
    const range = parseTimeRange({ from: c.req.query('from'), to: c.req.query('to') });
    if (!range.ok)
      throw new StorageError('bad_request', `The query parameter ${range.parameter} is not valid`);
    return c.json(await c.get('staff').satisfactionSummary(range.query));
  });
  staff.get(staffPath('staffInquiryTopics'), async (c) => {
    const range = parseTimeRange({ from: c.req.query('from'), to: c.req.query('to') });
    if (!range.ok)
      throw new StorageError('bad_request', `The query parameter ${range.parameter} is not valid`);
    return c.json(await c.get('staff').inquiryTopics(range.query));
  });
  staff.get(staffPath('staffExport'), async (c) => {
    const { actor } = c.get('staff');
    if (!canExport(actor.role as StaffRole))
      throw new StorageError('forbidden', 'Only an administrator exports the queue');
    const list = await c.get('staff').listRequests({ limit: 100_000 });
    await deps.audit({
      action: 'export',
      reference: '',
      from: null,
      to: '',
      at: new Date().toISOString(),
      actorId: actor.id,
      actorRole: actor.role,
      note: `${list.length} requests`,
    });
    // The staff member's language (`?locale=en`); Arabic by default.
    const locale = c.req.query('locale') === 'en' ? 'en' : 'ar';
    c.header('content-disposition', 'attachment; filename="mord-requests.csv"');
    return c.body(requestsCsv(list, locale), 200, { 'content-type': 'text/csv; charset=utf-8' });
  });
  app.route(STAFF_BASE, staff);

  return app;
}

function isStorageError429(error: unknown): error is StorageError {
  return error instanceof StorageError && error.code === 'rate_limited';
}
