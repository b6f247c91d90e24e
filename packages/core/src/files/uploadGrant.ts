import { FORM_IDS, type FormId } from '../storage/contracts';
import { deriveToken } from '../storage/deriveToken';
import { randomToken } from '../storage/randomToken';

/** What a valid upload grant says. */
export interface UploadGrantClaims {
  /** The grant's own id: attachments uploaded under it are counted by it. */
  id: string;
  form: FormId;
  expiresAt: Date;
}

function sign(key: string, payload: string): Promise<string> {
  return deriveToken(key, `upload-grant:${payload}`);
}

/**
 * Signs an upload grant: `<form>.<expiry in seconds>.<id>.<signature>`, an HMAC under a server key, so a
 * server needs no table to check it and any of its instances accepts it.
 * @example await signUploadGrant(key, 'support-request', new Date(Date.now() + 15 * 60_000))
 */
export async function signUploadGrant(key: string, form: FormId, expiresAt: Date): Promise<string> {
  const payload = `${form}.${Math.floor(expiresAt.getTime() / 1000)}.${randomToken(12)}`;
  return `${payload}.${await sign(key, payload)}`;
}

/** The claims of a grant signed with `key`, or null when it is forged, malformed or expired. */
export async function readUploadGrant(
  key: string,
  grant: unknown,
  now: Date,
): Promise<UploadGrantClaims | null> {
  if (typeof grant !== 'string' || grant.length > 200) return null;
  const parts = grant.split('.');
  if (parts.length !== 4) return null;
  const [form, expiry, id, signature] = parts as [string, string, string, string];
  if (!(FORM_IDS as readonly string[]).includes(form) || !/^\d{1,12}$/.test(expiry)) return null;
  if (!/^[A-Za-z0-9_-]{16}$/.test(id)) return null;
  const expected = await sign(key, `${form}.${expiry}.${id}`);
  // Length and content compared in full, so timing does not reveal how much of a forgery was right.
  let diff = expected.length ^ signature.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (signature.charCodeAt(i) || 0);
  if (diff !== 0) return null;
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { id, form: form as FormId, expiresAt };
}
