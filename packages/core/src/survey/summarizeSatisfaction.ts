import { ces, csat, distribution, mean, nps } from './metrics';
import { DEFAULT_SURVEY, QUESTION_SCALES, type SurveyDefinition } from './surveyDefinition';

/**
 * Below this many responses a group's scores are shown as counts, not percentages: a percentage of a
 * few answers misleads, and small groups come close to naming who answered.
 */
export const SMALL_SAMPLE = 30;

/** A response as the summary needs it: answers by question id, and where it came from. */
export interface SummarizableResponse {
  answers: Record<string, number | string | undefined>;
  channel?: string | undefined;
  serviceType?: string | undefined;
  branch?: string | undefined;
  comment?: string | undefined;
  /** When it was received (a day for an anonymous answer). */
  receivedAt?: string | undefined;
}

/** Most comments a summary carries, newest first. */
export const MAX_SUMMARY_COMMENTS = 500;

/** Headline metrics of a group of responses. */
export interface SatisfactionMetrics {
  /** Number of responses. */
  n: number;
  /** `satisfied`: the answers of 4 or 5 (the top-two box the score is the share of). */
  csat: { score: number | null; n: number; distribution: number[]; satisfied: number };
  nps: {
    score: number | null;
    n: number;
    distribution: number[];
    promoters: number;
    passives: number;
    detractors: number;
  };
  ces: { score: number | null; n: number; distribution: number[] };
}

/** Result of {@link summarizeSatisfaction}. */
export interface SatisfactionSummary extends SatisfactionMetrics {
  /** Mean score of each agreement question, with its answer count. */
  dimensions: Record<string, { mean: number | null; n: number; distribution: number[] }>;
  /** yes/no/unknown counts of each such question. */
  yesNo: Record<string, { yes: number; no: number; unknown: number }>;
  byChannel: Record<string, SatisfactionMetrics>;
  byService: Record<string, SatisfactionMetrics>;
  /** By the branch that took the request (assisted intake); her own web submissions have none. */
  byBranch: Record<string, SatisfactionMetrics>;
  /** By the month the answer came, `YYYY-MM`, oldest first: the trend. */
  byMonth: Record<string, SatisfactionMetrics>;
  /**
   * Her words, newest first: the text, the day only (never the time, never who), and where it came from.
   * At most {@link MAX_SUMMARY_COMMENTS}.
   */
  comments: { text: string; day: string; channel?: string; serviceType?: string }[];
}

function scores(responses: readonly SummarizableResponse[], questionId: string): number[] {
  return responses.map((r) => r.answers[questionId]).filter((v): v is number => typeof v === 'number');
}

function metrics(
  responses: readonly SummarizableResponse[],
  definition: SurveyDefinition,
): SatisfactionMetrics {
  const byKind = (kind: 'csat' | 'ces' | 'nps') =>
    definition.questions.filter((q) => q.kind === kind).flatMap((q) => scores(responses, q.id));
  const c = byKind('csat');
  const e = byKind('ces');
  const p = byKind('nps');
  return {
    n: responses.length,
    csat: {
      score: csat(c),
      n: c.length,
      distribution: distribution(c, 1, 5),
      satisfied: c.filter((score) => score >= 4).length,
    },
    nps: {
      score: nps(p),
      n: p.length,
      distribution: distribution(p, 0, 10),
      promoters: p.filter((s) => s >= 9).length,
      passives: p.filter((s) => s === 7 || s === 8).length,
      detractors: p.filter((s) => s <= 6).length,
    },
    ces: { score: ces(e), n: e.length, distribution: distribution(e, 1, 7) },
  };
}

type GroupKey = 'channel' | 'serviceType' | 'branch' | 'month';

function groupBy(responses: readonly SummarizableResponse[], key: GroupKey) {
  const groups = new Map<string, SummarizableResponse[]>();
  for (const response of responses) {
    const value = key === 'month' ? response.receivedAt?.slice(0, 7) : response[key];
    if (!value) continue;
    groups.set(value, [...(groups.get(value) ?? []), response]);
  }
  return groups;
}

/**
 * Summarises survey responses: CSAT, NPS and CES with their answer counts and distributions, each
 * service dimension, and the same metrics by channel, service, branch and month (the trend). Report `n` with every score.
 */
export function summarizeSatisfaction(
  responses: readonly SummarizableResponse[],
  definition: SurveyDefinition = DEFAULT_SURVEY,
): SatisfactionSummary {
  const dimensions: SatisfactionSummary['dimensions'] = {};
  const yesNo: SatisfactionSummary['yesNo'] = {};
  for (const question of definition.questions) {
    if (question.kind === 'agreement') {
      const s = scores(responses, question.id);
      const { min, max } = QUESTION_SCALES.agreement;
      dimensions[question.id] = { mean: mean(s), n: s.length, distribution: distribution(s, min, max) };
    } else if (question.kind === 'yes_no_unknown') {
      const answers = responses.map((r) => r.answers[question.id]);
      yesNo[question.id] = {
        yes: answers.filter((a) => a === 'yes').length,
        no: answers.filter((a) => a === 'no').length,
        unknown: answers.filter((a) => a === 'unknown').length,
      };
    }
  }
  const grouped = (key: GroupKey) =>
    Object.fromEntries(
      [...groupBy(responses, key)]
        .sort(([a], [b]) => (key === 'month' ? a.localeCompare(b) : 0))
        .map(([value, group]) => [value, metrics(group, definition)]),
    );
  return {
    ...metrics(responses, definition),
    dimensions,
    yesNo,
    byChannel: grouped('channel'),
    byService: grouped('serviceType'),
    byBranch: grouped('branch'),
    byMonth: grouped('month'),
    comments: responses
      .filter((r) => r.comment?.trim())
      .map((r) => ({
        text: r.comment!.trim(),
        day: (r.receivedAt ?? '').slice(0, 10),
        ...(r.channel ? { channel: r.channel } : {}),
        ...(r.serviceType ? { serviceType: r.serviceType } : {}),
      }))
      .sort((a, b) => b.day.localeCompare(a.day))
      .slice(0, MAX_SUMMARY_COMMENTS),
  };
}
