import { FORM_DEFINITIONS } from '../forms/formDefinitions';
import { FORM_IDS, type FormId } from '../forms/formIds';
import type { HistoryEntry } from './applyTransition';
import { INTAKE_STATES, type RequestState, type StaffRole } from './states';

/**
 * One way a staff member may read a request; every part it names must hold: the form is one of `forms`, the
 * state one of `states`, she acted on it (`actedOn`, her id), it was ever in the state `entered`, it is
 * assigned to her (`assignee`).
 */
export interface ScopeClause {
  forms?: readonly FormId[];
  states?: readonly RequestState[];
  actedOn?: string;
  entered?: RequestState;
  assignee?: string;
}

/** What a staff member may read: everything, or what answers any of the clauses. */
export type ReadScope = 'all' | readonly ScopeClause[];

/** What a scope looks at in a request. */
export interface ScopedRequest {
  form: FormId;
  status: RequestState;
  history: readonly Pick<HistoryEntry, 'to' | 'actor'>[];
  assignee?: { id: string } | null;
}

const decided = FORM_IDS.filter((form) => FORM_DEFINITIONS[form].hasDecision);
const messages = FORM_IDS.filter((form) => !FORM_DEFINITIONS[form].hasDecision);

/**
 * Need-to-know as data — the one rule the server enforces (a database turns the clauses into its query) and
 * the staff views follow (`canReadRequest` applies it):
 * - an administrator reads everything;
 * - a relations officer reads every inquiry and volunteer application, support requests in intake
 *   (submitted, verifying, needs information), and those she has acted on;
 * - a social researcher reads the support requests referred to researchers and those she has acted on;
 * - the committee reads what is before it and what has been before it, with its history;
 * - and anyone reads what is assigned to her.
 * @example readScope({ id: 's1', role: 'committee' }) // [{ forms: ['support-request'], entered: 'in_committee' }, { assignee: 's1' }]
 */
export function readScope(actor: { id: string; role: StaffRole }): ReadScope {
  const mine: ScopeClause = { assignee: actor.id };
  switch (actor.role) {
    case 'admin':
      return 'all';
    case 'relations_officer':
      return [{ forms: messages }, { states: INTAKE_STATES }, { actedOn: actor.id }, mine];
    case 'social_researcher':
      return [
        { forms: decided, states: ['with_social_researcher'] },
        { forms: decided, actedOn: actor.id },
        mine,
      ];
    case 'committee':
      return [{ forms: decided, entered: 'in_committee' }, mine];
  }
}

/** Whether a request answers a scope (what a database's query over the same clauses selects). */
export function inScope(scope: ReadScope, request: ScopedRequest): boolean {
  if (scope === 'all') return true;
  return scope.some(
    (clause) =>
      (!clause.forms || clause.forms.includes(request.form)) &&
      (!clause.states || clause.states.includes(request.status)) &&
      (clause.actedOn === undefined || request.history.some((entry) => entry.actor.id === clause.actedOn)) &&
      (clause.entered === undefined || request.history.some((entry) => entry.to === clause.entered)) &&
      (clause.assignee === undefined || request.assignee?.id === clause.assignee),
  );
}
