import type * as z from 'zod/mini';
import { formatDecisionPeriod } from '../declaration/formatDecisionPeriod';
import { formatMessage } from '../i18n/formatMessage';
import type { Locale } from '../i18n/locale';
import { DEFAULT_DECISION_DAYS } from '../workflow/decisionDueAt';
import type { surveyDefinitionSchema } from './surveyDefinitionSchema';
import { surveyMessages } from './surveyMessages';

/** Kinds of survey question and the answers they take. */
export const QUESTION_KINDS = ['csat', 'ces', 'nps', 'agreement', 'yes_no_unknown', 'text'] as const;

/** A survey question kind. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The numeric scale of each scored question kind (inclusive). */
export const QUESTION_SCALES: Readonly<
  Record<'csat' | 'ces' | 'nps' | 'agreement', { min: number; max: number }>
> = {
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  nps: { min: 0, max: 10 },
  agreement: { min: 1, max: 5 },
};

/** A validated survey definition. */
export type SurveyDefinition = z.output<typeof surveyDefinitionSchema>;

/** One question of a survey definition. */
export type SurveyQuestion = SurveyDefinition['questions'][number];

/**
 * The association's default satisfaction survey: CSAT, CES, the policy's service dimensions, the
 * two-week answer promise, and NPS; channel, service and anonymity are asked too.
 */
export const DEFAULT_SURVEY: SurveyDefinition = {
  id: 'satisfaction',
  version: '1',
  questions: [
    { id: 'csat', kind: 'csat', required: true },
    { id: 'ces', kind: 'ces', required: true },
    { id: 'clarity', kind: 'agreement', required: false },
    { id: 'courtesy', kind: 'agreement', required: false },
    { id: 'time_given', kind: 'agreement', required: false },
    { id: 'speed', kind: 'agreement', required: false },
    { id: 'need_met', kind: 'agreement', required: false },
    { id: 'answered_in_period', kind: 'yes_no_unknown', required: false },
    { id: 'nps', kind: 'nps', required: true },
  ],
  askChannel: true,
  askService: true,
  allowAnonymous: true,
};

/**
 * The label of a survey question in a locale: its own label, or the catalog's for built-in questions, the
 * announced decision `period` in words where a question names it (two weeks by default).
 */
export function questionLabel(question: SurveyQuestion, locale: Locale, period?: string): string {
  if (question.label) return question.label[locale];
  const key = `question.${question.id}` as keyof (typeof surveyMessages)['en'];
  const text = surveyMessages[locale][key] ?? question.id;
  return formatMessage(text, { period: period ?? formatDecisionPeriod(DEFAULT_DECISION_DAYS, locale) });
}

/** The token of the open survey anyone may answer, anonymously, once per form handed out. */
export const GENERAL_SURVEY_TOKEN = 'general';
