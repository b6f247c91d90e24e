import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createBackendService,
  createMemoryRepository,
  HTTP_STATUS_OF_CODE,
  PROTOCOL_ERROR_CODES,
  PROTOCOL_ROUTES,
} from '@mord/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openApiDocument } from '../openapi/openApiDocument';
import { parseTrustProxy } from './clientAddress';
import { createApp } from './createApp';

const openapi = parse(
  readFileSync(join(import.meta.dirname, '../../../../docs/openapi.yaml'), 'utf8'),
) as ReturnType<typeof openApiDocument> & {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: { schemas: { Error: { properties: { error: { properties: { code: { enum: string[] } } } } } } };
};

/** `METHOD /path/{param}` of every operation the OpenAPI file lists. */
function documentedRoutes(): string[] {
  return Object.entries(openapi.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

/** The codes of the error body's `code` enum. */
function documentedCodes(): string[] {
  return [...openapi.components.schemas.Error.properties.error.properties.code.enum].sort();
}

const tableRoutes = () =>
  Object.values(PROTOCOL_ROUTES)
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
    .sort();

describe('the protocol table', () => {
  it('is what docs/openapi.yaml lists: the same routes and methods, each named by its route', () => {
    expect(documentedRoutes()).toEqual(tableRoutes());
    const operationIds = Object.values(openapi.paths).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    expect(operationIds.sort()).toEqual(Object.keys(PROTOCOL_ROUTES).sort());
  });

  it('is documented by the generated document, unchanged (`node scripts/openapi.mjs` writes it)', () => {
    // Through JSON both ways: the file is YAML, the document is built in memory.
    expect(openapi).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('lists every refusal a route can send: 429 and 503 everywhere, 401 and 403 for staff, 404 with a path parameter', () => {
    for (const [name, route] of Object.entries(PROTOCOL_ROUTES)) {
      if (name === 'health') continue;
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const statuses = Object.keys(openapi.paths[path]![route.method.toLowerCase()]!.responses);
      expect(statuses, name).toEqual(expect.arrayContaining(['429', '503']));
      if (route.auth === 'staff') expect(statuses, name).toEqual(expect.arrayContaining(['401', '403']));
      if (route.path.includes(':')) expect(statuses, name).toContain('404');
    }
  });

  it('has the error codes docs/openapi.yaml lists, each with one status', () => {
    expect(documentedCodes()).toEqual([...PROTOCOL_ERROR_CODES].sort());
    for (const code of PROTOCOL_ERROR_CODES) expect(HTTP_STATUS_OF_CODE[code]).toBeGreaterThanOrEqual(400);
  });

  it('is what the server registers, and nothing else', () => {
    const app = createApp({
      service: createBackendService({ repository: createMemoryRepository(), secret: 'x'.repeat(32) }),
      findStaff: () => null,
      audit: async () => undefined,
      config: {
        corsOrigins: [],
        staffCorsOrigins: [],
        bodyLimit: 1024,
        staffBodyLimit: 1024,
        attachmentLimit: 1024,
        rateLimit: 10,
        staffRateLimit: 10,
        staffKeyFailures: 5,
        clientQueue: 4,
        uploadQuota: 1024,
        trustProxy: parseTrustProxy(''),
        hsts: false,
      },
    });
    // Handlers only: middleware registered for every method (`ALL`) is not a route.
    const registered = [
      ...new Set(
        app.routes
          .filter((route) => route.method !== 'ALL' && route.method !== 'OPTIONS')
          .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
      ),
    ].sort();
    expect(registered).toEqual(tableRoutes());
  });
});
