import type { StaffRole } from '../storage/contracts';

/** The items a relations officer matches against the documents when she checks a request. */
export const VERIFICATION_CHECKLIST = ['identity', 'family', 'income', 'housing', 'iban'] as const;

/** One item of the {@link VERIFICATION_CHECKLIST}. */
export type ChecklistItem = (typeof VERIFICATION_CHECKLIST)[number];

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
