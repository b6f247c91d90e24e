import {
  CHANNELS,
  type Channel,
  FORM_IDS,
  type FormId,
  formatDualDate,
  getStatusText,
  optionLabel,
  REQUEST_STATES,
  type RequestQuery,
  type RequestState,
  type StaffApi,
} from '@mord/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordQueries, scopeOf } from '../provider/MordQueries';

/** Props of {@link RequestQueue}. */
export interface RequestQueueProps {
  /** The signed-in staff member: the queue shows only what her role may read. */
  staff: Pick<StaffApi, 'listRequests' | 'countRequests' | 'actor'>;
  /** Opens a request (the staff review). */
  onOpen: (reference: string) => void;
  /** Requests per page. @default 50 */
  pageSize?: number;
}

type Filters = Pick<
  RequestQuery,
  'form' | 'status' | 'channel' | 'branch' | 'assignee' | 'search' | 'overdue' | 'sort'
>;

/**
 * The staff queue: search by reference, ID or Iqama number, mobile or name; filter by form, state, channel,
 * branch, overdue and "assigned to me"; who each is assigned to; counts per state; pages. Only what the key's role may read is listed (the server's rule).
 * @example <RequestQueue staff={staff} onOpen={(reference) => setOpen(reference)} />
 */
export function RequestQueue(props: RequestQueueProps) {
  return (
    <MordQueries>
      <RequestQueueView {...props} />
    </MordQueries>
  );
}

function RequestQueueView(props: RequestQueueProps) {
  const { t, locale, numberingSystem, config, formatNumber } = useStaffMessages();
  const id = useId();
  const size = props.pageSize ?? 50;
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(0);
  // One more than a page: whether there is a next one, without a count of everything.
  const list = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'queue', filters, page, size],
    queryFn: () =>
      Promise.resolve(props.staff.listRequests({ ...filters, limit: size + 1, offset: page * size })),
  });
  const { status: _status, sort: _sort, ...countFilters } = filters;
  const counts = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'queue-counts', countFilters],
    queryFn: () => Promise.resolve(props.staff.countRequests(countFilters)),
  });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    setPage(0);
    setFilters({
      ...(value('search') ? { search: value('search')! } : {}),
      ...(value('form') ? { form: value('form') as FormId } : {}),
      ...(value('status') ? { status: value('status') as RequestState } : {}),
      ...(value('channel') ? { channel: value('channel') as Channel } : {}),
      ...(value('branch') ? { branch: value('branch')! } : {}),
      ...(data.get('overdue') ? { overdue: true } : {}),
      ...(data.get('mine') ? { assignee: props.staff.actor.id } : {}),
      ...(data.get('sort') === 'newest' ? { sort: 'newest' as const } : {}),
    });
  }

  const rows = (list.data ?? []).slice(0, size);
  const hasNext = (list.data?.length ?? 0) > size;
  return (
    <div className="mord-queue">
      <search aria-label={t('queue.filters')}>
        <form className="mord-queue-filters" onSubmit={apply}>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-search`}>
              {t('queue.search')}
            </label>
            <p id={`${id}-search-hint`} className="mord-hint">
              {t('queue.searchHint')}
            </p>
            <input
              id={`${id}-search`}
              name="search"
              type="search"
              className="mord-input"
              dir="auto"
              maxLength={100}
              aria-describedby={`${id}-search-hint`}
            />
          </div>
          <Choice id={`${id}-form`} name="form" label={t('queue.form')} all={t('queue.all')}>
            {FORM_IDS.map((form) => (
              <option key={form} value={form}>
                {t(`queue.form.${form}`)}
              </option>
            ))}
          </Choice>
          <Choice id={`${id}-status`} name="status" label={t('queue.status')} all={t('queue.all')}>
            {REQUEST_STATES.map((state) => (
              <option key={state} value={state}>
                {getStatusText(state, locale).title}
              </option>
            ))}
          </Choice>
          <Choice id={`${id}-channel`} name="channel" label={t('queue.channel')} all={t('queue.all')}>
            {CHANNELS.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.label[locale]}
              </option>
            ))}
          </Choice>
          {config.branches.length ? (
            <Choice id={`${id}-branch`} name="branch" label={t('queue.branch')} all={t('queue.all')}>
              {config.branches.map((branch) => (
                <option key={branch.id} value={branch.id}>
                  {branch.label[locale]}
                </option>
              ))}
            </Choice>
          ) : null}
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-sort`}>
              {t('queue.sort')}
            </label>
            <select id={`${id}-sort`} name="sort" className="mord-input mord-select" defaultValue="oldest">
              <option value="oldest">{t('queue.sort.oldest')}</option>
              <option value="newest">{t('queue.sort.newest')}</option>
            </select>
          </div>
          <label className="mord-option">
            <input type="checkbox" name="overdue" value="true" />
            <span>{t('queue.overdueOnly')}</span>
          </label>
          <label className="mord-option">
            <input type="checkbox" name="mine" value="true" />
            <span>{t('queue.assignedToMe')}</span>
          </label>
          <div className="mord-actions">
            <button type="submit" className="mord-button mord-button-primary">
              {t('queue.apply')}
            </button>
          </div>
        </form>
      </search>

      {counts.data ? (
        <section aria-labelledby={`${id}-counts`}>
          <h2 id={`${id}-counts`} className="mord-section-title">
            {t('queue.counts')}
          </h2>
          <ul className="mord-queue-counts">
            {REQUEST_STATES.filter((state) => counts.data[state]).map((state) => (
              <li key={state} data-state={state}>
                {getStatusText(state, locale).title}: {formatNumber(counts.data[state] ?? 0)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {list.isPending ? (
        <p className="mord-hint">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="mord-hint" role="status">
          {t('queue.empty')}
        </p>
      ) : (
        <table className="mord-queue-table">
          <caption className="mord-visually-hidden">{t('queue.caption', { page: page + 1 })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.reference')}</th>
              <th scope="col">{t('queue.name')}</th>
              <th scope="col">{t('queue.form')}</th>
              <th scope="col">{t('queue.status')}</th>
              <th scope="col">{t('queue.channel')}</th>
              <th scope="col">{t('staff.submittedAt')}</th>
              <th scope="col">{t('queue.assignee')}</th>
              <th scope="col">
                <span className="mord-visually-hidden">{t('queue.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.reference} data-overdue={row.overdue || undefined}>
                <td dir="ltr" data-label={t('queue.reference')}>
                  {row.reference}
                </td>
                <td data-label={t('queue.name')}>
                  <bdi>{row.name}</bdi>
                </td>
                <td data-label={t('queue.form')}>{t(`queue.form.${row.form}`)}</td>
                <td data-label={t('queue.status')}>
                  {getStatusText(row.status, locale).title}
                  {row.overdue ? (
                    <strong className="mord-badge"> {t('staff.overdue')}</strong>
                  ) : row.stageOverdue ? (
                    <strong className="mord-badge" data-state="stage-overdue">
                      {' '}
                      {t('staff.stageOverdue')}
                    </strong>
                  ) : null}
                </td>
                <td data-label={t('queue.channel')}>{optionLabel(CHANNELS, row.channel, locale)}</td>
                <td data-label={t('staff.submittedAt')}>
                  {formatDualDate(row.submittedAt, { locale, numberingSystem, dateStyle: 'medium' })}
                </td>
                <td data-label={t('queue.assignee')}>
                  {row.assignee ? <bdi>{row.assignee.name}</bdi> : null}
                </td>
                <td>
                  <button type="button" className="mord-button" onClick={() => props.onOpen(row.reference)}>
                    {t('queue.open')}{' '}
                    <span className="mord-visually-hidden">
                      <bdi>{row.reference}</bdi>
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="mord-actions" aria-label={t('queue.pages')}>
        <button type="button" className="mord-button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('queue.previous')}
        </button>
        <span aria-live="polite">{t('queue.page', { page: page + 1 })}</span>
        <button type="button" className="mord-button" disabled={!hasNext} onClick={() => setPage(page + 1)}>
          {t('queue.next')}
        </button>
      </nav>
    </div>
  );
}

function Choice(props: { id: string; name: string; label: string; all: string; children: ReactNode }) {
  return (
    <div className="mord-field">
      <label className="mord-label" htmlFor={props.id}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} className="mord-input mord-select" defaultValue="">
        <option value="">{props.all}</option>
        {props.children}
      </select>
    </div>
  );
}
