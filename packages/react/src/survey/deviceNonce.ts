const NONCE_KEY = 'mord-survey-nonce';

/**
 * The open survey's nonce for this device: the first one it was given, kept in local storage, so answering
 * again from the same browser is refused as "already answered" (clearing the site's data starts over).
 */
export function deviceNonce(fresh: string | undefined): string | undefined {
  try {
    const kept = globalThis.localStorage?.getItem(NONCE_KEY);
    if (kept) return kept;
    if (fresh) globalThis.localStorage?.setItem(NONCE_KEY, fresh);
  } catch {
    // No storage here (a sandboxed frame): the form's own nonce still works once.
  }
  return fresh;
}
