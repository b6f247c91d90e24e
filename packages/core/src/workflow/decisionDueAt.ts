import type { WorkflowSubject } from './applyTransition';

/** Default number of days the research committee has to answer. @default 14 */
export const DEFAULT_DECISION_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Options of the deadline functions. */
export interface DecisionDeadlineOptions {
  /** Days the research committee has to answer. @default 14 */
  decisionDays?: number;
}

function lastEntryInto(request: WorkflowSubject, state: string) {
  for (let i = request.history.length - 1; i >= 0; i--) {
    if (request.history[i]!.to === state) return request.history[i]!;
  }
  return undefined;
}

/**
 * When the committee's answer is due: the last entry into `in_committee` plus the decision days, as an
 * ISO string; null before the request reaches the committee.
 */
export function decisionDueAt(
  request: WorkflowSubject,
  options: DecisionDeadlineOptions = {},
): string | null {
  const entry = lastEntryInto(request, 'in_committee');
  if (!entry) return null;
  return new Date(
    Date.parse(entry.at) + (options.decisionDays ?? DEFAULT_DECISION_DAYS) * DAY_MS,
  ).toISOString();
}

/**
 * The date promised to the applicant: the committee deadline once the request is there, before that
 * the submission time plus the decision days (what the confirmation tells her).
 */
export function expectedDecisionAt(
  request: WorkflowSubject & { submittedAt: string },
  options: DecisionDeadlineOptions = {},
): string {
  return (
    decisionDueAt(request, options) ??
    new Date(
      Date.parse(request.submittedAt) + (options.decisionDays ?? DEFAULT_DECISION_DAYS) * DAY_MS,
    ).toISOString()
  );
}

/** Whether the committee's deadline has passed with no decision yet. */
export function isOverdue(
  request: WorkflowSubject,
  now: Date,
  options: DecisionDeadlineOptions = {},
): boolean {
  if (request.status !== 'in_committee') return false;
  const due = decisionDueAt(request, options);
  return due !== null && now.getTime() > Date.parse(due);
}
