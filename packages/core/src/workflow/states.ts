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

/** The role names a staff key can carry. */
export type StaffRole = Exclude<Role, 'applicant'>;

/** The roles a staff key can carry: everyone who acts on a request but the applicant herself. */
export const STAFF_ROLES: readonly StaffRole[] = ROLES.filter(
  (role): role is StaffRole => role !== 'applicant',
);

/** Whether a value is a staff role (a key's role read from a file or a request). */
export function isStaffRole(value: unknown): value is StaffRole {
  return (STAFF_ROLES as readonly unknown[]).includes(value);
}

/** States before the committee's decision, from which the applicant may withdraw. */
export const PRE_DECISION_STATES: readonly RequestState[] = [
  'submitted',
  'verifying',
  'needs_information',
  'with_social_researcher',
  'in_committee',
];

/** States in which every relations officer reads a support request: it is being taken in and checked. */
export const INTAKE_STATES: readonly RequestState[] = ['submitted', 'verifying', 'needs_information'];

/** States in which nothing more happens. */
export const FINAL_STATES: readonly RequestState[] = ['rejected', 'closed', 'withdrawn'];
