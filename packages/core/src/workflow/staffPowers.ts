import { inScope, readScope, type ScopedRequest } from './readScope';
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

export { INTAKE_STATES } from './states';

/** What the need-to-know rule looks at. */
export type ReadableRequest = ScopedRequest;

/**
 * Need-to-know, the one rule the server enforces and the staff views follow: whether a staff member may
 * read a request — it answers her {@link readScope}.
 * @example canReadRequest({ id: 's1', role: 'committee' }, request)
 */
export function canReadRequest(actor: { id: string; role: StaffRole }, request: ReadableRequest): boolean {
  return inScope(readScope(actor), request);
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
