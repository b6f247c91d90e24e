import { type StoredRequest, searchFields } from '@mord/core';

/** The columns a new request is inserted with, in the order both dialects' statements use. */
export const REQUEST_INSERT_COLUMNS = [
  'reference',
  'form',
  'status',
  'submitted_at',
  'channel',
  'locale',
  'token_hash',
  'data',
  'declaration',
  'assisted',
  'checklist',
  'history',
  'decision_days',
  'display_name',
  'search_id',
  'search_mobile',
  'search_name',
] as const;

/** A request's insert row: JSON columns as text (SQLite stores it, PostgreSQL casts it to `jsonb`). */
export type RequestInsertRow = Record<(typeof REQUEST_INSERT_COLUMNS)[number], string | number | null>;

/** The row a request is inserted as, in both dialects. */
export function requestToRow(request: StoredRequest): RequestInsertRow {
  return {
    reference: request.reference,
    form: request.form,
    status: request.status,
    submitted_at: request.submittedAt,
    channel: request.channel,
    locale: request.locale,
    token_hash: request.tokenHash,
    data: JSON.stringify(request.data),
    declaration: request.declaration ? JSON.stringify(request.declaration) : null,
    assisted: request.assisted ? JSON.stringify(request.assisted) : null,
    checklist: JSON.stringify(request.checklist),
    history: JSON.stringify(request.history),
    decision_days: request.decisionDays ?? null,
    ...searchColumns(request),
  };
}

/** The queue's name and search columns of a request (core's `searchFields`), kept beside its data. */
export function searchColumns(request: Pick<StoredRequest, 'form' | 'data'>) {
  const fields = searchFields(request);
  return {
    display_name: fields.name,
    search_id: fields.idNumber,
    search_mobile: fields.mobile,
    search_name: fields.nameKey,
  };
}

/**
 * A stored request from a `requests` row of either dialect; `json` reads a JSON column (SQLite returns
 * text, PostgreSQL's `jsonb` arrives parsed).
 */
export function rowToRequest(row: Record<string, unknown>, json: (value: unknown) => unknown): StoredRequest {
  return {
    reference: row.reference as string,
    form: row.form as StoredRequest['form'],
    status: row.status as StoredRequest['status'],
    submittedAt: row.submitted_at as string,
    channel: row.channel as StoredRequest['channel'],
    locale: row.locale as StoredRequest['locale'],
    tokenHash: row.token_hash as string,
    data: json(row.data),
    ...(row.declaration ? { declaration: json(row.declaration) as StoredRequest['declaration'] } : {}),
    ...(row.assisted ? { assisted: json(row.assisted) as StoredRequest['assisted'] } : {}),
    checklist: json(row.checklist) as Record<string, boolean>,
    history: json(row.history) as StoredRequest['history'],
    ...(row.decision_days ? { decisionDays: Number(row.decision_days) } : {}),
    ...(row.erased_at ? { erasedAt: row.erased_at as string } : {}),
    ...(row.access_version ? { accessVersion: Number(row.access_version) } : {}),
    ...(row.assignee_id
      ? {
          assignee: {
            id: row.assignee_id as string,
            name: (row.assignee_name as string | null) ?? '',
            ...(row.assignee_at ? { at: row.assignee_at as string } : {}),
          },
        }
      : {}),
  };
}
