import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type Assignee,
  type AuditNote,
  type BackendRepository,
  type StaffMember,
  StorageError,
  type StoredAttachment,
  type StoredDeclaration,
  type StoredNotification,
  type StoredRequest,
  type StoredSurveyResponse,
} from '@mord/core';
import Database from 'better-sqlite3';
import { type AuditRow, auditHash, auditRow, type ChainedAuditRow } from './auditChain';
import { SQLITE_MIGRATIONS } from './migrations';
import {
  NOTIFICATION_COLUMNS,
  notificationToRow,
  outcomeColumns,
  rowToNotification,
} from './notificationRows';
import { QUEUE_COLUMNS, type QueueDialect, queueWhere, rowToQueueRow } from './queueSql';
import { REQUEST_INSERT_COLUMNS, requestToRow, rowToRequest, searchColumns } from './requestRows';
import type { AuditEntry, ServerStore } from './ServerStore';
import { STAFF_KEY_COLUMNS, type StaffKeyRow, staffKeyListings } from './staffKeyRows';

/** A `requests` row as SQLite returns it: JSON columns as text. */
type SqliteRequestRow = Record<string, unknown> & { status: string; history: string };

const parseJson = (value: unknown) => JSON.parse(value as string);
const toRequest = (row: Record<string, unknown>) => rowToRequest(row, parseJson);

/** SQLite's way of writing the queue's query (JSON through `json_each`, `?` placeholders). */
function sqliteDialect(params: unknown[]): QueueDialect {
  return {
    param(value) {
      params.push(value);
      return '?';
    },
    actedOn: (p) =>
      `exists (select 1 from json_each(requests.history) where json_extract(value, '$.actor.id') = ${p})`,
    entered: (p) =>
      `exists (select 1 from json_each(requests.history) where json_extract(value, '$.to') = ${p})`,
    branch: (p) => `json_extract(assisted, '$.branch') = ${p}`,
    contains: (haystack, needle) => `instr(${haystack}, ${needle}) > 0`,
  };
}

/** The migration that adds the audit chain; entries older than it are sealed by it, once. */
const AUDIT_CHAIN_MIGRATION = 3;

/**
 * Seals the audit entries written before the chain existed, in order, inside the migration that adds it
 * (lifting the append-only trigger for that transaction only). Never again: an entry found without a hash
 * later is reported by `mord-server audit verify`, not sealed over.
 */
function sealLegacyAudit(db: Database.Database): void {
  db.exec('drop trigger if exists audit_log_append_only_update');
  const update = db.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?');
  let prev = '';
  const rows = db
    .prepare(
      `select id, action, reference, from_state as "from", to_state as "to", at, actor_id as actorId,
              actor_role as actorRole, note from audit_log order by id`,
    )
    .all() as ChainedAuditRow[];
  for (const row of rows) {
    const hash = auditHash(prev, row);
    update.run(prev, hash, row.id);
    prev = hash;
  }
  db.exec(
    "create trigger audit_log_append_only_update before update on audit_log begin select raise(abort, 'audit log is append-only'); end",
  );
}

/**
 * Opens (or creates) the SQLite database — its folder `0700`, its files `0600` — in WAL mode, with
 * migrations at start. Every write that
 * must be atomic (a submission with its idempotency key, a transition with its audit entry, a survey
 * answer with its invitation) runs in one transaction.
 */
export function createSqliteStore(file: string): ServerStore {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    chmodSync(dirname(file), 0o700);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // The database, its write-ahead log and shared memory hold personal data: readable by this user only.
  if (file !== ':memory:') {
    for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < SQLITE_MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[i]!);
      if (i + 1 === AUDIT_CHAIN_MIGRATION) sealLegacyAudit(db);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }

  const q = {
    findKey: db.prepare('select body_digest as bodyDigest, reference from idempotency where key = ?'),
    insertKey: db.prepare('insert into idempotency (key, body_digest, reference) values (?, ?, ?)'),
    insertRequest: db.prepare(
      `insert into requests (${REQUEST_INSERT_COLUMNS.join(', ')})
       values (${REQUEST_INSERT_COLUMNS.map((column) => `@${column}`).join(', ')})`,
    ),
    audit: db.prepare(
      `insert into audit_log (reference, from_state, to_state, at, actor_id, actor_role, note, action, prev_hash, hash)
       values (@reference, @from, @to, @at, @actorId, @actorRole, @note, @action, @prevHash, @hash)`,
    ),
    lastHash: db.prepare('select hash from audit_log where hash is not null order by id desc limit 1'),
    chain: db.prepare(
      `select id, action, reference, from_state as "from", to_state as "to", at, actor_id as actorId,
              actor_role as actorRole, note, prev_hash as prevHash, hash from audit_log order by id`,
    ),
    linkAttachment: db.prepare('update attachments set reference = ? where id = ? and reference is null'),
    getRequest: db.prepare('select * from requests where reference = ?'),
    updateStatus: db.prepare(
      'update requests set status = ?, history = ? where reference = ? and status = ?',
    ),
    insertNotification: db.prepare(
      `insert into notifications (${NOTIFICATION_COLUMNS.join(', ')}) values (${NOTIFICATION_COLUMNS.map(() => '?').join(', ')}) on conflict(id) do nothing`,
    ),
    updateAssignee: db.prepare(
      'update requests set assignee_id = ?, assignee_name = ?, assignee_at = ? where reference = ? returning status',
    ),
    updateChecklist: db.prepare('update requests set checklist = ? where reference = ? returning status'),
    insertAttachment: db.prepare(
      `insert into attachments (id, name, media_type, size, sha256, form, grant_id, reference, created_at)
       values (@id, @name, @mediaType, @size, @sha256, @form, @grantId, @reference, @createdAt)`,
    ),
    getAttachment: db.prepare(
      `select id, name, media_type as mediaType, size, sha256, form, grant_id as grantId, reference, created_at as createdAt
       from attachments where id = ?`,
    ),
    grantUsage: db.prepare(
      'select count(*) as count, coalesce(sum(size), 0) as bytes from attachments where grant_id = ?',
    ),
    unlinkedUsage: db.prepare(
      'select count(*) as count, coalesce(sum(size), 0) as bytes from attachments where reference is null',
    ),
    listUnlinked: db.prepare(
      'select id from attachments where reference is null and created_at < ? order by created_at limit ?',
    ),
    deleteUnlinked: db.prepare('delete from attachments where id = ? and reference is null'),
    takeLegacyBlob: db.prepare('select id, bytes from attachments where bytes is not null limit 1'),
    dropLegacyBlob: db.prepare('update attachments set bytes = null where id = ?'),
    linkLegacy: db.prepare(
      `update attachments set reference = (
         select r.reference from requests r, json_each(r.data, '$.attachments') j
         where json_extract(j.value, '$.id') = attachments.id limit 1)
       where reference is null and form is null`,
    ),
    createInvitation: db.prepare(
      'insert into invitations (token_hash, reference, created_at) values (?, ?, ?) on conflict(token_hash) do nothing',
    ),
    getInvitation: db.prepare(
      'select reference, used_at as usedAt, created_at as createdAt from invitations where token_hash = ?',
    ),
    useInvitation: db.prepare('update invitations set used_at = ? where token_hash = ? and used_at is null'),
    insertResponse: db.prepare(
      'insert into responses (id, reference, answers, channel, service_type, comment, received_at, branch) values (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    takeSecret: db.prepare("delete from meta where key = 'token_secret' returning value"),
    addStaff: db.prepare(
      'insert into staff_keys (key_hash, id, name, role, created_at, branch, email, locale) values (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    findStaff: db.prepare(
      'select id, name, role, branch from staff_keys where key_hash = ? and revoked_at is null',
    ),
    auditOf: db.prepare(
      'select action, from_state as "from", to_state as "to", at, actor_id as actorId, actor_role as actorRole, note from audit_log where reference = ? order by id',
    ),
  };

  const insertResponse = (r: StoredSurveyResponse) =>
    q.insertResponse.run(
      r.id,
      r.reference ?? null,
      JSON.stringify(r.answers),
      r.channel ?? null,
      r.serviceType ?? null,
      r.comment ?? null,
      r.receivedAt,
      r.branch ?? null,
    );

  /** Appends an entry chained to the last one; call inside an immediate transaction (one writer at a time). */
  function appendAudit(row: AuditRow): void {
    const prevHash = (q.lastHash.get() as { hash: string } | undefined)?.hash ?? '';
    q.audit.run({ ...row, prevHash, hash: auditHash(prevHash, row) });
  }

  // Writers take the write lock first (BEGIN IMMEDIATE): two processes never chain to the same entry.
  function immediate<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    const transaction = db.transaction(fn);
    return (...args: A) => transaction.immediate(...args);
  }

  const repository: BackendRepository = {
    insertRequest: immediate(
      (
        request: StoredRequest,
        { key, bodyDigest }: { key: string; bodyDigest: string },
        attachmentIds: readonly string[] = [],
        messages: readonly StoredNotification[] = [],
      ) => {
        const existing = q.findKey.get(key) as { bodyDigest: string; reference: string } | undefined;
        if (existing) return existing;
        q.insertKey.run(key, bodyDigest, request.reference);
        for (const id of attachmentIds) {
          // Thrown inside the transaction: nothing of the request is kept.
          if (q.linkAttachment.run(request.reference, id).changes !== 1)
            throw new StorageError('validation_failed', 'An attachment is no longer available');
        }
        q.insertRequest.run(requestToRow(request));
        for (const message of messages) q.insertNotification.run(...notificationToRow(message));
        const first = request.history[0]!;
        appendAudit(auditRow('intake', request.reference, { from: null, to: first.to }, first));
        return null;
      },
    ),
    findIdempotency: (key) =>
      (q.findKey.get(key) as { bodyDigest: string; reference: string } | undefined) ?? null,
    getRequest(reference) {
      const row = q.getRequest.get(reference) as SqliteRequestRow | undefined;
      return row ? toRequest(row) : null;
    },
    listRequests(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.form) {
        where.push('form = ?');
        params.push(query.form);
      }
      if (query.status) {
        where.push('status = ?');
        params.push(query.status);
      }
      if (query.assignee) {
        where.push('assignee_id = ?');
        params.push(query.assignee);
      }
      const sql = `select * from requests ${where.length ? `where ${where.join(' and ')}` : ''} order by submitted_at, reference ${
        query.limit === undefined ? '' : 'limit ? offset ?'
      }`;
      if (query.limit !== undefined) params.push(query.limit, query.offset ?? 0);
      return (db.prepare(sql).all(...params) as SqliteRequestRow[]).map(toRequest);
    },
    listQueue(query) {
      const params: unknown[] = [];
      const where = queueWhere(query, sqliteDialect(params));
      const order = query.newestFirst ? 'desc' : 'asc';
      let sql = `select ${QUEUE_COLUMNS} from requests ${where} order by submitted_at ${order}, reference ${order}`;
      if (query.limit !== undefined) {
        sql += ' limit ? offset ?';
        params.push(query.limit, query.offset ?? 0);
      }
      return (db.prepare(sql).all(...params) as Record<string, unknown>[]).map((row) =>
        rowToQueueRow(row, parseJson),
      );
    },
    countQueue(query) {
      const params: unknown[] = [];
      const where = queueWhere(query, sqliteDialect(params));
      const rows = db
        .prepare(`select status, count(*) as n from requests ${where} group by status`)
        .all(...params) as { status: string; n: number }[];
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    },
    saveTransition: immediate(
      (
        reference: string,
        from: string,
        entry: StoredRequest['history'][number],
        assignee?: Assignee | null,
        messages: readonly StoredNotification[] = [],
        attachmentIds: readonly string[] = [],
      ) => {
        const row = q.getRequest.get(reference) as SqliteRequestRow | undefined;
        if (!row || row.status !== from) return false;
        for (const id of attachmentIds) {
          // Thrown inside the transaction: the move is not made.
          if (q.linkAttachment.run(reference, id).changes !== 1)
            throw new StorageError('validation_failed', 'An attachment is no longer available');
        }
        for (const message of messages) q.insertNotification.run(...notificationToRow(message));
        const history = [...JSON.parse(row.history), entry];
        q.updateStatus.run(entry.to, JSON.stringify(history), reference, from);
        if (assignee !== undefined)
          q.updateAssignee.run(assignee?.id ?? null, assignee?.name ?? null, assignee?.at ?? null, reference);
        appendAudit(auditRow('transition', reference, { from, to: entry.to }, entry));
        return true;
      },
    ),
    saveAssignee: immediate((reference: string, assignee: Assignee | null, audit: AuditNote) => {
      const row = q.updateAssignee.get(
        assignee?.id ?? null,
        assignee?.name ?? null,
        assignee?.at ?? null,
        reference,
      ) as { status: string } | undefined;
      if (!row) return false;
      appendAudit(auditRow('assignment', reference, { from: row.status, to: row.status }, audit));
      return true;
    }),
    saveChecklist: immediate((reference: string, checklist: Record<string, boolean>, audit) => {
      const row = q.updateChecklist.get(JSON.stringify(checklist), reference) as
        | { status: string }
        | undefined;
      if (!row) return;
      appendAudit(auditRow('checklist', reference, { from: row.status, to: row.status }, audit));
    }),
    eraseRequest: immediate((reference: string, stub: unknown, audit) => {
      const row = q.getRequest.get(reference) as SqliteRequestRow | undefined;
      if (!row) return [];
      const history = (JSON.parse(row.history) as { note?: string }[]).map(
        ({ note: _note, ...entry }) => entry,
      );
      db.prepare(
        `update requests set data = ?, declaration = null, token_hash = '', history = ?, erased_at = ?,
         display_name = '', search_id = null, search_mobile = null, search_name = ''
         where reference = ?`,
      ).run(JSON.stringify(stub), JSON.stringify(history), audit.at, reference);
      db.prepare('update responses set reference = null, comment = null where reference = ?').run(reference);
      // Her messages keep only that they were sent: no address, no text; those not sent yet never will be.
      db.prepare(
        "update notifications set recipient = '', subject = null, body = '', html = null, status = case when status = 'pending' then 'failed' else status end where reference = ?",
      ).run(reference);
      const removed = (
        db.prepare('delete from attachments where reference = ? returning id').all(reference) as {
          id: string;
        }[]
      ).map((r) => r.id);
      appendAudit(
        auditRow(
          'erase',
          reference,
          { from: row.status, to: row.status },
          { ...audit, note: `${removed.length} documents` },
        ),
      );
      return removed;
    }),
    reissueAccessCode: immediate((reference: string, tokenHash: string, version: number, audit) => {
      const row = q.getRequest.get(reference) as SqliteRequestRow | undefined;
      if (!row) return;
      db.prepare('update requests set token_hash = ?, access_version = ? where reference = ?').run(
        tokenHash,
        version,
        reference,
      );
      appendAudit(auditRow('code_reissued', reference, { from: row.status, to: row.status }, audit));
    }),
    recordAccess: (entry) =>
      immediate(appendAudit)(auditRow(entry.action, entry.reference, { from: null, to: '' }, entry)),
    insertAttachment(attachment) {
      q.insertAttachment.run(attachment);
    },
    getAttachment: (id) => (q.getAttachment.get(id) as StoredAttachment | undefined) ?? null,
    attachmentUsage: (query) =>
      ('grantId' in query ? q.grantUsage.get(query.grantId) : q.unlinkedUsage.get()) as {
        count: number;
        bytes: number;
      },
    listUnlinkedAttachments: (before, limit) =>
      (q.listUnlinked.all(before, limit) as { id: string }[]).map((r) => r.id),
    deleteUnlinkedAttachments: db.transaction((ids: readonly string[]) => {
      for (const id of ids) q.deleteUnlinked.run(id);
    }),
    createInvitation(tokenHash, reference, createdAt) {
      q.createInvitation.run(tokenHash, reference, createdAt);
    },
    claimNotifications: immediate((now: string, limit: number, leaseUntil: string) => {
      const rows = db
        .prepare(
          "select * from notifications where status = 'pending' and next_attempt_at <= ? order by next_attempt_at, id limit ?",
        )
        .all(now, limit) as Record<string, unknown>[];
      const lease = db.prepare('update notifications set next_attempt_at = ? where id = ?');
      for (const row of rows) lease.run(leaseUntil, row.id);
      return rows.map((row) => rowToNotification({ ...row, next_attempt_at: leaseUntil }));
    }),
    recordDelivery(id, outcome) {
      const c = outcomeColumns(outcome);
      db.prepare(
        'update notifications set status = ?, attempts = ?, next_attempt_at = coalesce(?, next_attempt_at), sent_at = ?, provider_id = ?, last_error = ? where id = ?',
      ).run(c.status, c.attempts, c.next_attempt_at, c.sent_at, c.provider_id, c.last_error, id);
    },
    insertNotifications: immediate((messages: readonly StoredNotification[]) => {
      for (const message of messages) q.insertNotification.run(...notificationToRow(message));
    }),
    listNotifications: (reference) =>
      (
        db
          .prepare('select * from notifications where reference = ? order by created_at, id')
          .all(reference) as Record<string, unknown>[]
      ).map(rowToNotification),
    createSigningLink(tokenHash, reference, createdAt) {
      db.prepare(
        'insert into signing_links (token_hash, reference, created_at) values (?, ?, ?) on conflict(token_hash) do nothing',
      ).run(tokenHash, reference, createdAt);
    },
    getSigningLink: (tokenHash) =>
      (db
        .prepare(
          'select reference, used_at as usedAt, created_at as createdAt from signing_links where token_hash = ?',
        )
        .get(tokenHash) as { reference: string; usedAt: string | null; createdAt: string } | undefined) ??
      null,
    saveDeclaration: immediate(
      (reference: string, declaration: StoredDeclaration, linkHash: string | null, audit: AuditNote) => {
        const row = db
          .prepare('select status, declaration from requests where reference = ?')
          .get(reference) as { status: string; declaration: string | null } | undefined;
        if (!row || row.declaration) return false;
        if (
          linkHash &&
          db
            .prepare(
              'update signing_links set used_at = ? where token_hash = ? and reference = ? and used_at is null',
            )
            .run(audit.at, linkHash, reference).changes !== 1
        )
          return false;
        db.prepare('update requests set declaration = ? where reference = ?').run(
          JSON.stringify(declaration),
          reference,
        );
        appendAudit(auditRow('signature', reference, { from: row.status, to: row.status }, audit));
        return true;
      },
    ),
    getInvitation: (tokenHash) =>
      (q.getInvitation.get(tokenHash) as
        | { reference: string; usedAt: string | null; createdAt: string }
        | undefined) ?? null,
    useInvitation: db.transaction((tokenHash: string, response: StoredSurveyResponse) => {
      if (q.useInvitation.run(response.receivedAt, tokenHash).changes !== 1) return false;
      insertResponse(response);
      return true;
    }),
    insertResponse(response) {
      insertResponse(response);
    },
    useSurveyNonce: (nonceHash, day) =>
      db
        .prepare('insert into survey_nonces (hash, day) values (?, ?) on conflict(hash) do nothing')
        .run(nonceHash, day).changes === 1,
    listResponses({ from, to }) {
      const rows = db
        .prepare(
          `select id, reference, answers, channel, service_type as serviceType, comment, received_at as receivedAt, branch from responses
           where (? is null or received_at >= ?) and (? is null or received_at <= ?) order by received_at`,
        )
        .all(from ?? null, from ?? null, to ?? null, to ?? null) as (Omit<StoredSurveyResponse, 'answers'> & {
        answers: string;
      })[];
      return rows.map((r) => ({
        id: r.id,
        answers: JSON.parse(r.answers),
        receivedAt: r.receivedAt,
        ...(r.reference ? { reference: r.reference } : {}),
        ...(r.channel ? { channel: r.channel } : {}),
        ...(r.serviceType ? { serviceType: r.serviceType } : {}),
        ...(r.comment ? { comment: r.comment } : {}),
        ...(r.branch ? { branch: r.branch } : {}),
      }));
    },
  };

  return {
    repository,
    async addStaffKey(keyHash, member, createdAt, contact = {}) {
      q.addStaff.run(
        keyHash,
        member.id,
        member.name,
        member.role,
        createdAt,
        member.branch ?? null,
        contact.email ?? null,
        contact.locale ?? null,
      );
    },
    async revokeStaffKeys(staffId, revokedAt) {
      return (
        db
          .prepare('update staff_keys set revoked_at = ? where id = ? and revoked_at is null')
          .run(revokedAt, staffId).changes > 0
      );
    },
    async listStaffKeys() {
      return staffKeyListings(
        db
          .prepare(`select ${STAFF_KEY_COLUMNS} from staff_keys order by created_at, id`)
          .all() as StaffKeyRow[],
      );
    },
    async findStaffKey(keyHash) {
      const row = q.findStaff.get(keyHash) as (StaffMember & { branch: string | null }) | undefined;
      if (!row) return null;
      const { branch, ...member } = row;
      return branch ? { ...member, branch } : member;
    },
    async fillDecisionDays(days) {
      db.prepare('update requests set decision_days = ? where decision_days is null').run(days);
    },
    async fillSearchFields() {
      const missing = db.prepare(
        'select reference, form, data from requests where display_name is null limit 500',
      );
      const update = db.prepare(
        'update requests set display_name = @display_name, search_id = @search_id, search_mobile = @search_mobile, search_name = @search_name where reference = @reference',
      );
      for (;;) {
        const rows = missing.all() as { reference: string; form: StoredRequest['form']; data: string }[];
        if (rows.length === 0) return;
        db.transaction(() => {
          for (const row of rows)
            update.run({
              reference: row.reference,
              ...searchColumns({ form: row.form, data: JSON.parse(row.data) }),
            });
        })();
      }
    },
    async takeLegacySecret() {
      const row = q.takeSecret.get() as { value: string } | undefined;
      return row?.value ?? null;
    },
    audit: async (reference) => q.auditOf.all(reference) as AuditEntry[],
    appendAudit: async (row) => immediate(appendAudit)(row),
    auditChain: async () => q.chain.all() as ChainedAuditRow[],
    async takeLegacyBlob() {
      const row = q.takeLegacyBlob.get() as { id: string; bytes: Buffer } | undefined;
      return row ? { id: row.id, bytes: new Uint8Array(row.bytes) } : null;
    },
    async dropLegacyBlob(id) {
      q.dropLegacyBlob.run(id);
    },
    async linkLegacyAttachments() {
      q.linkLegacy.run();
    },
    async close() {
      db.close();
    },
  };
}
