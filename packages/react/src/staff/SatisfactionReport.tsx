import {
  CHANNELS,
  DEFAULT_SURVEY,
  formatDualDate,
  INQUIRY_TOPICS,
  optionLabel,
  QUESTION_SCALES,
  questionLabel,
  type SatisfactionMetrics,
  type SatisfactionSummary,
  SMALL_SAMPLE,
  type StaffApi,
} from '@mord/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import { MordQueries, scopeOf } from '../provider/MordQueries';

/** Props of {@link SatisfactionReport}. */
export interface SatisfactionReportProps {
  staff: StaffApi;
  from?: string;
  to?: string;
}

function Bars(props: { counts: number[]; first: number; label: string }) {
  const { formatNumber } = useMessages();
  const max = Math.max(1, ...props.counts);
  const width = 24;
  return (
    <figure className="mord-chart">
      <svg
        viewBox={`0 0 ${props.counts.length * width} 70`}
        role="img"
        aria-label={props.label}
        className="mord-chart-svg"
      >
        {props.counts.map((count, i) => {
          const height = (count / max) * 50;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one bar per scale value, fixed order
            <g key={i}>
              <rect
                x={i * width + 3}
                y={55 - height}
                width={width - 6}
                height={height}
                className="mord-chart-bar"
              />
              <text x={i * width + width / 2} y={67} textAnchor="middle" className="mord-chart-label">
                {formatNumber(props.first + i)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mord-visually-hidden">
        {props.counts
          .map((count, i) => `${formatNumber(props.first + i)}: ${formatNumber(count)}`)
          .join('، ')}
      </figcaption>
    </figure>
  );
}

function MetricRows(props: { metrics: SatisfactionMetrics }) {
  const { t, formatNumber } = useMessages();
  const { metrics } = props;
  const small = metrics.n < SMALL_SAMPLE;
  return (
    <>
      <tr>
        <th scope="row">CSAT</th>
        <td>
          {metrics.csat.score === null
            ? '—'
            : small
              ? t('report.count', { count: metrics.csat.satisfied, n: metrics.csat.n })
              : formatNumber(metrics.csat.score / 100, { style: 'percent', maximumFractionDigits: 1 })}
        </td>
      </tr>
      <tr>
        <th scope="row">NPS</th>
        <td>
          {metrics.nps.score === null
            ? '—'
            : small
              ? `+${formatNumber(metrics.nps.promoters)} / ${formatNumber(metrics.nps.passives)} / −${formatNumber(metrics.nps.detractors)}`
              : formatNumber(metrics.nps.score)}
        </td>
      </tr>
      <tr>
        <th scope="row">CES</th>
        <td>
          {metrics.ces.score === null
            ? '—'
            : `${formatNumber(metrics.ces.score)} / ${formatNumber(QUESTION_SCALES.ces.max)}`}
        </td>
      </tr>
    </>
  );
}

/**
 * The satisfaction report: CSAT, NPS and CES with their number of answers and distributions, overall, by
 * channel and by service. Under 30 responses it shows counts, not percentages.
 */
export function SatisfactionReport(props: SatisfactionReportProps) {
  return (
    <MordQueries>
      <SatisfactionReportView {...props} />
    </MordQueries>
  );
}

function SatisfactionReportView(props: SatisfactionReportProps) {
  const { t, locale, config, formatNumber } = useMessages();
  const summary = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'satisfaction', props.from, props.to],
    queryFn: () =>
      props.staff.satisfactionSummary({
        ...(props.from ? { from: props.from } : {}),
        ...(props.to ? { to: props.to } : {}),
      }),
  });
  const labelOf = (id: string) => {
    const question = DEFAULT_SURVEY.questions.find((q) => q.id === id);
    return question ? questionLabel(question, locale) : id;
  };
  if (summary.isPending) return <p className="mord-hint">{t('common.loading')}</p>;
  if (!summary.data) return <p className="mord-error">{t('submit.offline')}</p>;
  const data = summary.data;
  const groups = (title: string, entries: [string, SatisfactionMetrics][], label: (id: string) => string) =>
    entries.length === 0 ? null : (
      <section>
        <h3 className="mord-section-title">{title}</h3>
        {entries.map(([group, metrics]) => (
          <table key={group} className="mord-table">
            <caption>
              {label(group)} — {t('report.responses', { n: metrics.n })}
            </caption>
            <tbody>
              <MetricRows metrics={metrics} />
            </tbody>
          </table>
        ))}
      </section>
    );
  return (
    <article
      className="mord-form mord-report"
      aria-label={t('report.title')}
      data-state={data.n === 0 ? 'empty' : 'ready'}
    >
      <h2 className="mord-title">{t('report.title')}</h2>
      <p>{t('report.responses', { n: data.n })}</p>
      {data.n === 0 ? <p className="mord-hint">{t('report.noData')}</p> : null}
      {data.n > 0 && data.n < SMALL_SAMPLE ? <p className="mord-hint">{t('report.smallSample')}</p> : null}
      <table className="mord-table">
        <caption className="mord-visually-hidden">{t('report.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.metric')}</th>
            <th scope="col">{t('report.value')}</th>
          </tr>
        </thead>
        <tbody>
          <MetricRows metrics={data} />
        </tbody>
      </table>
      {data.n > 0 ? (
        <section>
          <h3 className="mord-section-title">{t('report.distribution')}</h3>
          <Bars counts={data.csat.distribution} first={1} label={`CSAT — ${t('report.distribution')}`} />
          <Bars counts={data.ces.distribution} first={1} label={`CES — ${t('report.distribution')}`} />
          <Bars counts={data.nps.distribution} first={0} label={`NPS — ${t('report.distribution')}`} />
        </section>
      ) : null}
      {Object.keys(data.dimensions).length > 0 && data.n > 0 ? (
        <table className="mord-table">
          <caption>{t('report.dimensions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.dimension')}</th>
              <th scope="col">{t('report.mean')}</th>
              <th scope="col">{t('report.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(data.dimensions).map(([question, dimension]) => (
              <tr key={question}>
                <th scope="row">{labelOf(question)}</th>
                <td>
                  {dimension.mean === null
                    ? '—'
                    : `${formatNumber(dimension.mean, { maximumFractionDigits: 1 })} / ${formatNumber(QUESTION_SCALES.agreement.max)}`}
                </td>
                <td>{formatNumber(dimension.n)}</td>
              </tr>
            ))}
            {Object.entries(data.yesNo).map(([question, counts]) => (
              <tr key={question}>
                <th scope="row">{labelOf(question)}</th>
                <td colSpan={2}>
                  {t('report.yesNo', { yes: counts.yes, no: counts.no, unknown: counts.unknown })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Comments comments={data.comments ?? []} />
      <InquiryTopics staff={props.staff} from={props.from} to={props.to} />
      {groups(t('report.byChannel'), Object.entries(data.byChannel), (id) =>
        optionLabel(CHANNELS, id, locale),
      )}
      {groups(t('report.byService'), Object.entries(data.byService), (id) =>
        optionLabel(config.services, id, locale),
      )}
    </article>
  );
}

/** Her comments, newest first, with the day and where they came from; searchable in the page. */
function Comments(props: { comments: SatisfactionSummary['comments'] }) {
  const { t, locale, numberingSystem, config } = useMessages();
  const [search, setSearch] = useState('');
  const id = useId();
  if (props.comments.length === 0) return null;
  const wanted = search.trim();
  const shown = wanted ? props.comments.filter((comment) => comment.text.includes(wanted)) : props.comments;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mord-section-title">
        {t('report.comments')}
      </h3>
      <div className="mord-field">
        <label className="mord-label" htmlFor={`${id}-search`}>
          {t('report.commentsSearch')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="mord-input"
          dir="auto"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <p role="status">{t('report.commentsShown', { n: shown.length, total: props.comments.length })}</p>
      <ul className="mord-comments">
        {shown.map((comment, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, newest first, that never reorders
          <li key={index}>
            <p className="mord-pre" dir="auto">
              {comment.text}
            </p>
            <p className="mord-hint">
              {comment.day
                ? formatDualDate(comment.day, { locale, numberingSystem, dateStyle: 'medium' })
                : null}
              {comment.channel ? ` — ${optionLabel(CHANNELS, comment.channel, locale)}` : null}
              {comment.serviceType ? ` — ${optionLabel(config.services, comment.serviceType, locale)}` : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Inquiries by topic — complaints and suggestions among them — for the same period. */
function InquiryTopics(props: Pick<SatisfactionReportProps, 'staff' | 'from' | 'to'>) {
  const { t, locale, formatNumber } = useMessages();
  const topics = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'inquiry-topics', props.from, props.to],
    queryFn: () =>
      Promise.resolve(
        props.staff.inquiryTopics({
          ...(props.from ? { from: props.from } : {}),
          ...(props.to ? { to: props.to } : {}),
        }),
      ),
  });
  const entries = INQUIRY_TOPICS.filter((topic) => topics.data?.[topic.id]);
  if (entries.length === 0) return null;
  return (
    <table className="mord-table">
      <caption>{t('report.inquiries')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('queue.form.inquiry')}</th>
          <th scope="col">{t('report.answers')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((topic) => (
          <tr key={topic.id} data-topic={topic.id}>
            <th scope="row">{topic.label[locale]}</th>
            <td>{formatNumber(topics.data![topic.id]!)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
