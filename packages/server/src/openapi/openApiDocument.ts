import {
  assigneeBodySchema,
  checklistSchema,
  codeReminderBodySchema,
  createSurveyResponseSchema,
  DEFAULT_SURVEY,
  declarationSchema,
  errorBodySchema,
  exampleInquirySubmission,
  HTTP_STATUS_OF_CODE,
  healthSchema,
  inquirySchema,
  PROTOCOL_ROUTES,
  type ProtocolRouteName,
  receiptSchema,
  replyBodySchema,
  requestSummarySchema,
  signingContextSchema,
  staffKeyBodySchema,
  staffKeyListingSchema,
  staffPersonSchema,
  staffRecordSchema,
  statusViewSchema,
  storedAttachmentSchema,
  storedNotificationSchema,
  supportRequestSchema,
  surveyContextSchema,
  transitionBodySchema,
  uploadGrantSchema,
  volunteerApplicationSchema,
  wetSignatureBodySchema,
} from '@mord/core';
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), the `$schema` line dropped. */
function schemaOf(schema: unknown, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...json } = toJSONSchema(schema as never, { io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The named schemas of the document: requests as the server accepts them, responses as it sends them. */
function components(): Record<string, JsonSchema> {
  const submission = (data: unknown) =>
    z.object({
      data: data as never,
      declaration: z.optional(declarationSchema as never),
      channel: z.string(),
      locale: z.enum(['ar', 'en']),
    });
  return {
    Error: schemaOf(errorBodySchema, 'output'),
    Health: schemaOf(healthSchema, 'output'),
    Receipt: schemaOf(receiptSchema, 'output'),
    StatusView: schemaOf(statusViewSchema, 'output'),
    UploadGrant: schemaOf(uploadGrantSchema, 'output'),
    StoredAttachment: schemaOf(storedAttachmentSchema, 'output'),
    SurveyContext: schemaOf(surveyContextSchema, 'output'),
    SigningContext: schemaOf(signingContextSchema, 'output'),
    StaffPerson: schemaOf(staffPersonSchema, 'output'),
    RequestSummary: schemaOf(requestSummarySchema, 'output'),
    StaffRecord: schemaOf(staffRecordSchema, 'output'),
    StaffKeyListing: schemaOf(staffKeyListingSchema, 'output'),
    StoredNotification: schemaOf(storedNotificationSchema, 'output'),
    SupportRequestSubmission: schemaOf(submission(supportRequestSchema), 'input'),
    InquirySubmission: schemaOf(submission(inquirySchema), 'input'),
    VolunteerSubmission: schemaOf(submission(volunteerApplicationSchema), 'input'),
    Declaration: schemaOf(declarationSchema, 'input'),
    SurveyResponse: schemaOf(createSurveyResponseSchema(DEFAULT_SURVEY, []), 'input'),
    Reply: schemaOf(replyBodySchema, 'input'),
    CodeReminder: schemaOf(codeReminderBodySchema, 'input'),
    Transition: schemaOf(transitionBodySchema, 'input'),
    Assignee: schemaOf(assigneeBodySchema, 'input'),
    Checklist: {
      type: 'object',
      required: ['checklist'],
      additionalProperties: false,
      properties: { checklist: { ...schemaOf(checklistSchema, 'input'), minProperties: 1 } },
    },
    WetSignature: schemaOf(wetSignatureBodySchema, 'input'),
    StaffKeyInput: schemaOf(staffKeyBodySchema, 'input'),
  };
}

interface Operation {
  summary: string;
  tag: 'public' | 'her request' | 'survey and signing' | 'staff';
  /** The request body: a component name, or a media type and schema for files. */
  body?: string | { mediaType: string; schema: JsonSchema };
  /** The success status and what it carries (a component name, an inline schema, or a media type). */
  ok: [number, string | JsonSchema | { mediaType: string } | null];
  /** Statuses beyond the ones every route of its kind has (see `statuses`). */
  also?: number[];
  /** Query parameters. */
  query?: Record<string, JsonSchema>;
  idempotent?: true;
  example?: unknown;
  links?: Record<string, { operationId: ProtocolRouteName; parameters: Record<string, string> }>;
}

const text = { type: 'string' };
const object = (properties: Record<string, JsonSchema>, required = Object.keys(properties)) => ({
  type: 'object',
  required,
  properties,
});
const range = { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } };
const queue = {
  form: { type: 'string', enum: ['support-request', 'inquiry', 'volunteer'] },
  status: text,
  channel: text,
  search: { type: 'string', maxLength: 200 },
  sort: { type: 'string', enum: ['oldest', 'newest'] },
  overdue: { type: 'string', enum: ['true', 'false'] },
  assignee: text,
  branch: text,
  limit: { type: 'integer', minimum: 1, maximum: 500 },
  offset: { type: 'integer', minimum: 0 },
};

/** What each route does, takes and answers, beside its method, path and authorisation (`PROTOCOL_ROUTES`). */
const OPERATIONS: Record<ProtocolRouteName, Operation> = {
  health: { summary: 'Liveness', tag: 'public', ok: [200, 'Health'] },
  config: {
    summary: "The public part of the association's configuration (services, documents, decision period)",
    tag: 'public',
    ok: [200, { type: 'object' }],
    also: [304],
  },
  submit: {
    summary: 'Submits a form (support request, inquiry, volunteering); idempotent by its key',
    tag: 'public',
    body: 'Submission',
    idempotent: true,
    ok: [201, 'Receipt'],
    also: [403, 409],
    links: { status: { operationId: 'status', parameters: { reference: '$response.body#/reference' } } },
  },
  uploadGrant: {
    summary: 'A short-lived permission to upload files for one form',
    tag: 'public',
    ok: [201, 'UploadGrant'],
  },
  upload: {
    summary: 'Uploads one file (PDF, JPEG or PNG) with an upload grant',
    tag: 'public',
    body: { mediaType: 'application/pdf', schema: { type: 'string', format: 'binary' } },
    ok: [201, 'StoredAttachment'],
    also: [403],
  },
  status: {
    summary: 'Her status by reference, with her access code or a status link token',
    tag: 'her request',
    ok: [200, 'StatusView'],
  },
  codeReminder: {
    summary: 'Sends her access code again to the contact on file (same answer whether it matches or not)',
    tag: 'her request',
    body: 'CodeReminder',
    ok: [202, object({ accepted: { type: 'boolean', const: true } })],
  },
  withdrawal: {
    summary: 'She withdraws her request',
    tag: 'her request',
    ok: [200, 'StatusView'],
    also: [409],
  },
  reply: {
    summary: 'Her answer to a request for more information (text and documents)',
    tag: 'her request',
    body: 'Reply',
    ok: [201, 'StatusView'],
    also: [409],
  },
  survey: {
    summary: 'What a survey link shows before answering (no personal data)',
    tag: 'survey and signing',
    ok: [200, 'SurveyContext'],
    also: [409],
    links: { answer: { operationId: 'surveyResponse', parameters: { token: '$request.path.token' } } },
  },
  surveyResponse: {
    summary: 'Answers a survey once',
    tag: 'survey and signing',
    body: 'SurveyResponse',
    ok: [201, object({ id: text })],
    // 403: the open survey's nonce is missing or used (open it again).
    also: [403, 409],
  },
  signing: {
    summary: 'Her request as it was taken for her, before she signs',
    tag: 'survey and signing',
    ok: [200, 'SigningContext'],
    links: { sign: { operationId: 'signingSignature', parameters: { token: '$request.path.token' } } },
  },
  signingSignature: {
    summary: 'Her signature of a request taken by phone or letter',
    tag: 'survey and signing',
    body: 'SignatureBody',
    ok: [201, object({ reference: text })],
    also: [409],
  },
  staffMe: { summary: 'Who the key belongs to', tag: 'staff', ok: [200, 'StaffPerson'] },
  staffRequests: {
    summary: 'The queue, filtered and paged',
    tag: 'staff',
    query: queue,
    ok: [200, { type: 'array', items: ref('RequestSummary') }],
    also: [400],
    links: {
      open: { operationId: 'staffRequest', parameters: { reference: '$response.body#/0/reference' } },
    },
  },
  staffRequestCounts: {
    summary: 'How many requests each state holds, with the queue filters',
    tag: 'staff',
    query: queue,
    ok: [200, { type: 'object', additionalProperties: { type: 'integer' } }],
    also: [400],
  },
  staffRequest: { summary: 'The full record of a request', tag: 'staff', ok: [200, 'StaffRecord'] },
  staffErase: {
    summary: 'Erases her personal data and documents, keeping an anonymised stub',
    tag: 'staff',
    ok: [200, object({ reference: text, erased: { type: 'boolean', const: true } })],
  },
  staffAccessCode: {
    summary: 'A new access code for her (the old one stops working)',
    tag: 'staff',
    ok: [201, object({ accessToken: text })],
  },
  staffAttachment: {
    summary: 'Opens one of her documents',
    tag: 'staff',
    ok: [200, { mediaType: 'application/octet-stream' }],
  },
  staffSubmit: {
    summary: 'Takes a request for her (interview, phone, letter, branch); who and where from the key',
    tag: 'staff',
    body: 'Submission',
    idempotent: true,
    ok: [201, 'Receipt'],
    also: [409],
  },
  staffTransition: {
    summary: 'Moves a request along the workflow',
    tag: 'staff',
    body: 'Transition',
    ok: [200, 'StaffRecord'],
    also: [409],
  },
  staffChecklist: {
    summary: 'Ticks items of the verification checklist',
    tag: 'staff',
    body: 'Checklist',
    ok: [200, 'StaffRecord'],
  },
  staffAssignee: {
    summary: 'Gives a request to a colleague, or to nobody',
    tag: 'staff',
    body: 'Assignee',
    ok: [200, 'StaffRecord'],
  },
  staffPeople: {
    summary: 'Colleagues who hold an active key',
    tag: 'staff',
    ok: [200, { type: 'array', items: ref('StaffPerson') }],
  },
  staffSigningLink: {
    summary: 'A one-time link she signs a request taken for her with',
    tag: 'staff',
    ok: [201, object({ token: text, url: text, expiresAt: text }, ['token', 'expiresAt'])],
    also: [409],
  },
  staffNotifications: {
    summary: 'The messages sent to her about a request',
    tag: 'staff',
    ok: [200, { type: 'array', items: ref('StoredNotification') }],
  },
  staffPrintCode: {
    summary: 'The verification code printed on the copy she signs on paper',
    tag: 'staff',
    ok: [200, object({ code: text })],
    also: [409],
  },
  staffWetSignature: {
    summary: 'Records her signature on paper by the printed code',
    tag: 'staff',
    body: 'WetSignature',
    ok: [200, 'StaffRecord'],
    also: [409],
  },
  staffKeys: {
    summary: 'Every staff key (administrators)',
    tag: 'staff',
    ok: [200, { type: 'array', items: ref('StaffKeyListing') }],
  },
  staffKeyCreate: {
    summary: 'A key for a new staff member (shown once)',
    tag: 'staff',
    body: 'StaffKeyInput',
    ok: [201, object({ id: text, key: text })],
  },
  staffKeyRotate: {
    summary: 'A new key for the same person; the old one stops at once',
    tag: 'staff',
    ok: [200, object({ key: text })],
  },
  staffKeyRevoke: { summary: "Revokes a person's keys", tag: 'staff', ok: [204, null] },
  staffInvitation: {
    summary: 'A one-time survey link for her after delivery',
    tag: 'staff',
    ok: [201, object({ token: text, url: text }, ['token'])],
    also: [409],
  },
  staffSatisfaction: {
    summary: 'Satisfaction measures (CSAT, NPS, CES) over a period',
    tag: 'staff',
    query: range,
    ok: [200, { type: 'object' }],
    also: [400],
  },
  staffInquiryTopics: {
    summary: 'Inquiries by topic over a period',
    tag: 'staff',
    query: range,
    ok: [200, { type: 'object', additionalProperties: { type: 'integer' } }],
    also: [400],
  },
  staffExport: {
    summary: 'The queue as CSV (administrators; audited)',
    tag: 'staff',
    query: { locale: { type: 'string', enum: ['ar', 'en'] } },
    ok: [200, { mediaType: 'text/csv' }],
  },
};

const STATUS_TEXT: Record<number, string> = {
  304: 'Not modified (ETag)',
  400: 'Invalid data, body, header or query (`validation_failed`, `bad_request`)',
  401: 'No valid staff key',
  403: 'Not among the key’s powers, a public body asserting staff powers, or no valid upload grant',
  404: 'Unknown form, reference, token or document; a wrong access token answers the same',
  409: 'Not possible in the request’s state, a link already used, or a key reused with another body',
  413: 'Body over the limit',
  415: 'Not `application/json`, or a file that is not PDF, JPEG or PNG',
  429: 'Too many requests (see `Retry-After`)',
  503: 'Storage unavailable; safe to send again (submissions with the same key)',
};

/** Every status a route can answer: its success, what every route of its kind can, and its own. */
function statuses(name: ProtocolRouteName): number[] {
  const route = PROTOCOL_ROUTES[name];
  const operation = OPERATIONS[name];
  if (name === 'health') return [200];
  const set = new Set<number>([operation.ok[0], 429, 503, ...(operation.also ?? [])]);
  if (route.auth === 'staff') {
    set.add(401);
    set.add(403);
  }
  if (route.path.includes(':')) set.add(404);
  if (operation.body) {
    set.add(400);
    set.add(413);
    set.add(415);
  }
  if (operation.idempotent) set.add(400);
  return [...set].sort((a, b) => a - b);
}

function response(status: number, operation: Operation): JsonSchema {
  const headers =
    status === 429 ? { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds' } } : undefined;
  if (status !== operation.ok[0])
    return {
      description: STATUS_TEXT[status] ?? 'Error',
      ...(headers ? { headers } : {}),
      ...(status === 304 ? {} : { content: { 'application/json': { schema: ref('Error') } } }),
    };
  const [, carries] = operation.ok;
  const links = operation.links
    ? Object.fromEntries(
        Object.entries(operation.links).map(([key, link]) => [
          key,
          { operationId: link.operationId, parameters: link.parameters },
        ]),
      )
    : undefined;
  const content =
    carries === null
      ? undefined
      : typeof carries === 'string'
        ? { 'application/json': { schema: ref(carries) } }
        : 'mediaType' in carries
          ? { [carries.mediaType as string]: { schema: { type: 'string', format: 'binary' } } }
          : { 'application/json': { schema: carries } };
  return {
    description: operation.summary,
    ...(content ? { content } : {}),
    ...(links ? { links } : {}),
  };
}

function requestBody(operation: Operation, name: ProtocolRouteName): JsonSchema | undefined {
  const body = operation.body;
  if (!body) return undefined;
  if (typeof body !== 'string')
    return {
      required: true,
      content: Object.fromEntries(
        ['application/pdf', 'image/jpeg', 'image/png'].map((type) => [type, { schema: body.schema }]),
      ),
    };
  if (body === 'Submission')
    return {
      required: true,
      content: {
        'application/json': {
          schema: {
            oneOf: [ref('SupportRequestSubmission'), ref('InquirySubmission'), ref('VolunteerSubmission')],
          },
          ...(name === 'submit' ? { example: exampleInquirySubmission() } : {}),
        },
      },
    };
  const schema =
    body === 'SignatureBody'
      ? { type: 'object', required: ['declaration'], properties: { declaration: ref('Declaration') } }
      : ref(body);
  return { required: true, content: { 'application/json': { schema } } };
}

function parameters(name: ProtocolRouteName): JsonSchema[] {
  const route = PROTOCOL_ROUTES[name];
  const operation = OPERATIONS[name];
  const list: JsonSchema[] = [...route.path.matchAll(/:(\w+)/g)].map(([, param]) =>
    param === 'reference'
      ? { $ref: '#/components/parameters/reference' }
      : { name: param, in: 'path', required: true, schema: { type: 'string', maxLength: 200 } },
  );
  for (const [query, schema] of Object.entries(operation.query ?? {}))
    list.push({ name: query, in: 'query', required: false, schema });
  if (operation.idempotent)
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      schema: { type: 'string', minLength: 16, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
    });
  if (name === 'upload') {
    list.push({ name: 'X-Upload-Grant', in: 'header', required: true, schema: text });
    list.push({
      name: 'X-File-Name',
      in: 'header',
      required: false,
      schema: text,
      description: 'Percent-encoded UTF-8',
    });
  }
  return list;
}

function security(name: ProtocolRouteName): JsonSchema[] | undefined {
  const auth = PROTOCOL_ROUTES[name].auth;
  if (auth === 'staff') return [{ staffKey: [] }];
  if (auth === 'access_token')
    return name === 'withdrawal' ? [{ accessToken: [] }] : [{ accessToken: [] }, { statusLink: [] }];
  return undefined;
}

/**
 * The OpenAPI 3.1 document of the HTTP protocol, generated: routes from `PROTOCOL_ROUTES`, bodies from the
 * core zod schemas (zod's JSON Schema output), every status each route can answer. `docs/openapi.yaml` is
 * this document (`node scripts/openapi.mjs` writes it); a test holds every response of the server's tests
 * to it.
 */
export function openApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const name of Object.keys(PROTOCOL_ROUTES) as ProtocolRouteName[]) {
    const route = PROTOCOL_ROUTES[name];
    const operation = OPERATIONS[name];
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const body = requestBody(operation, name);
    const params = parameters(name);
    const secured = security(name);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: name,
      summary: operation.summary,
      tags: [operation.tag],
      ...(params.length ? { parameters: params } : {}),
      ...(body ? { requestBody: body } : {}),
      ...(secured ? { security: secured } : {}),
      responses: Object.fromEntries(
        statuses(name).map((status) => [String(status), response(status, operation)]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mord Forms protocol',
      version: '1.0.0',
      description:
        'Submissions, status, attachments, surveys and the staff workflow of Mord Forms (docs/protocol.md). Generated from the core zod schemas; a method a path does not have answers 405 with `Allow`.',
    },
    servers: [{ url: 'http://127.0.0.1:8787' }],
    tags: [
      { name: 'public', description: 'Anyone (rate-limited per client)' },
      { name: 'her request', description: 'The applicant, with her access code or a message’s link' },
      { name: 'survey and signing', description: 'One-time links' },
      { name: 'staff', description: 'A staff key; what it may do follows its role' },
    ],
    paths,
    components: {
      securitySchemes: {
        accessToken: { type: 'http', scheme: 'bearer', description: 'The access token from the receipt' },
        staffKey: { type: 'http', scheme: 'bearer', description: 'A staff key (one role each)' },
        statusLink: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`StatusLink <token>`: the token of the status link a message carried',
        },
      },
      parameters: {
        reference: {
          name: 'reference',
          in: 'path',
          required: true,
          schema: {
            type: 'string',
            pattern: '^[A-Z]{2,5}-([2-9A-HJ-NP-Y]{5}-[2-9A-HJ-NP-Y]{5}|\\d{4}-\\d{6,12})$',
          },
        },
      },
      schemas: components(),
    },
    'x-error-statuses': HTTP_STATUS_OF_CODE,
  };
}
