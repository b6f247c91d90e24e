import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { RequestState, Role } from './states';
import { workflowMessages } from './workflowMessages';

/**
 * The applicant-facing title and explanation of a request state.
 * @example getStatusText('in_committee', 'ar').title // 'لدى لجنة البحث'
 */
export function getStatusText(
  state: RequestState,
  locale: Locale = DEFAULT_LOCALE,
): { title: string; description: string } {
  const messages = workflowMessages[locale];
  return {
    title: messages[`state.${state}.title`],
    description: messages[`state.${state}.description`],
  };
}

/** The display name of a role. */
export function getRoleLabel(role: Role, locale: Locale = DEFAULT_LOCALE): string {
  return workflowMessages[locale][`role.${role}`];
}
