import type { FormId } from './contracts';

/** The name staff see in the queue: the applicant's four-part name, or the sender's name. */
export function displayName(form: FormId, data: unknown): string {
  const d = data as { applicant?: Record<string, string>; name?: string } | null;
  if (form === 'support-request' && d?.applicant) {
    const { firstName, fatherName, grandfatherName, familyName } = d.applicant;
    return [firstName, fatherName, grandfatherName, familyName].filter(Boolean).join(' ');
  }
  return typeof d?.name === 'string' ? d.name : '';
}
