import { VolunteerForm } from '@mord/react';

/** `#/volunteer`: the volunteering application. */
export default function VolunteerPage() {
  return <VolunteerForm />;
}
