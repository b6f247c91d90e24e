import { FORM_IDS, type FormId } from '../forms/formIds';
import { readToken, signToken } from './signedToken';

/** What a valid upload grant says. */
export interface UploadGrantClaims {
  /** The grant's own id: attachments uploaded under it are counted by it. */
  id: string;
  form: FormId;
  expiresAt: Date;
}

/**
 * Signs an upload grant: `<form>.<expiry in seconds>.<id>.<signature>`, an HMAC under a server key, so a
 * server needs no table to check it and any of its instances accepts it.
 * @example await signUploadGrant(key, 'support-request', new Date(Date.now() + 15 * 60_000))
 */
export function signUploadGrant(key: string, form: FormId, expiresAt: Date): Promise<string> {
  return signToken(key, 'upload-grant', [form], expiresAt);
}

/** The claims of a grant signed with `key`, or null when it is forged, malformed or expired. */
export async function readUploadGrant(
  key: string,
  grant: unknown,
  now: Date,
): Promise<UploadGrantClaims | null> {
  const token = await readToken(key, 'upload-grant', grant, 1, now);
  const form = token?.fields[0];
  if (!token || !(FORM_IDS as readonly string[]).includes(form ?? '')) return null;
  return { id: token.id, form: form as FormId, expiresAt: token.expiresAt };
}
