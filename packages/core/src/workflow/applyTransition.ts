import type { Assignee, ResearchStudy } from './referral';
import type { RequestState, Role } from './states';
import { canTransition, isValidTransition, TRANSITIONS, type Transition } from './transitions';
import { WorkflowError } from './WorkflowError';

/** Who made a move. */
export interface Actor {
  id: string;
  role: Role;
}

/** One entry of a request's history. */
export interface HistoryEntry {
  from: RequestState | null;
  to: RequestState;
  at: string;
  actor: Actor;
  note?: string;
  /** Sent back to her (`needs_information`): the documents and checklist items still missing, by id. */
  missing?: string[];
  /** The answer to her inquiry or application, written to her (the note stays among staff). */
  answer?: string;
  /** The staff member it was referred or assigned to with this move. */
  assignee?: Assignee;
  /** What the researcher is asked to study (a referral, a home visit the committee asks for). */
  question?: string;
  /** The researcher's study, recorded as the request leaves her. */
  study?: ResearchStudy;
  /** The committee's reason for a rejection: a configured id (`rejectionReasons`). */
  reason?: string;
  /** Her answer to a request for more information: what she wrote and the documents she added. */
  reply?: ApplicantReply;
}

/** What she sends back when a request needs more information: a message and the documents it lacked. */
export interface ApplicantReply {
  message?: string;
  attachments?: { id: string; kind: string; name: string; size: number; mediaType: string; sha256: string }[];
}

/** The least a request needs for the workflow: its state and its history. */
export interface WorkflowSubject {
  status: RequestState;
  history: readonly HistoryEntry[];
}

/** A move to make. */
export interface TransitionInput {
  to: RequestState;
  actor: Actor;
  note?: string;
  /** What is still missing, by id (a request going back to her). */
  missing?: string[];
  /** The answer written to her (inquiries and applications). */
  answer?: string;
  assignee?: Assignee;
  question?: string;
  study?: ResearchStudy;
  reason?: string;
  /** When it happened. @default now */
  at?: Date | string;
  /** The workflow table to apply. @default TRANSITIONS (the support request's) */
  transitions?: readonly Transition[];
}

/**
 * Moves a request to another state: returns a new object with `status` changed and one history entry
 * appended; the input is not mutated.
 * @throws {WorkflowError} `invalid_transition` when the move is not in the workflow table;
 * `forbidden` when the actor's role may not make it.
 * @example applyTransition(request, { to: 'verifying', actor: { id: 'u1', role: 'relations_officer' } })
 */
export function applyTransition<T extends WorkflowSubject>(request: T, input: TransitionInput): T {
  const { status } = request;
  const table = input.transitions ?? TRANSITIONS;
  if (!isValidTransition(status, input.to, table)) {
    throw new WorkflowError('invalid_transition', `No transition from ${status} to ${input.to}`);
  }
  if (!canTransition(status, input.to, input.actor.role, table)) {
    throw new WorkflowError(
      'forbidden',
      `Role ${input.actor.role} may not move a request from ${status} to ${input.to}`,
    );
  }
  const at = input.at === undefined ? new Date() : new Date(input.at);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Invalid transition time: ${String(input.at)}`);
  const entry: HistoryEntry = {
    from: status,
    to: input.to,
    at: at.toISOString(),
    actor: { id: input.actor.id, role: input.actor.role },
    ...(input.note ? { note: input.note } : {}),
    ...(input.missing?.length ? { missing: [...input.missing] } : {}),
    ...(input.answer ? { answer: input.answer } : {}),
    ...(input.assignee ? { assignee: { id: input.assignee.id, name: input.assignee.name } } : {}),
    ...(input.question ? { question: input.question } : {}),
    ...(input.study ? { study: { ...input.study } } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
  };
  return { ...request, status: input.to, history: [...request.history, entry] };
}
