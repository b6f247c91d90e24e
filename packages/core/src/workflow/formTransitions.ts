import type { FormId } from '../storage/contracts';
import { TRANSITIONS, type Transition } from './transitions';

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

/** The workflow table that applies to a form. */
export function transitionsFor(form: FormId): readonly Transition[] {
  return form === 'support-request' ? TRANSITIONS : MESSAGE_TRANSITIONS;
}
