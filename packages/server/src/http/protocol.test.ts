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
import { parseTrustProxy } from './clientAddress';
import { createApp } from './createApp';

const openapi = readFileSync(join(import.meta.dirname, '../../../../docs/openapi.yaml'), 'utf8');

/** `METHOD /path/{param}` of every operation the OpenAPI file lists (paths at two spaces, methods at four). */
function documentedRoutes(): string[] {
  const routes: string[] = [];
  let path: string | null = null;
  let inPaths = false;
  for (const line of openapi.split('\n')) {
    if (/^paths:\s*$/.test(line)) inPaths = true;
    else if (/^\S/.test(line)) inPaths = false;
    if (!inPaths) continue;
    const pathLine = /^ {2}(\/\S*):\s*$/.exec(line);
    if (pathLine) path = pathLine[1]!;
    const method = /^ {4}(get|post|put|delete|patch):/.exec(line);
    if (method && path) routes.push(`${method[1]!.toUpperCase()} ${path}`);
  }
  return routes.sort();
}

/** The codes of the error body's `code` enum. */
function documentedCodes(): string[] {
  const start = openapi.indexOf('enum:', openapi.indexOf('    Error:'));
  const list = openapi.slice(openapi.indexOf('[', start) + 1, openapi.indexOf(']', start));
  return list
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
    .sort();
}

const tableRoutes = () =>
  Object.values(PROTOCOL_ROUTES)
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
    .sort();

describe('the protocol table', () => {
  it('is what docs/openapi.yaml lists: the same routes and methods', () => {
    expect(documentedRoutes()).toEqual(tableRoutes());
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
