import type { BackendRepository, StaffContact, StaffKeyListing, StaffMember } from '@mord/core';
import type { AuditRow, ChainedAuditRow } from './auditChain';

/** One line of the append-only audit log. */
export interface AuditEntry {
  /** `intake`, `transition` or `checklist`. */
  action: string;
  from: string | null;
  to: string;
  at: string;
  actorId: string;
  actorRole: string;
  note: string | null;
}

export type { StaffKeyListing };

/** Everything the server keeps, whatever the database (SQLite or PostgreSQL). */
export interface ServerStore {
  repository: BackendRepository;
  /** Stores a staff key's hash, who it belongs to, and where her daily summary goes. */
  addStaffKey(keyHash: string, member: StaffMember, createdAt: string, contact?: StaffContact): Promise<void>;
  findStaffKey(keyHash: string): Promise<StaffMember | null>;
  /** Every key ever issued, oldest first: who, role, branch, when, and whether revoked — never the key or its hash. */
  listStaffKeys(): Promise<StaffKeyListing[]>;
  /** Revokes every key of a staff member (by id); true when one was active. */
  revokeStaffKeys(staffId: string, revokedAt: string): Promise<boolean>;
  /**
   * Removes and returns the token secret older versions kept in the database (next to the token hashes it
   * protects); the server moves it to its key file. Null when there is none.
   */
  takeLegacySecret(): Promise<string | null>;
  /** Records the period in force for requests stored before each request kept its own. */
  fillDecisionDays(days: number): Promise<void>;
  /** Computes the queue's name and search columns for requests stored before they existed. */
  fillSearchFields(): Promise<void>;
  /** Every audit entry of a request, oldest first. */
  audit(reference: string): Promise<AuditEntry[]>;
  /** Appends an entry to the tamper-evident audit log (chained to the last one). */
  appendAudit(row: AuditRow): Promise<void>;
  /** The whole audit log with its links, oldest first (for `mord-server audit verify`). */
  auditChain(): Promise<ChainedAuditRow[]>;
  /** One attachment whose bytes still sit in the database (stored before the blob store), or null. */
  takeLegacyBlob(): Promise<{ id: string; bytes: Uint8Array } | null>;
  /** Forgets the database copy of an attachment's bytes once the blob store holds them. */
  dropLegacyBlob(id: string): Promise<void>;
  /** Links attachments stored before grants to the requests that cite them. */
  linkLegacyAttachments(): Promise<void>;
  close(): Promise<void>;
}
