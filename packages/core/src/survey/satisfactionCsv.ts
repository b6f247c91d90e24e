import { toCsv } from '../csv/toCsv';
import { type SatisfactionMetrics, type SatisfactionSummary, SMALL_SAMPLE } from './summarizeSatisfaction';

/** The groups of the report, in the order the CSV lists them. */
export type ReportSection = 'overall' | 'month' | 'channel' | 'service' | 'branch' | 'dimension';

/** The CSV's columns. */
export const SATISFACTION_CSV_COLUMNS = [
  'section',
  'group',
  'n',
  'csat_percent',
  'csat_satisfied',
  'csat_n',
  'nps',
  'nps_promoters',
  'nps_passives',
  'nps_detractors',
  'nps_n',
  'ces',
  'ces_n',
  'mean',
] as const;

const round = (value: number | null) => (value === null ? '' : Math.round(value * 10) / 10);

function metricCells(metrics: SatisfactionMetrics): unknown[] {
  // The small-sample rule holds in the file too: under 30 answers, counts and no percentages.
  const small = metrics.n < SMALL_SAMPLE;
  return [
    metrics.n,
    small ? '' : round(metrics.csat.score),
    metrics.csat.satisfied,
    metrics.csat.n,
    small ? '' : round(metrics.nps.score),
    metrics.nps.promoters,
    metrics.nps.passives,
    metrics.nps.detractors,
    metrics.nps.n,
    round(metrics.ces.score),
    metrics.ces.n,
    '',
  ];
}

/**
 * The satisfaction report's aggregated figures as CSV — overall, by month, channel, service and branch,
 * and each service dimension's mean — never a comment or anything about who answered. Groups under 30
 * answers carry counts and no percentages. `label` names a group in the reader's language.
 * @example satisfactionCsv(summary, (section, id) => id)
 */
export function satisfactionCsv(
  summary: SatisfactionSummary,
  label: (section: ReportSection, id: string) => string,
): string {
  const rows: unknown[][] = [[...SATISFACTION_CSV_COLUMNS]];
  rows.push(['overall', label('overall', ''), ...metricCells(summary)]);
  const groups: [ReportSection, Record<string, SatisfactionMetrics>][] = [
    ['month', summary.byMonth],
    ['channel', summary.byChannel],
    ['service', summary.byService],
    ['branch', summary.byBranch],
  ];
  for (const [section, entries] of groups) {
    for (const [id, metrics] of Object.entries(entries))
      rows.push([section, label(section, id), ...metricCells(metrics)]);
  }
  for (const [id, dimension] of Object.entries(summary.dimensions)) {
    const cells: unknown[] = SATISFACTION_CSV_COLUMNS.map(() => '');
    cells[0] = 'dimension';
    cells[1] = label('dimension', id);
    cells[2] = dimension.n;
    cells[13] = round(dimension.mean);
    rows.push(cells);
  }
  return toCsv(rows);
}
