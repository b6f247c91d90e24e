import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { RequestState, Role } from './states';
import { workflowMessages } from './workflowMessages';

/**
 * The applicant-facing title and explanation of a request state, and how a past step of its history reads
 * («التحقق من البيانات», where the title says «جارٍ التحقق من البيانات»).
 * @example getStatusText('in_committee', 'ar').title // 'لدى لجنة البحث'
 */
export function getStatusText(
  state: RequestState,
  locale: Locale = DEFAULT_LOCALE,
): { title: string; description: string; history: string } {
  const messages = workflowMessages[locale];
  const title = messages[`state.${state}.title`];
  return {
    title,
    description: messages[`state.${state}.description`],
    history: (messages as Readonly<Record<string, string>>)[`state.${state}.history`] ?? title,
  };
}

/** The display name of a role. */
export function getRoleLabel(role: Role, locale: Locale = DEFAULT_LOCALE): string {
  return workflowMessages[locale][`role.${role}`];
}
