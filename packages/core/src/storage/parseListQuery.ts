import { FORM_IDS, type FormId } from '../forms/formIds';
import { CHANNEL_IDS, type Channel } from '../options/channels';
import { REQUEST_STATES, type RequestState } from '../workflow/states';
import type { RequestQuery } from './contracts';
import { MAX_SEARCH_LENGTH } from './matchesSearch';

/** Largest page of the staff queue. */
export const MAX_PAGE_SIZE = 1000;
/** Largest offset into the staff queue. */
export const MAX_OFFSET = 1_000_000;

const WHOLE = /^\d{1,7}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
// A calendar day or an ISO date-time in UTC, as the protocol writes them.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/** Result of the query parsers: the query, or the name of the first parameter that is wrong. */
export type ParsedQuery<T> = { ok: true; query: T } | { ok: false; parameter: string };

/**
 * Reads the staff queue's query string strictly: `limit` 1–1000 and `offset` 0–1,000,000 as plain whole
 * numbers (no sign, fraction or exponent), `form`, `status` and `channel` from their lists, `overdue` true or false, `search` up to 100 visible
 * characters, `assignee` a staff id and `branch` a configured id (ids: letters, digits, `_` and `-`, up to 64).
 * @example parseListQuery({ limit: '50' }) // { ok: true, query: { limit: 50, offset: 0 } }
 */
export function parseListQuery(params: Record<string, string | undefined>): ParsedQuery<RequestQuery> {
  const query: RequestQuery = { limit: 100, offset: 0 };
  const { limit, offset, form, status, overdue, channel, search, sort, assignee, branch } = params;
  if (limit !== undefined) {
    if (!WHOLE.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE_SIZE)
      return { ok: false, parameter: 'limit' };
    query.limit = Number(limit);
  }
  if (offset !== undefined) {
    if (!WHOLE.test(offset) || Number(offset) > MAX_OFFSET) return { ok: false, parameter: 'offset' };
    query.offset = Number(offset);
  }
  if (form !== undefined) {
    if (!(FORM_IDS as readonly string[]).includes(form)) return { ok: false, parameter: 'form' };
    query.form = form as FormId;
  }
  if (status !== undefined) {
    if (!(REQUEST_STATES as readonly string[]).includes(status)) return { ok: false, parameter: 'status' };
    query.status = status as RequestState;
  }
  if (overdue !== undefined) {
    if (overdue !== 'true' && overdue !== 'false') return { ok: false, parameter: 'overdue' };
    query.overdue = overdue === 'true';
  }
  if (channel !== undefined) {
    if (!(CHANNEL_IDS as readonly string[]).includes(channel)) return { ok: false, parameter: 'channel' };
    query.channel = channel as Channel;
  }
  if (sort !== undefined) {
    if (sort !== 'oldest' && sort !== 'newest') return { ok: false, parameter: 'sort' };
    if (sort === 'newest') query.sort = 'newest';
  }
  for (const [name, value] of [
    ['assignee', assignee],
    ['branch', branch],
  ] as const) {
    if (value === undefined) continue;
    if (!ID.test(value)) return { ok: false, parameter: name };
    query[name] = value;
  }
  if (search !== undefined) {
    // Typed text: visible characters only, bounded before anything looks at it.
    if (search.length > MAX_SEARCH_LENGTH || /[\p{Cc}\p{Cf}]/u.test(search))
      return { ok: false, parameter: 'search' };
    if (search.trim()) query.search = search.trim();
  }
  return { ok: true, query };
}

/**
 * Reads a `from`/`to` time range: each a day (`2026-11-01`) or a UTC time (`2026-11-01T08:00:00Z`) that
 * exists on the calendar, `from` not after `to`.
 */
export function parseTimeRange(params: {
  from?: string | undefined;
  to?: string | undefined;
}): ParsedQuery<{ from?: string; to?: string }> {
  const range: { from?: string; to?: string } = {};
  for (const name of ['from', 'to'] as const) {
    const value = params[name];
    if (value === undefined) continue;
    const time = ISO_TIME.test(value)
      ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
      : Number.NaN;
    if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== value.slice(0, 10))
      return { ok: false, parameter: name };
    range[name] = value;
  }
  if (range.from && range.to && range.from > range.to) return { ok: false, parameter: 'from' };
  return { ok: true, query: range };
}
