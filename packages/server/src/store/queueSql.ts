import type { QueueQuery, QueueRow, ReadScope, StoredRequest } from '@mord/core';
import { rowToRequest } from './requestRows';

/** How one database writes the parts of the queue's query that differ between dialects. */
export interface QueueDialect {
  /** Adds a parameter and returns its placeholder. */
  param(value: unknown): string;
  /** Some history entry was made by this staff id. */
  actedOn(placeholder: string): string;
  /** Some history entry entered this state. */
  entered(placeholder: string): string;
  /** The branch recorded on an assisted request. */
  branch(placeholder: string): string;
  /** Whether `haystack` contains `needle`. */
  contains(haystack: string, needle: string): string;
}

/** The columns a queue line is read from: never the data, the declaration or the code's hash. */
export const QUEUE_COLUMNS =
  'reference, form, status, submitted_at, channel, locale, assisted, history, decision_days, erased_at, access_version, assignee_id, assignee_name, assignee_at, display_name';

function scopeSql(scope: ReadScope, d: QueueDialect): string | null {
  if (scope === 'all') return null;
  if (scope.length === 0) return 'false';
  const clauses = scope.map((clause) => {
    const parts: string[] = [];
    if (clause.forms)
      parts.push(
        clause.forms.length ? `form in (${clause.forms.map((f) => d.param(f)).join(', ')})` : 'false',
      );
    if (clause.states)
      parts.push(
        clause.states.length ? `status in (${clause.states.map((s) => d.param(s)).join(', ')})` : 'false',
      );
    if (clause.actedOn !== undefined) parts.push(d.actedOn(d.param(clause.actedOn)));
    if (clause.entered !== undefined) parts.push(d.entered(d.param(clause.entered)));
    if (clause.assignee !== undefined) parts.push(`assignee_id = ${d.param(clause.assignee)}`);
    return parts.length ? `(${parts.join(' and ')})` : 'true';
  });
  return `(${clauses.join(' or ')})`;
}

/**
 * The `where` of a queue query in a dialect: the reader's scope (need-to-know as data, from core's
 * `readScope`), the filters, and the search terms (core's `searchTerms`) against the stored search columns.
 */
export function queueWhere(
  query: Omit<QueueQuery, 'limit' | 'offset' | 'newestFirst'>,
  d: QueueDialect,
): string {
  const where: string[] = [];
  const scope = scopeSql(query.scope, d);
  if (scope) where.push(scope);
  if (query.form) where.push(`form = ${d.param(query.form)}`);
  if (query.status) where.push(`status = ${d.param(query.status)}`);
  if (query.channel) where.push(`channel = ${d.param(query.channel)}`);
  if (query.branch) where.push(d.branch(d.param(query.branch)));
  if (query.assignee) where.push(`assignee_id = ${d.param(query.assignee)}`);
  if (query.search) {
    const terms = query.search;
    const any = [d.contains('upper(reference)', d.param(terms.reference))];
    if (terms.idNumber !== null) any.push(`search_id = ${d.param(terms.idNumber)}`);
    if (terms.mobile !== null) any.push(`search_mobile = ${d.param(terms.mobile)}`);
    if (terms.nameKey !== null) any.push(d.contains('search_name', d.param(terms.nameKey)));
    where.push(`(${any.join(' or ')})`);
  }
  return where.length ? `where ${where.join(' and ')}` : '';
}

/** A queue line from a row of either dialect. */
export function rowToQueueRow(row: Record<string, unknown>, json: (value: unknown) => unknown): QueueRow {
  const {
    data: _data,
    declaration: _declaration,
    tokenHash: _hash,
    checklist: _checklist,
    ...request
  } = rowToRequest({ ...row, data: null, checklist: null, token_hash: '' }, json) as StoredRequest;
  return { ...request, name: (row.display_name as string | null) ?? '' };
}
