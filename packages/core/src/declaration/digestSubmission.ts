import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256Hex';

/**
 * The fingerprint a declaration binds: lowercase hex SHA-256 of `canonicalJson(value)`. Digest the
 * normalised data (a schema's output), which the server reproduces by validating the same input again.
 * @throws {TypeError} when the value is not JSON (see {@link canonicalJson}).
 * @example await digestSubmission(validated.data) // '3f1c…'
 */
export async function digestSubmission(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
