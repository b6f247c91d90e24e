import { PRE_DECISION_STATES, type RequestState, type Role } from './states';

/** One allowed move of the workflow and the roles that may make it (`admin` any but a decision or a withdrawal). */
export interface Transition {
  from: RequestState;
  to: RequestState;
  roles: readonly Role[];
}

/** The workflow table. Nobody, admin included, may make a move that is not listed here. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'submitted', to: 'verifying', roles: ['relations_officer'] },
  { from: 'verifying', to: 'needs_information', roles: ['relations_officer'] },
  { from: 'verifying', to: 'with_social_researcher', roles: ['relations_officer'] },
  { from: 'verifying', to: 'in_committee', roles: ['relations_officer'] },
  { from: 'needs_information', to: 'verifying', roles: ['applicant', 'relations_officer'] },
  { from: 'with_social_researcher', to: 'verifying', roles: ['social_researcher'] },
  { from: 'with_social_researcher', to: 'in_committee', roles: ['social_researcher'] },
  { from: 'in_committee', to: 'accepted', roles: ['committee'] },
  { from: 'in_committee', to: 'rejected', roles: ['committee'] },
  // The committee asks her for more information, or a researcher for a home visit, before it decides.
  { from: 'in_committee', to: 'needs_information', roles: ['committee'] },
  { from: 'in_committee', to: 'with_social_researcher', roles: ['committee'] },
  { from: 'accepted', to: 'registered', roles: ['relations_officer'] },
  { from: 'registered', to: 'service_delivered', roles: ['relations_officer'] },
  { from: 'service_delivered', to: 'closed', roles: ['relations_officer'] },
  ...PRE_DECISION_STATES.map((from): Transition => ({ from, to: 'withdrawn', roles: ['applicant'] })),
];

/**
 * The lighter workflow of inquiries and volunteer applications: an officer takes them up, answers
 * and closes them; the sender may withdraw before that.
 */
export const MESSAGE_TRANSITIONS: readonly Transition[] = [
  { from: 'submitted', to: 'verifying', roles: ['relations_officer'] },
  { from: 'submitted', to: 'closed', roles: ['relations_officer'] },
  { from: 'verifying', to: 'closed', roles: ['relations_officer'] },
  { from: 'submitted', to: 'withdrawn', roles: ['applicant'] },
  { from: 'verifying', to: 'withdrawn', roles: ['applicant'] },
];

function find(from: RequestState, to: RequestState, table: readonly Transition[]): Transition | undefined {
  return table.find((t) => t.from === from && t.to === to);
}

/** Whether the move exists in the workflow table, whoever makes it. */
export function isValidTransition(
  from: RequestState,
  to: RequestState,
  table: readonly Transition[] = TRANSITIONS,
): boolean {
  return find(from, to, table) !== undefined;
}

/** Whether a role may move a request from one state to another. */
export function canTransition(
  from: RequestState,
  to: RequestState,
  role: Role,
  table: readonly Transition[] = TRANSITIONS,
): boolean {
  const transition = find(from, to, table);
  return transition !== undefined && mayMake(transition, role);
}

/**
 * Separation of duties: a role makes the moves the table gives it; an administrator makes any other move
 * too, but never a decision (only the committee accepts or rejects) nor a withdrawal (only the applicant).
 */
function mayMake(transition: Transition, role: Role): boolean {
  if (transition.roles.includes(role)) return true;
  return role === 'admin' && !RESERVED_MOVES.includes(transition.to);
}

/** Moves no administrator makes: the committee's decisions and the applicant's withdrawal. */
const RESERVED_MOVES: readonly RequestState[] = ['accepted', 'rejected', 'withdrawn'];

/** The states a role may move a request to from its current state, in table order. */
export function availableTransitions(
  from: RequestState,
  role: Role,
  table: readonly Transition[] = TRANSITIONS,
): RequestState[] {
  return table.filter((t) => t.from === from && mayMake(t, role)).map((t) => t.to);
}
