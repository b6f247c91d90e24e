import { FORM_DEFINITIONS } from '../forms/formDefinitions';
import type { FormId } from '../forms/formIds';
import type { HistoryEntry } from './applyTransition';
import type { RequestState, StaffRole } from './states';

/** Whether a role may tick the verification checklist. */
export function canEditChecklist(role: StaffRole): boolean {
  return role === 'relations_officer' || role === 'admin';
}

/** Whether a role may take a request on a beneficiary's behalf (assisted intake through a staff key). */
export function canTakeAssistedIntake(role: StaffRole): boolean {
  return role === 'relations_officer' || role === 'admin';
}

/** Whether a role may erase a request's personal data (the PDPL's right to erasure; retention). */
export function canErase(role: StaffRole): boolean {
  return role === 'admin';
}

/** Whether a role may revoke and re-issue a beneficiary's access code (she lost it; it leaked). */
export function canReissueAccessCode(role: StaffRole): boolean {
  return role === 'relations_officer' || role === 'admin';
}

/** States in which every relations officer reads a support request: it is being taken in and checked. */
export const INTAKE_STATES: readonly RequestState[] = ['submitted', 'verifying', 'needs_information'];

/** What the need-to-know rule looks at. */
export interface ReadableRequest {
  form: FormId;
  status: RequestState;
  history: readonly Pick<HistoryEntry, 'to' | 'actor'>[];
  /** Who it is assigned to: she reads it, whatever her role. */
  assignee?: { id: string } | null;
}

/**
 * Need-to-know, the one rule the server enforces and the staff views follow:
 * - an administrator reads everything;
 * - a relations officer reads every inquiry and volunteer application, support requests in intake
 *   (submitted, verifying, needs information), and those she has acted on;
 * - a social researcher reads the support requests referred to researchers and those she has acted on;
 * - the committee reads what is before it and what has been before it, with its history;
 * - and anyone reads what is assigned to her.
 * @example canReadRequest({ id: 's1', role: 'committee' }, request)
 */
export function canReadRequest(actor: { id: string; role: StaffRole }, request: ReadableRequest): boolean {
  // Forms without a committee decision are messages: officers answer them; researchers and the committee never see them.
  const decided = () => FORM_DEFINITIONS[request.form].hasDecision;
  const actedOn = () => request.history.some((entry) => entry.actor.id === actor.id);
  if (request.assignee?.id === actor.id) return true;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'relations_officer':
      return !decided() || INTAKE_STATES.includes(request.status) || actedOn();
    case 'social_researcher':
      return decided() && (request.status === 'with_social_researcher' || actedOn());
    case 'committee':
      return decided() && request.history.some((entry) => entry.to === 'in_committee');
  }
}

/** Whether a role assigns requests to others (and takes them from others): relations officers and administrators. */
export function canAssignOthers(role: StaffRole): boolean {
  return role === 'relations_officer' || role === 'admin';
}

/**
 * Whether a staff member may change who a request is assigned to: relations officers and administrators
 * assign anyone; anyone takes a request herself, or lets go of one that is hers.
 * @example canAssign({ id: 's2', role: 'social_researcher' }, 's2', null) // true: she takes it
 */
export function canAssign(
  actor: { id: string; role: StaffRole },
  assigneeId: string | null,
  currentId: string | null = null,
): boolean {
  if (canAssignOthers(actor.role)) return true;
  return assigneeId === null ? currentId === actor.id : assigneeId === actor.id;
}

/** Whether a role may list, create, rotate and revoke staff keys: the administrator's only. */
export function canManageKeys(role: StaffRole): boolean {
  return role === 'admin';
}

/** Whether a role may export the whole queue (CSV): the administrator's only. */
export function canExport(role: StaffRole): boolean {
  return role === 'admin';
}

/** States after which she is asked about the service: it was delivered. */
export const SURVEY_STATES: readonly RequestState[] = ['service_delivered', 'closed'];

/**
 * Whether a role mints a survey invitation (the relations officer, who delivered the service) and, given
 * the request's state, whether the service was delivered yet.
 */
export function canInviteToSurvey(role: StaffRole, status?: RequestState): boolean {
  return role === 'relations_officer' && (status === undefined || SURVEY_STATES.includes(status));
}
