import { checkInputLimits, resolveLocale, StorageError, validationMessage } from '@mord/core';
import type { Context } from 'hono';

/** Bounds of {@link readBody}. */
export interface BodyLimits {
  /** Most bytes accepted. */
  limit: number;
  /** Most bytes read and thrown away after a refusal, so the client finishes sending and reads it. */
  drainLimit: number;
  /** Longest time spent draining. @default 15 s */
  drainMs?: number;
}

const TOUCHED = Symbol('touched');
type TrackedRequest = Request & { [TOUCHED]?: boolean };

async function discard(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  maxMs: number,
): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  let bytes = 0;
  try {
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), left);
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk === null) return false;
      if (chunk.done) return true;
      bytes += chunk.value.byteLength;
      if (bytes > maxBytes) return false;
    }
  } catch {
    return false;
  }
}

/**
 * Reads and discards a body nobody read (the request was refused before), within a byte and time
 * budget, so the refusal reaches a client still sending: a socket closed under a sending client is a
 * network error to it, and a browser outbox would take a permanent refusal for "offline". When the
 * budget runs out the response closes the connection instead.
 */
export async function drainBody(c: Context, maxBytes: number, maxMs = 15_000): Promise<void> {
  const request = c.req.raw as TrackedRequest;
  if (request[TOUCHED] || !request.body) return;
  request[TOUCHED] = true;
  if (!(await discard(request.body.getReader(), maxBytes, maxMs))) c.header('connection', 'close');
}

/**
 * Reads a request body as bytes, refusing more than `limit` — whatever Content-Length claims, and for
 * chunked bodies as they arrive — with a 413 the client receives (the rest is drained first).
 */
export async function readBody(c: Context, limits: BodyLimits): Promise<Uint8Array> {
  const request = c.req.raw as TrackedRequest;
  const drainMs = limits.drainMs ?? 15_000;
  const declared = c.req.header('content-length');
  if (declared !== undefined && (!/^\d{1,15}$/.test(declared) || Number(declared) > limits.limit)) {
    await drainBody(c, limits.drainLimit, drainMs);
    throw new StorageError('payload_too_large', 'The body is too large');
  }
  if (!request.body) return new Uint8Array();
  request[TOUCHED] = true;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.limit) {
        if (!(await discard(reader, limits.drainLimit, drainMs))) c.header('connection', 'close');
        throw new StorageError('payload_too_large', 'The body is too large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError('bad_request', 'The body could not be read');
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Reads a JSON body strictly: `Content-Type: application/json` (UTF-8) or 415, at most `limit` bytes or
 * 413, valid UTF-8 and valid JSON or 400 — each with a fixed message that never repeats the input.
 */
export async function readJsonBody(c: Context, limits: BodyLimits): Promise<unknown> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    await drainBody(c, limits.drainLimit, limits.drainMs);
    throw new StorageError('unsupported_media_type', 'The body must be application/json');
  }
  const bytes = await readBody(c, limits);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new StorageError('bad_request', 'The body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StorageError('bad_request', 'The body is not valid JSON');
  }
  // Every body, staff bodies included, passes the same bounds and text rule before any handler sees it.
  const problem = checkInputLimits(value);
  if (problem) {
    const code = problem === 'bad_text' ? 'input.bad_text' : 'input.too_large';
    const locale = resolveLocale(c.req.header('accept-language')?.slice(0, 200));
    throw new StorageError('validation_failed', 'The body is not valid', {
      issues: [{ path: '', code, message: validationMessage(code, locale) }],
    });
  }
  return value;
}
