import { SupportRequestForm } from '@mord/react';

/** `#/apply`: the support request wizard (its own chunk: the home page never loads it). */
export default function ApplyPage() {
  return <SupportRequestForm draftKey="apply" statusHref="#/status" />;
}
