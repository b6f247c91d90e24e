/**
 * The schema of both dialects, side by side: migration `i` of SQLite and of PostgreSQL make the same
 * change, each in its own SQL. Each runs once, in order, at start.
 */

/** SQLite schema migrations, applied in order at start; each runs once. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  create table meta (key text primary key, value text not null);
  create table sequences (year integer primary key, value integer not null);
  create table requests (
    reference text primary key,
    form text not null,
    status text not null,
    submitted_at text not null,
    channel text not null,
    locale text not null,
    token_hash text not null,
    data text not null,
    declaration text,
    assisted text,
    checklist text not null,
    history text not null
  );
  create index requests_status on requests (status, submitted_at);
  create index requests_form on requests (form, submitted_at);
  create index requests_submitted on requests (submitted_at, reference);
  create table idempotency (key text primary key, body_digest text not null, reference text not null);
  create table audit_log (
    id integer primary key autoincrement,
    reference text not null,
    from_state text,
    to_state text not null,
    at text not null,
    actor_id text not null,
    actor_role text not null,
    note text
  );
  create index audit_reference on audit_log (reference, id);
  create trigger audit_log_append_only_update before update on audit_log begin select raise(abort, 'audit log is append-only'); end;
  create trigger audit_log_append_only_delete before delete on audit_log begin select raise(abort, 'audit log is append-only'); end;
  create table attachments (
    id text primary key, name text not null, media_type text not null, size integer not null,
    sha256 text not null, bytes blob not null, created_at text not null
  );
  create table invitations (token_hash text primary key, reference text not null, created_at text not null, used_at text);
  create table responses (
    id text primary key, reference text, answers text not null, channel text, service_type text,
    comment text, received_at text not null
  );
  create index responses_received on responses (received_at);
  create table staff_keys (
    key_hash text primary key, id text not null, name text not null, role text not null,
    created_at text not null, revoked_at text
  );
  `,
  // Uploads become part of a submission: their bytes move to the blob store (the column stays until the
  // move at start has emptied it), each records its grant and form, and a submission links it.
  // The audit log records what kind of entry each line is; staff keys may carry a branch.
  `
  alter table attachments rename to attachments_v1;
  create table attachments (
    id text primary key, name text not null, media_type text not null, size integer not null,
    sha256 text not null, form text, grant_id text, reference text, created_at text not null, bytes blob
  );
  insert into attachments (id, name, media_type, size, sha256, created_at, bytes)
    select id, name, media_type, size, sha256, created_at, bytes from attachments_v1;
  drop table attachments_v1;
  create index attachments_unlinked on attachments (reference, created_at);
  create index attachments_grant on attachments (grant_id);
  alter table audit_log add column action text not null default 'transition';
  alter table staff_keys add column branch text;
  `,
  // The audit log becomes tamper-evident: each entry carries the hash of the one before and its own
  // (existing entries are sealed at start; see auditChain.ts).
  `
  alter table audit_log add column prev_hash text;
  alter table audit_log add column hash text;
  `,
  // Each request keeps the committee period in force when it came.
  `
  alter table requests add column decision_days integer;
  `,
  // A request whose personal data was erased keeps an anonymised stub and this time.
  `
  alter table requests add column erased_at text;
  `,
  // Each open-survey form works once: the hash of its nonce and the day it was used, nothing about who.
  `
  create table survey_nonces (hash text primary key, day text not null);
  `,
  // Staff can revoke and re-issue an access code: each re-issue derives the next version.
  `
  alter table requests add column access_version integer not null default 0;
  `,
  // A request is assigned to the staff member working it (a referral names the researcher).
  `
  alter table requests add column assignee_id text;
  alter table requests add column assignee_name text;
  create index requests_assignee on requests (assignee_id, submitted_at);
  `,
  // A survey answer keeps the branch that served her, for the report's breakdown by branch.
  `
  alter table responses add column branch text;
  `,
  // A request taken by phone or letter waits for her signature: the links sent to her to sign it.
  `
  create table signing_links (token_hash text primary key, reference text not null, created_at text not null, used_at text);
  `,
  // The queue reads and searches without parsing any request's data: its name and search fields beside it
  // (filled at start for requests stored before).
  `
  alter table requests add column display_name text;
  alter table requests add column search_id text;
  alter table requests add column search_mobile text;
  alter table requests add column search_name text;
  create index requests_search_id on requests (search_id);
  create index requests_search_mobile on requests (search_mobile);
  `,
  // The notification outbox: each message written with the change that causes it, delivered by a worker.
  `
  create table notifications (
    id text primary key, reference text not null, kind text not null, channel text not null, recipient text not null,
    locale text not null, subject text, body text not null, html text, status text not null,
    attempts integer not null default 0, next_attempt_at text not null, created_at text not null, sent_at text,
    provider_id text, last_error text
  );
  create index notifications_due on notifications (status, next_attempt_at);
  create index notifications_reference on notifications (reference, created_at);
  `,
  // When a request was given to its assignee (the daily summary's "new for you"), and where a staff member's
  // summary goes.
  `
  alter table requests add column assignee_at text;
  alter table staff_keys add column email text;
  alter table staff_keys add column locale text;
  `,
];

/** PostgreSQL migrations, applied in order at start under an advisory lock. */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  create table meta (key text primary key, value text not null);
  create table sequences (year integer primary key, value integer not null);
  create table requests (
    reference text primary key, form text not null, status text not null, submitted_at text not null,
    channel text not null, locale text not null, token_hash text not null, data jsonb not null,
    declaration jsonb, assisted jsonb, checklist jsonb not null, history jsonb not null
  );
  create index requests_status on requests (status, submitted_at);
  create index requests_form on requests (form, submitted_at);
  create index requests_submitted on requests (submitted_at, reference);
  create table idempotency (key text primary key, body_digest text not null, reference text not null);
  create table audit_log (
    id bigserial primary key, reference text not null, from_state text, to_state text not null, at text not null,
    actor_id text not null, actor_role text not null, note text
  );
  create index audit_reference on audit_log (reference, id);
  create function audit_log_append_only() returns trigger language plpgsql as
    $$ begin raise exception 'audit log is append-only'; end $$;
  create trigger audit_log_no_update before update or delete on audit_log for each row execute function audit_log_append_only();
  create table attachments (
    id text primary key, name text not null, media_type text not null, size integer not null, sha256 text not null,
    bytes bytea not null, created_at text not null
  );
  create table invitations (token_hash text primary key, reference text not null, created_at text not null, used_at text);
  create table responses (
    id text primary key, reference text, answers jsonb not null, channel text, service_type text, comment text,
    received_at text not null
  );
  create index responses_received on responses (received_at);
  create table staff_keys (
    key_hash text primary key, id text not null, name text not null, role text not null, created_at text not null,
    revoked_at text
  );
  `,
  // Uploads become part of a submission (see the SQLite migrations); audit entries record their kind;
  // staff keys may carry a branch.
  `
  alter table attachments alter column bytes drop not null;
  alter table attachments add column form text, add column grant_id text, add column reference text;
  create index attachments_unlinked on attachments (reference, created_at);
  create index attachments_grant on attachments (grant_id);
  alter table audit_log add column action text not null default 'transition';
  alter table staff_keys add column branch text;
  `,
  // The audit log becomes tamper-evident (see auditChain.ts); existing entries are sealed at start.
  `
  alter table audit_log add column prev_hash text, add column hash text;
  `,
  `
  alter table requests add column decision_days integer;
  `,
  `
  alter table requests add column erased_at text;
  `,
  `
  create table survey_nonces (hash text primary key, day text not null);
  `,
  `
  alter table requests add column access_version integer not null default 0;
  `,
  `
  alter table requests add column assignee_id text, add column assignee_name text;
  create index requests_assignee on requests (assignee_id, submitted_at);
  `,
  `
  alter table responses add column branch text;
  `,
  `
  create table signing_links (token_hash text primary key, reference text not null, created_at text not null, used_at text);
  `,
  `
  alter table requests add column display_name text, add column search_id text, add column search_mobile text,
    add column search_name text;
  create index requests_search_id on requests (search_id);
  create index requests_search_mobile on requests (search_mobile);
  `,
  `
  create table notifications (
    id text primary key, reference text not null, kind text not null, channel text not null, recipient text not null,
    locale text not null, subject text, body text not null, html text, status text not null,
    attempts integer not null default 0, next_attempt_at text not null, created_at text not null, sent_at text,
    provider_id text, last_error text
  );
  create index notifications_due on notifications (status, next_attempt_at);
  create index notifications_reference on notifications (reference, created_at);
  `,
  `
  alter table requests add column assignee_at text;
  alter table staff_keys add column email text, add column locale text;
  `,
];
