import { type AssociationConfig, stageTargetDays } from '../config/associationConfig';
import type { WorkflowSubject } from './applyTransition';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the stage a request is in should be done: the time it entered that state plus the stage's target
 * from the configuration (the committee's is the request's own decision period); null for a stage
 * without a target (a final state, say).
 * @example stageDueAt(request, config) // '2026-03-04T09:00:00.000Z' for a request verifying since 1 March
 */
export function stageDueAt(
  request: WorkflowSubject & { submittedAt: string; decisionDays?: number },
  config: Pick<AssociationConfig, 'stageTargets' | 'decision'>,
): string | null {
  const days =
    request.status === 'in_committee'
      ? (request.decisionDays ?? config.decision.days)
      : stageTargetDays(config, request.status);
  if (days === undefined) return null;
  const entered = request.history.findLast((entry) => entry.to === request.status)?.at ?? request.submittedAt;
  return new Date(Date.parse(entered) + days * DAY_MS).toISOString();
}

/** Whether a request has stayed in its stage past the stage's target. */
export function isStageOverdue(
  request: WorkflowSubject & { submittedAt: string; decisionDays?: number },
  config: Pick<AssociationConfig, 'stageTargets' | 'decision'>,
  now: Date,
): boolean {
  const due = stageDueAt(request, config);
  return due !== null && now.getTime() > Date.parse(due);
}
