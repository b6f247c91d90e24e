import { deriveToken } from '../storage/deriveToken';
import { randomToken } from '../storage/randomToken';

/**
 * A short-lived token a server signs and later accepts without a table: `<fields>.<expiry>.<id>.<sig>`,
 * an HMAC under a server key and a purpose (so a token for one purpose is never valid for another).
 * Fields must not contain dots.
 */
export async function signToken(
  key: string,
  purpose: string,
  fields: readonly string[],
  expiresAt: Date,
): Promise<string> {
  const payload = [...fields, String(Math.floor(expiresAt.getTime() / 1000)), randomToken(12)].join('.');
  return `${payload}.${await deriveToken(key, `${purpose}:${payload}`)}`;
}

/** The fields, id and expiry of a token signed for `purpose`, or null when forged, malformed or expired. */
export async function readToken(
  key: string,
  purpose: string,
  token: unknown,
  fieldCount: number,
  now: Date,
): Promise<{ fields: string[]; id: string; expiresAt: Date } | null> {
  if (typeof token !== 'string' || token.length > 200) return null;
  const parts = token.split('.');
  if (parts.length !== fieldCount + 3) return null;
  const signature = parts.pop()!;
  const id = parts.pop()!;
  const expiry = parts.pop()!;
  if (!/^\d{1,12}$/.test(expiry) || !/^[A-Za-z0-9_-]{16}$/.test(id)) return null;
  const expected = await deriveToken(key, `${purpose}:${[...parts, expiry, id].join('.')}`);
  // Compared in full, so timing does not reveal how much of a forgery was right.
  let diff = expected.length ^ signature.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (signature.charCodeAt(i) || 0);
  if (diff !== 0) return null;
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { fields: parts, id, expiresAt };
}
