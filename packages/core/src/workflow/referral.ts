import type { AssociationConfig, ListItemConfig } from '../config/associationConfig';
import { normalizeMultilineText } from '../validation/normalizeText';
import type { HistoryEntry } from './applyTransition';
import { FINAL_STATES, type RequestState } from './states';

/** The staff member a request is assigned to: the one working it now. */
export interface Assignee {
  id: string;
  name: string;
  /** When it was given to her (a staff member's daily summary lists what is new for her). */
  at?: string;
}

/** What a social researcher recommends after her study. */
export const STUDY_RECOMMENDATIONS = ['accept', 'reject', 'more_information'] as const;

/** A social researcher's recommendation. */
export type StudyRecommendation = (typeof STUDY_RECOMMENDATIONS)[number];

/** A social researcher's study of a referred request: a structured note, not free text alone. */
export interface ResearchStudy {
  /** The home visit or interview, `YYYY-MM-DD`; absent when the study was made from the documents. */
  visitDate?: string;
  /** What she found. */
  findings: string;
  recommendation: StudyRecommendation;
}

/** What a move must carry besides the state it goes to. */
export type TransitionNeed = 'missing' | 'question' | 'study' | 'reason';

/** Longest referral question or study findings, in characters. */
export const MAX_STUDY_LENGTH = 4000;

/**
 * What a move must carry, the one rule the service enforces and the staff views ask for:
 * - back to her (`needs_information`): the list of what is missing;
 * - to a social researcher (a referral, or the committee asking for a home visit): the question to study;
 * - out of a researcher's hands: her study;
 * - a rejection: the configured reason.
 * @example transitionNeeds('in_committee', 'rejected') // ['reason']
 */
export function transitionNeeds(from: RequestState, to: RequestState): TransitionNeed[] {
  const needs: TransitionNeed[] = [];
  if (to === 'needs_information') needs.push('missing');
  if (to === 'with_social_researcher') needs.push('question');
  if (from === 'with_social_researcher' && to !== 'withdrawn') needs.push('study');
  if (to === 'rejected') needs.push('reason');
  return needs;
}

/**
 * Who a request is assigned to after a move: the researcher it is referred to; nobody once it reaches the
 * committee (a body, not a person) or ends; otherwise whoever had it. `undefined` means unchanged.
 */
export function assigneeAfter(
  entry: Pick<HistoryEntry, 'to' | 'assignee' | 'at'>,
): Assignee | null | undefined {
  if (entry.assignee) return { id: entry.assignee.id, name: entry.assignee.name, at: entry.at };
  if (entry.to === 'in_committee' || FINAL_STATES.includes(entry.to)) return null;
  return undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a study sent by a researcher: findings (trimmed, up to {@link MAX_STUDY_LENGTH} characters), one of
 * the {@link STUDY_RECOMMENDATIONS}, and an optional visit date that is a real day not after `today`.
 * Null when it is not such a study.
 */
export function parseStudy(value: unknown, today: Date = new Date()): ResearchStudy | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { findings, recommendation, visitDate } = value as Record<string, unknown>;
  if (typeof findings !== 'string') return null;
  const text = normalizeMultilineText(findings).trim();
  if (!text || text.length > MAX_STUDY_LENGTH) return null;
  if (!(STUDY_RECOMMENDATIONS as readonly unknown[]).includes(recommendation)) return null;
  if (visitDate !== undefined && visitDate !== null && visitDate !== '') {
    if (typeof visitDate !== 'string' || !ISO_DAY.test(visitDate)) return null;
    const day = new Date(`${visitDate}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== visitDate) return null;
    if (visitDate > today.toISOString().slice(0, 10)) return null;
    return { visitDate, findings: text, recommendation: recommendation as StudyRecommendation };
  }
  return { findings: text, recommendation: recommendation as StudyRecommendation };
}

/** Reads a referral question: trimmed free text of 1 to {@link MAX_STUDY_LENGTH} characters, or null. */
export function parseQuestion(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = normalizeMultilineText(value).trim();
  return text && text.length <= MAX_STUDY_LENGTH ? text : null;
}

const label = (ar: string, en: string) => ({ ar, en });

/** The reasons a committee rejects a request for, unless the association lists its own. */
export const DEFAULT_REJECTION_REASONS: readonly ListItemConfig[] = [
  {
    id: 'not_eligible',
    label: label('لا تنطبق شروط الخدمة على الطلب', 'The service’s conditions do not apply to the request'),
  },
  {
    id: 'documents_incomplete',
    label: label('المستندات المطلوبة لم تكتمل', 'The required documents are not complete'),
  },
  {
    id: 'information_mismatch',
    label: label('البيانات لا تطابق المستندات', 'The information does not match the documents'),
  },
  {
    id: 'supported_elsewhere',
    label: label('يصل الدعم نفسه من جهة أخرى', 'The same support comes from another body'),
  },
  {
    id: 'no_budget',
    label: label('لا تتوفر ميزانية لهذه الخدمة حاليًا', 'There is no budget for this service at present'),
  },
];

/** The reasons the committee chooses from when it rejects: the configured ones or the defaults. */
export function rejectionReasons(
  config: Pick<AssociationConfig, 'rejectionReasons'>,
): readonly ListItemConfig[] {
  return config.rejectionReasons?.length ? config.rejectionReasons : DEFAULT_REJECTION_REASONS;
}
