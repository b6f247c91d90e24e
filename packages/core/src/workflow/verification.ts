import type { AssociationConfig } from '../config/associationConfig';
import { FORM_DEFINITIONS } from '../forms/formDefinitions';
import type { FormId } from '../forms/formIds';

/** Most items one "what is missing" list may name. */
export const MAX_MISSING_ITEMS = 50;

/**
 * The checklist items that keep a request from going to the committee: those not ticked, when the
 * association requires the checklist complete first (`verification.completeBeforeCommittee`, on by default)
 * and the form has a committee decision at all. Empty: it may go.
 * @example checklistBlocking(config, { form: 'support-request', checklist: { identity: true } }) // ['family', 'income', …]
 */
export function checklistBlocking(
  config: Pick<AssociationConfig, 'checklist' | 'verification'>,
  request: { form: FormId; checklist: Readonly<Record<string, boolean>> },
): string[] {
  if (config.verification?.completeBeforeCommittee === false) return [];
  if (!FORM_DEFINITIONS[request.form].hasDecision) return [];
  return config.checklist.map((item) => item.id).filter((id) => request.checklist[id] !== true);
}

/**
 * The ids a "what is missing" list may name when a request goes back to her: the configured documents
 * and checklist items.
 */
export function missingItemIds(config: Pick<AssociationConfig, 'documents' | 'checklist'>): string[] {
  return [...config.documents.map((doc) => doc.id), ...config.checklist.map((item) => item.id)];
}

/**
 * Reads the list of what is missing sent with a request going back to her: one to fifty distinct
 * configured ids; null when it is not such a list.
 */
export function parseMissingItems(
  config: Pick<AssociationConfig, 'documents' | 'checklist'>,
  value: unknown,
): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_MISSING_ITEMS) return null;
  const known = new Set(missingItemIds(config));
  if (!value.every((id) => typeof id === 'string' && known.has(id))) return null;
  return [...new Set(value as string[])];
}
