import {
  CHANNELS,
  DEFAULT_SURVEY,
  formatDualDate,
  INQUIRY_TOPICS,
  optionLabel,
  QUESTION_SCALES,
  questionLabel,
  type ReportSection,
  type SatisfactionMetrics,
  type SatisfactionSummary,
  SMALL_SAMPLE,
  type StaffApi,
  satisfactionCsv,
} from '@mord/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordQueries, scopeOf } from '../provider/MordQueries';

/** Props of {@link SatisfactionReport}. */
export interface SatisfactionReportProps {
  staff: StaffApi;
  /** First day of the period shown at first (`YYYY-MM-DD`); she can change it in the page. */
  from?: string;
  /** Last day of that period. */
  to?: string;
}

/** One bar of a chart: its axis label, its height, and the figure written on it. */
interface Bar {
  label: string;
  value: number;
  text: string;
}

/**
 * A labelled bar chart: the axis values under the bars and each figure above its bar, drawn from the
 * reading direction's start, with the same figures as a table to open (the chart's text alternative).
 */
function Bars(props: { bars: Bar[]; title: string; valueHeader: string; axisHeader: string }) {
  const { t, locale } = useStaffMessages();
  const rtl = locale === 'ar';
  const max = Math.max(1, ...props.bars.map((bar) => bar.value));
  const width = props.bars.some((bar) => bar.label.length > 3) ? 48 : 28;
  const top = 14;
  const plot = 50;
  const count = props.bars.length;
  return (
    <figure className="mord-chart">
      <figcaption className="mord-chart-title">{props.title}</figcaption>
      <svg viewBox={`0 0 ${count * width} ${top + plot + 14}`} aria-hidden="true" className="mord-chart-svg">
        {props.bars.map((bar, i) => {
          const height = (bar.value / max) * plot;
          const x = (rtl ? count - 1 - i : i) * width;
          return (
            <g key={bar.label}>
              <rect
                x={x + 3}
                y={top + plot - height}
                width={width - 6}
                height={height}
                className="mord-chart-bar"
              />
              <text
                x={x + width / 2}
                y={top + plot - height - 3}
                textAnchor="middle"
                className="mord-chart-label"
              >
                {bar.text}
              </text>
              <text x={x + width / 2} y={top + plot + 11} textAnchor="middle" className="mord-chart-label">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mord-chart-table">
        <summary>{t('report.tableOf', { chart: props.title })}</summary>
        <table className="mord-table">
          <caption className="mord-visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.axisHeader}</th>
              <th scope="col">{props.valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {props.bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The bars of a distribution of answers on a scale: the answer under each bar, its count above. */
function Distribution(props: { counts: number[]; first: number; title: string }) {
  const { t, formatNumber } = useStaffMessages();
  return (
    <Bars
      title={props.title}
      axisHeader={t('report.answer')}
      valueHeader={t('report.answers')}
      bars={props.counts.map((count, i) => ({
        label: formatNumber(props.first + i),
        value: count,
        text: formatNumber(count),
      }))}
    />
  );
}

/** CSAT as the report writes it: a percentage from 30 answers, "k of n" below. */
function useCsatText() {
  const { t, formatNumber } = useStaffMessages();
  return (metrics: SatisfactionMetrics) =>
    metrics.csat.score === null
      ? '—'
      : metrics.n < SMALL_SAMPLE
        ? t('report.count', { count: metrics.csat.satisfied, n: metrics.csat.n })
        : formatNumber(metrics.csat.score / 100, { style: 'percent', maximumFractionDigits: 1 });
}

function MetricRows(props: { metrics: SatisfactionMetrics }) {
  const { t, formatNumber } = useStaffMessages();
  const csatText = useCsatText();
  const { metrics } = props;
  const small = metrics.n < SMALL_SAMPLE;
  return (
    <>
      <tr>
        <th scope="row">{t('report.csat')}</th>
        <td>{csatText(metrics)}</td>
      </tr>
      <tr>
        <th scope="row">{t('report.nps')}</th>
        <td>
          {metrics.nps.score === null
            ? '—'
            : small
              ? t('report.npsCounts', {
                  promoters: metrics.nps.promoters,
                  passives: metrics.nps.passives,
                  detractors: metrics.nps.detractors,
                })
              : formatNumber(metrics.nps.score)}
        </td>
      </tr>
      <tr>
        <th scope="row">{t('report.ces')}</th>
        <td>
          {metrics.ces.score === null
            ? '—'
            : t('report.outOf', {
                value: formatNumber(metrics.ces.score),
                max: QUESTION_SCALES.ces.max,
              })}
        </td>
      </tr>
    </>
  );
}

/**
 * The satisfaction report for a period (chosen in the page): CSAT, NPS and CES with their number of
 * answers, labelled distributions (each with a table), a month-by-month trend, the service dimensions,
 * her comments, inquiries by topic, and the same figures by channel, service and branch; the aggregated
 * figures download as CSV. Under 30 responses it shows counts, not percentages.
 */
export function SatisfactionReport(props: SatisfactionReportProps) {
  return (
    <MordQueries>
      <SatisfactionReportView {...props} />
    </MordQueries>
  );
}

function SatisfactionReportView(props: SatisfactionReportProps) {
  const { t, locale, config, formatNumber, numberingSystem } = useStaffMessages();
  const id = useId();
  const csatText = useCsatText();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({
    ...(props.from ? { from: props.from } : {}),
    ...(props.to ? { to: props.to } : {}),
  });
  const summary = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'satisfaction', period.from, period.to],
    queryFn: () => Promise.resolve(props.staff.satisfactionSummary(period)),
  });
  const labelOf = (questionId: string) => {
    const question = DEFAULT_SURVEY.questions.find((q) => q.id === questionId);
    return question ? questionLabel(question, locale) : questionId;
  };
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(`${locale}-u-nu-${numberingSystem}`, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
  const groupLabel = (section: ReportSection, groupId: string) => {
    switch (section) {
      case 'overall':
        return t('report.overall');
      case 'month':
        return monthName(groupId);
      case 'channel':
        return optionLabel(CHANNELS, groupId, locale);
      case 'service':
        return optionLabel(config.services, groupId, locale);
      case 'branch':
        return optionLabel(config.branches, groupId, locale);
      case 'dimension':
        return labelOf(groupId);
    }
  };
  function choosePeriod(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const day = (name: string) => String(data.get(name) ?? '') || undefined;
    const from = day('from');
    const to = day('to');
    setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }
  const periodForm = (
    <form className="mord-queue-filters" onSubmit={choosePeriod} aria-labelledby={`${id}-period`}>
      <h3 id={`${id}-period`} className="mord-section-title">
        {t('report.period')}
      </h3>
      <div className="mord-field">
        <label className="mord-label" htmlFor={`${id}-from`}>
          {t('report.from')}
        </label>
        <input id={`${id}-from`} name="from" type="date" className="mord-input" defaultValue={props.from} />
      </div>
      <div className="mord-field">
        <label className="mord-label" htmlFor={`${id}-to`}>
          {t('report.to')}
        </label>
        <input id={`${id}-to`} name="to" type="date" className="mord-input" defaultValue={props.to} />
      </div>
      <div className="mord-actions">
        <button type="submit" className="mord-button">
          {t('report.applyPeriod')}
        </button>
      </div>
    </form>
  );
  if (summary.isPending) return <p className="mord-hint">{t('common.loading')}</p>;
  if (!summary.data)
    return (
      <>
        {periodForm}
        <p className="mord-error" role="alert">
          {t('report.failed')}
        </p>
      </>
    );
  const data = summary.data;
  // Aggregates only, a few hundred bytes: a data link downloads them without a round trip.
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(satisfactionCsv(data, groupLabel))}`;
  const csvName = `satisfaction-${period.from ?? 'start'}-${period.to ?? 'today'}.csv`;
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
  const months = Object.entries(data.byMonth ?? {});
  return (
    <article
      className="mord-form mord-report"
      aria-label={t('report.title')}
      data-state={data.n === 0 ? 'empty' : 'ready'}
    >
      <h2 className="mord-title">{t('report.title')}</h2>
      {periodForm}
      <p>{t('report.responses', { n: data.n })}</p>
      {data.n === 0 ? <p className="mord-hint">{t('report.noData')}</p> : null}
      {data.n > 0 && data.n < SMALL_SAMPLE ? <p className="mord-hint">{t('report.smallSample')}</p> : null}
      {data.n > 0 ? (
        <div className="mord-actions">
          <a className="mord-button" href={csvHref} download={csvName}>
            {t('report.csv')}
          </a>
        </div>
      ) : null}
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
          <Distribution
            counts={data.csat.distribution}
            first={1}
            title={`${t('report.csat')} — ${t('report.distribution')}`}
          />
          <Distribution
            counts={data.ces.distribution}
            first={1}
            title={`${t('report.ces')} — ${t('report.distribution')}`}
          />
          <Distribution
            counts={data.nps.distribution}
            first={0}
            title={`${t('report.nps')} — ${t('report.distribution')}`}
          />
        </section>
      ) : null}
      {months.length > 0 ? (
        <section aria-labelledby={`${id}-trend`}>
          <h3 id={`${id}-trend`} className="mord-section-title">
            {t('report.trend')}
          </h3>
          <Bars
            title={`${t('report.csat')} — ${t('report.trend')}`}
            axisHeader={t('report.month')}
            valueHeader={t('report.csat')}
            bars={months.map(([month, metrics]) => ({
              label: monthName(month),
              // Under 30 answers the bar is the count of satisfied answers, as the figure says.
              value: metrics.n < SMALL_SAMPLE ? metrics.csat.satisfied : (metrics.csat.score ?? 0),
              text: csatText(metrics),
            }))}
          />
          <table className="mord-table">
            <caption className="mord-visually-hidden">{t('report.trend')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.month')}</th>
                <th scope="col">{t('report.answers')}</th>
                <th scope="col">{t('report.csat')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map(([month, metrics]) => (
                <tr key={month} data-month={month}>
                  <th scope="row">{monthName(month)}</th>
                  <td>{formatNumber(metrics.n)}</td>
                  <td>{csatText(metrics)}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
                    : t('report.outOf', {
                        value: formatNumber(dimension.mean, { maximumFractionDigits: 1 }),
                        max: QUESTION_SCALES.agreement.max,
                      })}
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
      <InquiryTopics staff={props.staff} from={period.from} to={period.to} />
      {groups(t('report.byChannel'), Object.entries(data.byChannel), (group) => groupLabel('channel', group))}
      {groups(t('report.byService'), Object.entries(data.byService), (group) => groupLabel('service', group))}
      {groups(t('report.byBranch'), Object.entries(data.byBranch ?? {}), (group) =>
        groupLabel('branch', group),
      )}
    </article>
  );
}

/** Her comments, newest first, with the day and where they came from; searchable in the page. */
function Comments(props: { comments: SatisfactionSummary['comments'] }) {
  const { t, locale, numberingSystem, config } = useStaffMessages();
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
  const { t, locale, formatNumber } = useStaffMessages();
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
