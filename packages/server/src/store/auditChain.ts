import { createHash } from 'node:crypto';
import { canonicalJson } from '@mord/core';

/** What one audit entry says, as it is hashed. */
export interface AuditRow {
  /** `intake`, `transition`, `checklist`, `read`, `download`, `export`, `key_created`. */
  action: string;
  /** The request it is about; empty for entries about no request (an export, a key). */
  reference: string;
  from: string | null;
  to: string;
  at: string;
  actorId: string;
  actorRole: string;
  note: string | null;
}

/** An entry about a request at one state: a transition, or an action that leaves the state as it is. */
export function auditRow(
  action: string,
  reference: string,
  states: { from: string | null; to: string },
  event: { at: string; actor: { id: string; role: string }; note?: string | null | undefined },
): AuditRow {
  return {
    action,
    reference,
    from: states.from,
    to: states.to,
    at: event.at,
    actorId: event.actor.id,
    actorRole: event.actor.role,
    note: event.note || null,
  };
}

/** An audit entry as stored: its place in the log and its links. */
export interface ChainedAuditRow extends AuditRow {
  id: number;
  prevHash: string | null;
  hash: string | null;
}

/**
 * The hash of an entry, chained to the previous one: SHA-256 of the previous hash and the entry's
 * canonical JSON. Changing, removing or reordering an entry breaks every link after it.
 */
export function auditHash(prevHash: string, row: AuditRow): string {
  const content = canonicalJson({
    action: row.action,
    reference: row.reference,
    from: row.from,
    to: row.to,
    at: row.at,
    actorId: row.actorId,
    actorRole: row.actorRole,
    note: row.note,
  });
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

/** Result of {@link verifyAuditChain}. */
export type AuditVerification =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAt: number; reason: 'changed' | 'missing_or_moved' | 'unsealed' };

/**
 * Checks a whole log, oldest first: each entry's `prevHash` must be the hash of the entry before it and
 * its `hash` must match its content. Returns the head (the last hash, worth recording elsewhere: removing
 * the newest entries is only seen against a recorded head) or the first entry whose link is broken.
 */
export function verifyAuditChain(rows: readonly ChainedAuditRow[]): AuditVerification {
  let prev = '';
  for (const [index, row] of rows.entries()) {
    if (row.hash === null || row.prevHash === null)
      return { ok: false, count: index, brokenAt: row.id, reason: 'unsealed' };
    if (row.prevHash !== prev)
      return { ok: false, count: index, brokenAt: row.id, reason: 'missing_or_moved' };
    if (auditHash(prev, row) !== row.hash)
      return { ok: false, count: index, brokenAt: row.id, reason: 'changed' };
    prev = row.hash;
  }
  return { ok: true, count: rows.length, head: prev };
}
