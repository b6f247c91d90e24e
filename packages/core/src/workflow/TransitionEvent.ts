import type { FormId } from '../forms/formIds';
import type { RequestState } from './states';

/**
 * A state change, as the service reports it (`onTransition`) and the server sends it to a webhook: no
 * personal data — the reference, the form, the states and the time.
 */
export interface TransitionEvent {
  reference: string;
  form: FormId;
  /** Null for the submission itself. */
  from: RequestState | null;
  to: RequestState;
  at: string;
}
