import {
  type BackendRepository,
  type StaffMember,
  StorageError,
  type StoredAttachment,
  type StoredNotification,
  type StoredSurveyResponse,
} from '@mord/core';
import pg from 'pg';
import { type AuditRow, auditHash, auditRow, type ChainedAuditRow } from './auditChain';
import { POSTGRES_MIGRATIONS } from './migrations';
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

const MIGRATIONS = POSTGRES_MIGRATIONS;
/**
 * Advisory lock ids of this application (any two fixed numbers no other code in the database uses): one
 * server migrates at a time; one audit entry is chained at a time.
 */
const MIGRATION_LOCK = 7146220;
const AUDIT_LOCK = 7146221;
/** The migration that adds the audit chain; entries older than it are sealed by it, once. */
const AUDIT_CHAIN_MIGRATION = 3;

/** Seals the entries written before the chain existed, in order, inside that migration; never again. */
async function sealLegacyAudit(client: Pick<pg.PoolClient, 'query'>): Promise<void> {
  await client.query('alter table audit_log disable trigger audit_log_no_update');
  let prev = '';
  for (const row of (await client.query(CHAIN_SQL)).rows as ChainedAuditRow[]) {
    const hash = auditHash(prev, row);
    await client.query('update audit_log set prev_hash = $1, hash = $2 where id = $3', [prev, hash, row.id]);
    prev = hash;
  }
  await client.query('alter table audit_log enable trigger audit_log_no_update');
}
const CHAIN_SQL = `select id::int as id, action, reference, from_state as "from", to_state as "to", at,
  actor_id as "actorId", actor_role as "actorRole", note, prev_hash as "prevHash", hash
  from audit_log order by id`;

/** Appends an entry chained to the last one, inside the caller's transaction; one writer at a time. */
async function appendAudit(client: Pick<pg.PoolClient, 'query'>, row: AuditRow): Promise<void> {
  await client.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const { rows } = await client.query(
    'select hash from audit_log where hash is not null order by id desc limit 1',
  );
  const prevHash = (rows[0]?.hash as string | undefined) ?? '';
  await client.query(
    `insert into audit_log (reference, from_state, to_state, at, actor_id, actor_role, note, action, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      row.reference,
      row.from,
      row.to,
      row.at,
      row.actorId,
      row.actorRole,
      row.note,
      row.action,
      prevHash,
      auditHash(prevHash, row),
    ],
  );
}

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** A schema to keep the tables in (created when missing); isolates tests and tenants. @default 'public' */
  schema?: string;
  /** @default 10 */
  maxConnections?: number;
}

type Row = Record<string, unknown>;

// `jsonb` columns arrive parsed.
const toRequest = (row: Row) => rowToRequest(row, (value) => value);

/** PostgreSQL's way of writing the queue's query (`jsonb` containment, numbered placeholders). */
function postgresDialect(params: unknown[]): QueueDialect {
  return {
    param(value) {
      return `$${params.push(value)}`;
    },
    actedOn: (p) =>
      `history @> jsonb_build_array(jsonb_build_object('actor', jsonb_build_object('id', ${p}::text)))`,
    entered: (p) => `history @> jsonb_build_array(jsonb_build_object('to', ${p}::text))`,
    branch: (p) => `assisted->>'branch' = ${p}`,
    contains: (haystack, needle) => `strpos(${haystack}, ${needle}) > 0`,
  };
}

/**
 * The server's store on PostgreSQL (`DATABASE_URL=postgres://…`): the same tables, migrations and atomic
 * operations as the SQLite store — a submission with its idempotency key in one transaction, transitions
 * under a row lock with their audit entry, a survey link used once — so the same tests run against both.
 */
export async function createPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<ServerStore> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  pool.on('connect', (client) => {
    void client.query(`set search_path to ${schema}`);
  });
  const setup = await pool.connect();
  try {
    await setup.query(`create schema if not exists ${schema}`);
    await setup.query(`set search_path to ${schema}`);
    await setup.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await setup.query('create table if not exists schema_migrations (version integer primary key)');
      const done = (await setup.query('select coalesce(max(version), 0) as v from schema_migrations')).rows[0]
        .v as number;
      for (let i = done; i < MIGRATIONS.length; i++) {
        await setup.query('begin');
        try {
          await setup.query(MIGRATIONS[i]!);
          if (i + 1 === AUDIT_CHAIN_MIGRATION) await sealLegacyAudit(setup);
          await setup.query('insert into schema_migrations (version) values ($1)', [i + 1]);
          await setup.query('commit');
        } catch (error) {
          await setup.query('rollback');
          throw error;
        }
      }
    } finally {
      await setup.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
    setup.release();
  } catch (error) {
    // Released (and discarded) before the pool ends: `end()` waits for every client, so a failed
    // migration used to hang here with the client checked out.
    setup.release(true);
    await pool.end();
    throw error;
  }

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }

  /** Inserts messages of the outbox in a transaction; one per event id. */
  async function insertNotifications(
    client: Pick<pg.Pool, 'query'>,
    messages: readonly StoredNotification[],
  ) {
    for (const message of messages) {
      await client.query(
        `insert into notifications (${NOTIFICATION_COLUMNS.join(', ')})
         values (${NOTIFICATION_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) on conflict (id) do nothing`,
        notificationToRow(message),
      );
    }
  }

  /** A one-time link (a survey invitation, a signing link) by its hash: its request and whether it was used. */
  async function oneTimeLink(table: 'invitations' | 'signing_links', tokenHash: string) {
    const { rows } = await pool.query(
      `select reference, used_at, created_at from ${table} where token_hash = $1`,
      [tokenHash],
    );
    return rows[0]
      ? {
          reference: rows[0].reference as string,
          usedAt: (rows[0].used_at as string | null) ?? null,
          createdAt: rows[0].created_at as string,
        }
      : null;
  }

  const repository: BackendRepository = {
    insertRequest: (request, { key, bodyDigest }, attachmentIds = [], messages = []) =>
      transaction(async (client) => {
        const inserted = await client.query(
          'insert into idempotency (key, body_digest, reference) values ($1, $2, $3) on conflict (key) do nothing returning key',
          [key, bodyDigest, request.reference],
        );
        if (inserted.rowCount === 0) {
          const { rows } = await client.query(
            'select body_digest, reference from idempotency where key = $1',
            [key],
          );
          return { bodyDigest: rows[0].body_digest as string, reference: rows[0].reference as string };
        }
        for (const id of attachmentIds) {
          const linked = await client.query(
            'update attachments set reference = $1 where id = $2 and reference is null',
            [request.reference, id],
          );
          // Thrown inside the transaction: it rolls back and nothing of the request is kept.
          if (linked.rowCount !== 1)
            throw new StorageError('validation_failed', 'An attachment is no longer available');
        }
        const row = requestToRow(request);
        await client.query(
          `insert into requests (${REQUEST_INSERT_COLUMNS.join(', ')})
           values (${REQUEST_INSERT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
          REQUEST_INSERT_COLUMNS.map((column) => row[column]),
        );
        await insertNotifications(client, messages);
        const first = request.history[0]!;
        await appendAudit(client, auditRow('intake', request.reference, { from: null, to: first.to }, first));
        return null;
      }),
    async findIdempotency(key) {
      const { rows } = await pool.query('select body_digest, reference from idempotency where key = $1', [
        key,
      ]);
      return rows[0]
        ? { bodyDigest: rows[0].body_digest as string, reference: rows[0].reference as string }
        : null;
    },
    async getRequest(reference) {
      const { rows } = await pool.query('select * from requests where reference = $1', [reference]);
      return rows[0] ? toRequest(rows[0]) : null;
    },
    async listRequests(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.form) where.push(`form = $${params.push(query.form)}`);
      if (query.status) where.push(`status = $${params.push(query.status)}`);
      if (query.assignee) where.push(`assignee_id = $${params.push(query.assignee)}`);
      let sql = `select * from requests ${where.length ? `where ${where.join(' and ')}` : ''} order by submitted_at, reference`;
      if (query.limit !== undefined)
        sql += ` limit $${params.push(query.limit)} offset $${params.push(query.offset ?? 0)}`;
      return (await pool.query(sql, params)).rows.map(toRequest);
    },
    async listQueue(query) {
      const params: unknown[] = [];
      const d = postgresDialect(params);
      const where = queueWhere(query, d);
      const order = query.newestFirst ? 'desc' : 'asc';
      let sql = `select ${QUEUE_COLUMNS} from requests ${where} order by submitted_at ${order}, reference ${order}`;
      if (query.limit !== undefined)
        sql += ` limit ${d.param(query.limit)} offset ${d.param(query.offset ?? 0)}`;
      return (await pool.query(sql, params)).rows.map((row) => rowToQueueRow(row, (value) => value));
    },
    async countQueue(query) {
      const params: unknown[] = [];
      const where = queueWhere(query, postgresDialect(params));
      const { rows } = await pool.query(
        `select status, count(*)::int as n from requests ${where} group by status`,
        params,
      );
      return Object.fromEntries(rows.map((row) => [row.status as string, Number(row.n)]));
    },
    saveTransition: (reference, from, entry, assignee, messages = [], attachmentIds = []) =>
      transaction(async (client) => {
        const { rows } = await client.query('select status from requests where reference = $1 for update', [
          reference,
        ]);
        if (!rows[0] || rows[0].status !== from) return false;
        for (const id of attachmentIds) {
          const linked = await client.query(
            'update attachments set reference = $1 where id = $2 and reference is null',
            [reference, id],
          );
          // Thrown inside the transaction: it rolls back and the move is not made.
          if (linked.rowCount !== 1)
            throw new StorageError('validation_failed', 'An attachment is no longer available');
        }
        await insertNotifications(client, messages);
        await client.query(
          'update requests set status = $1, history = history || $2::jsonb where reference = $3',
          [entry.to, JSON.stringify([entry]), reference],
        );
        if (assignee !== undefined)
          await client.query(
            'update requests set assignee_id = $1, assignee_name = $2, assignee_at = $3 where reference = $4',
            [assignee?.id ?? null, assignee?.name ?? null, assignee?.at ?? null, reference],
          );
        await appendAudit(client, auditRow('transition', reference, { from, to: entry.to }, entry));
        return true;
      }),
    saveAssignee: (reference, assignee, audit) =>
      transaction(async (client) => {
        const { rows } = await client.query(
          'update requests set assignee_id = $1, assignee_name = $2, assignee_at = $3 where reference = $4 returning status',
          [assignee?.id ?? null, assignee?.name ?? null, assignee?.at ?? null, reference],
        );
        if (!rows[0]) return false;
        await appendAudit(
          client,
          auditRow('assignment', reference, { from: rows[0].status, to: rows[0].status }, audit),
        );
        return true;
      }),
    saveChecklist: (reference, checklist, audit) =>
      transaction(async (client) => {
        const { rows } = await client.query(
          'update requests set checklist = $1 where reference = $2 returning status',
          [JSON.stringify(checklist), reference],
        );
        if (!rows[0]) return;
        await appendAudit(
          client,
          auditRow('checklist', reference, { from: rows[0].status, to: rows[0].status }, audit),
        );
      }),
    eraseRequest: (reference, stub, audit) =>
      transaction(async (client) => {
        const { rows } = await client.query(
          'select status, history from requests where reference = $1 for update',
          [reference],
        );
        if (!rows[0]) return [];
        const history = (rows[0].history as { note?: string }[]).map(({ note: _note, ...entry }) => entry);
        await client.query(
          `update requests set data = $1, declaration = null, token_hash = '', history = $2, erased_at = $3,
           display_name = '', search_id = null, search_mobile = null, search_name = ''
           where reference = $4`,
          [JSON.stringify(stub), JSON.stringify(history), audit.at, reference],
        );
        await client.query('update responses set reference = null, comment = null where reference = $1', [
          reference,
        ]);
        // Her messages keep only that they were sent: no address, no text; those not sent yet never will be.
        await client.query(
          "update notifications set recipient = '', subject = null, body = '', html = null, status = case when status = 'pending' then 'failed' else status end where reference = $1",
          [reference],
        );
        const removed = (
          await client.query('delete from attachments where reference = $1 returning id', [reference])
        ).rows.map((r) => r.id as string);
        await appendAudit(
          client,
          auditRow(
            'erase',
            reference,
            { from: rows[0].status as string, to: rows[0].status as string },
            { ...audit, note: `${removed.length} documents` },
          ),
        );
        return removed;
      }),
    recordAccess: (entry) =>
      transaction((client) =>
        appendAudit(client, auditRow(entry.action, entry.reference, { from: null, to: '' }, entry)),
      ),
    async insertAttachment(a) {
      await pool.query(
        `insert into attachments (id, name, media_type, size, sha256, form, grant_id, reference, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [a.id, a.name, a.mediaType, a.size, a.sha256, a.form, a.grantId, a.reference, a.createdAt],
      );
    },
    async getAttachment(id) {
      const { rows } = await pool.query(
        `select id, name, media_type as "mediaType", size, sha256, form, grant_id as "grantId", reference,
                created_at as "createdAt" from attachments where id = $1`,
        [id],
      );
      return (rows[0] as StoredAttachment | undefined) ?? null;
    },
    async attachmentUsage(query) {
      const { rows } = await pool.query(
        'grantId' in query
          ? 'select count(*)::int as count, coalesce(sum(size), 0)::bigint as bytes from attachments where grant_id = $1'
          : 'select count(*)::int as count, coalesce(sum(size), 0)::bigint as bytes from attachments where reference is null',
        'grantId' in query ? [query.grantId] : [],
      );
      return { count: Number(rows[0].count), bytes: Number(rows[0].bytes) };
    },
    async listUnlinkedAttachments(before, limit) {
      const { rows } = await pool.query(
        'select id from attachments where reference is null and created_at < $1 order by created_at limit $2',
        [before, limit],
      );
      return rows.map((r) => r.id as string);
    },
    async deleteUnlinkedAttachments(ids) {
      await pool.query('delete from attachments where id = any($1) and reference is null', [ids]);
    },
    async createInvitation(tokenHash, reference, createdAt) {
      await pool.query(
        'insert into invitations (token_hash, reference, created_at) values ($1, $2, $3) on conflict (token_hash) do nothing',
        [tokenHash, reference, createdAt],
      );
    },
    async claimNotifications(now, limit, leaseUntil) {
      // One claim per message across servers: rows another worker is claiming are skipped, not waited for.
      const { rows } = await pool.query(
        `update notifications set next_attempt_at = $3 where id in (
           select id from notifications where status = 'pending' and next_attempt_at <= $1
           order by next_attempt_at, id limit $2 for update skip locked)
         returning *`,
        [now, limit, leaseUntil],
      );
      return rows.map(rowToNotification).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async recordDelivery(id, outcome) {
      const c = outcomeColumns(outcome);
      await pool.query(
        'update notifications set status = $1, attempts = $2, next_attempt_at = coalesce($3, next_attempt_at), sent_at = $4, provider_id = $5, last_error = $6 where id = $7',
        [c.status, c.attempts, c.next_attempt_at, c.sent_at, c.provider_id, c.last_error, id],
      );
    },
    insertNotifications: (messages) => transaction((client) => insertNotifications(client, messages)),
    async listNotifications(reference) {
      const { rows } = await pool.query(
        'select * from notifications where reference = $1 order by created_at, id',
        [reference],
      );
      return rows.map(rowToNotification);
    },
    async createSigningLink(tokenHash, reference, createdAt) {
      await pool.query(
        'insert into signing_links (token_hash, reference, created_at) values ($1, $2, $3) on conflict (token_hash) do nothing',
        [tokenHash, reference, createdAt],
      );
    },
    getSigningLink: (tokenHash) => oneTimeLink('signing_links', tokenHash),
    saveDeclaration: (reference, declaration, linkHash, audit) =>
      transaction(async (client) => {
        const { rows } = await client.query(
          'select status, declaration from requests where reference = $1 for update',
          [reference],
        );
        if (!rows[0] || rows[0].declaration) return false;
        if (linkHash) {
          const used = await client.query(
            'update signing_links set used_at = $1 where token_hash = $2 and reference = $3 and used_at is null',
            [audit.at, linkHash, reference],
          );
          if (used.rowCount !== 1) return false;
        }
        await client.query('update requests set declaration = $1::jsonb where reference = $2', [
          JSON.stringify(declaration),
          reference,
        ]);
        await appendAudit(
          client,
          auditRow('signature', reference, { from: rows[0].status, to: rows[0].status }, audit),
        );
        return true;
      }),
    getInvitation: (tokenHash) => oneTimeLink('invitations', tokenHash),
    reissueAccessCode: (reference, tokenHash, version, audit) =>
      transaction(async (client) => {
        const { rows } = await client.query('select status from requests where reference = $1 for update', [
          reference,
        ]);
        if (!rows[0]) return;
        await client.query('update requests set token_hash = $1, access_version = $2 where reference = $3', [
          tokenHash,
          version,
          reference,
        ]);
        await appendAudit(
          client,
          auditRow(
            'code_reissued',
            reference,
            { from: rows[0].status as string, to: rows[0].status as string },
            audit,
          ),
        );
      }),
    useInvitation: (tokenHash, response) =>
      transaction(async (client) => {
        const used = await client.query(
          'update invitations set used_at = $1 where token_hash = $2 and used_at is null',
          [response.receivedAt, tokenHash],
        );
        if (used.rowCount !== 1) return false;
        await insertResponse(client, response);
        return true;
      }),
    async insertResponse(response) {
      await insertResponse(pool, response);
    },
    async useSurveyNonce(nonceHash, day) {
      const inserted = await pool.query(
        'insert into survey_nonces (hash, day) values ($1, $2) on conflict (hash) do nothing',
        [nonceHash, day],
      );
      return inserted.rowCount === 1;
    },
    async listResponses({ from, to }) {
      const { rows } = await pool.query(
        `select * from responses where ($1::text is null or received_at >= $1) and ($2::text is null or received_at <= $2) order by received_at`,
        [from ?? null, to ?? null],
      );
      return rows.map((r) => ({
        id: r.id as string,
        answers: r.answers as StoredSurveyResponse['answers'],
        receivedAt: r.received_at as string,
        ...(r.reference ? { reference: r.reference as string } : {}),
        ...(r.channel ? { channel: r.channel as string } : {}),
        ...(r.service_type ? { serviceType: r.service_type as string } : {}),
        ...(r.comment ? { comment: r.comment as string } : {}),
        ...(r.branch ? { branch: r.branch as string } : {}),
      }));
    },
  };

  async function insertResponse(client: Pick<pg.Pool, 'query'>, r: StoredSurveyResponse) {
    await client.query(
      'insert into responses (id, reference, answers, channel, service_type, comment, received_at, branch) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [
        r.id,
        r.reference ?? null,
        JSON.stringify(r.answers),
        r.channel ?? null,
        r.serviceType ?? null,
        r.comment ?? null,
        r.receivedAt,
        r.branch ?? null,
      ],
    );
  }

  return {
    repository,
    async addStaffKey(keyHash, member, createdAt, contact = {}) {
      await pool.query(
        'insert into staff_keys (key_hash, id, name, role, created_at, branch, email, locale) values ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          keyHash,
          member.id,
          member.name,
          member.role,
          createdAt,
          member.branch ?? null,
          contact.email ?? null,
          contact.locale ?? null,
        ],
      );
    },
    async revokeStaffKeys(staffId, revokedAt) {
      const updated = await pool.query(
        'update staff_keys set revoked_at = $1 where id = $2 and revoked_at is null',
        [revokedAt, staffId],
      );
      return (updated.rowCount ?? 0) > 0;
    },
    async listStaffKeys() {
      const { rows } = await pool.query(
        `select ${STAFF_KEY_COLUMNS} from staff_keys order by created_at, id`,
      );
      return staffKeyListings(rows as StaffKeyRow[]);
    },
    async findStaffKey(keyHash) {
      const { rows } = await pool.query(
        'select id, name, role, branch from staff_keys where key_hash = $1 and revoked_at is null',
        [keyHash],
      );
      const row = rows[0] as (StaffMember & { branch: string | null }) | undefined;
      if (!row) return null;
      const { branch, ...member } = row;
      return branch ? { ...member, branch } : member;
    },
    async fillDecisionDays(days) {
      await pool.query('update requests set decision_days = $1 where decision_days is null', [days]);
    },
    async fillSearchFields() {
      for (;;) {
        const { rows } = await pool.query(
          'select reference, form, data from requests where display_name is null limit 500',
        );
        if (rows.length === 0) return;
        for (const row of rows) {
          const columns = searchColumns({ form: row.form, data: row.data });
          await pool.query(
            'update requests set display_name = $1, search_id = $2, search_mobile = $3, search_name = $4 where reference = $5',
            [
              columns.display_name,
              columns.search_id,
              columns.search_mobile,
              columns.search_name,
              row.reference,
            ],
          );
        }
      }
    },
    async takeLegacySecret() {
      const { rows } = await pool.query("delete from meta where key = 'token_secret' returning value");
      return (rows[0]?.value as string | undefined) ?? null;
    },
    async audit(reference) {
      const { rows } = await pool.query(
        'select action, from_state as "from", to_state as "to", at, actor_id as "actorId", actor_role as "actorRole", note from audit_log where reference = $1 order by id',
        [reference],
      );
      return rows as AuditEntry[];
    },
    appendAudit: (row) => transaction((client) => appendAudit(client, row)),
    async auditChain() {
      return (await pool.query(CHAIN_SQL)).rows as ChainedAuditRow[];
    },
    async takeLegacyBlob() {
      const { rows } = await pool.query('select id, bytes from attachments where bytes is not null limit 1');
      return rows[0] ? { id: rows[0].id as string, bytes: new Uint8Array(rows[0].bytes as Buffer) } : null;
    },
    async dropLegacyBlob(id) {
      await pool.query('update attachments set bytes = null where id = $1', [id]);
    },
    async linkLegacyAttachments() {
      await pool.query(
        `update attachments a set reference = r.reference
         from requests r, jsonb_array_elements(coalesce(r.data->'attachments', '[]'::jsonb)) j
         where j->>'id' = a.id and a.reference is null and a.form is null`,
      );
    },
    close: () => pool.end(),
  };
}
