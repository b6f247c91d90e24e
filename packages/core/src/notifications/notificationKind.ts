import { FORM_DEFINITIONS } from '../forms/formDefinitions';
import type { FormId } from '../forms/formIds';
import type { HistoryEntry } from '../workflow/applyTransition';
import type { NotificationKind } from './notificationTemplates';

/**
 * Which message a change sends her, if any: the submission (received, or "sign your request" when it was
 * taken by phone or letter), a request back to her, the committee's decision, registration, delivery (with
 * the survey), an answer to her message. Moves among staff send nothing.
 * @example notificationKind('support-request', { from: 'in_committee', to: 'accepted' }) // 'accepted'
 */
export function notificationKind(
  form: FormId,
  entry: Pick<HistoryEntry, 'from' | 'to' | 'answer'>,
  options: { awaitingSignature?: boolean } = {},
): NotificationKind | null {
  if (entry.from === null) return options.awaitingSignature ? 'signature_requested' : 'received';
  if (!FORM_DEFINITIONS[form].hasDecision) return entry.answer ? 'inquiry_answered' : null;
  switch (entry.to) {
    case 'needs_information':
    case 'accepted':
    case 'rejected':
    case 'registered':
    case 'service_delivered':
      return entry.to;
    default:
      return null;
  }
}
