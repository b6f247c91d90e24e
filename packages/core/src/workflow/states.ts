/** Every state of a beneficiary request, from submission to closure (the policy's steps 2–7). */
export const REQUEST_STATES = [
  'submitted',
  'verifying',
  'needs_information',
  'with_social_researcher',
  'in_committee',
  'accepted',
  'rejected',
  'registered',
  'service_delivered',
  'closed',
  'withdrawn',
] as const;

/** A request state. */
export type RequestState = (typeof REQUEST_STATES)[number];

/** Who acts on a request. */
export const ROLES = ['applicant', 'relations_officer', 'social_researcher', 'committee', 'admin'] as const;

/** An actor's role. */
export type Role = (typeof ROLES)[number];

/** States before the committee's decision, from which the applicant may withdraw. */
export const PRE_DECISION_STATES: readonly RequestState[] = [
  'submitted',
  'verifying',
  'needs_information',
  'with_social_researcher',
  'in_committee',
];

/** States in which nothing more happens. */
export const FINAL_STATES: readonly RequestState[] = ['rejected', 'closed', 'withdrawn'];
