// Every response a test of the node project receives from a server on loopback is held to the OpenAPI
// document: its status must be one the operation lists, and a JSON body must match that status's schema.
// A test file whose responses drift from the contract fails in its afterAll, naming each difference.
import { PROTOCOL_ROUTES, type ProtocolRouteName } from '@mord/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, expect } from 'vitest';
import { openApiDocument } from './openApiDocument';

const document = openApiDocument() as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
};
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
ajv.addSchema(document, 'openapi');

const routes = (Object.keys(PROTOCOL_ROUTES) as ProtocolRouteName[]).map((name) => {
  const route = PROTOCOL_ROUTES[name];
  const pattern = new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+')}$`);
  return { name, method: route.method, pattern, path: route.path.replace(/:(\w+)/g, '{$1}') };
});

const differences: string[] = [];
let checked = 0;

async function check(method: string, url: URL, response: Response): Promise<void> {
  const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname));
  // Not a protocol route (a 404 or 405 path, a page, a gateway): nothing to hold it to.
  if (!route) return;
  const operation = document.paths[route.path]?.[method.toLowerCase()];
  const documented = operation?.responses[String(response.status)];
  const where = `${method} ${route.path} → ${response.status}`;
  if (!documented) {
    differences.push(`${where}: status not in the document`);
    return;
  }
  checked += 1;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (type !== 'application/json' || response.status === 304) return;
  if (!documented.content?.['application/json']) {
    differences.push(
      `${where}: JSON where the document has ${Object.keys(documented.content ?? {}).join(', ') || 'no body'}`,
    );
    return;
  }
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    differences.push(`${where}: not JSON`);
    return;
  }
  const pointer = `openapi#/paths/${route.path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method.toLowerCase()}/responses/${response.status}/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer);
  if (validate && !validate(body))
    differences.push(`${where}: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
}

const original = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const response = await original(input, init);
  const request = input instanceof Request ? input : null;
  const url = new URL(request ? request.url : String(input));
  // Our server's answers only (its security headers), not the stand-ins tests start to play a proxy.
  const ours = response.headers.get('permissions-policy') === 'camera=(), microphone=(), geolocation=()';
  if (ours && (url.hostname === '127.0.0.1' || url.hostname === 'localhost')) {
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    await check(method, url, response);
  }
  return response;
};

afterAll(() => {
  expect(differences, `responses that differ from docs/openapi.yaml (${checked} matched)`).toEqual([]);
});
