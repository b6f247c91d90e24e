/** The forms a backend receives. */
export const FORM_IDS = ['support-request', 'inquiry', 'volunteer'] as const;

/** A form id. */
export type FormId = (typeof FORM_IDS)[number];

/** Whether a value names a form this library knows. */
export function isFormId(value: unknown): value is FormId {
  return typeof value === 'string' && (FORM_IDS as readonly string[]).includes(value);
}
