/** The wizard's steps, in order. */
export const STEP_IDS = [
  'applicant',
  'contact',
  'housing',
  'household',
  'income',
  'request',
  'review',
  'declaration',
] as const;

/** A wizard step id. */
export type StepId = (typeof STEP_IDS)[number];

/** The form fields each step validates before moving on. */
export const STEP_FIELDS: Record<StepId, string[]> = {
  applicant: ['applicant'],
  contact: ['contact', 'address'],
  housing: ['housing'],
  household: ['household'],
  income: ['income'],
  request: ['request', 'attachments'],
  review: [],
  declaration: ['consents'],
};
