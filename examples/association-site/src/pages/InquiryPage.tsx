import { InquiryForm } from '@mord/react';

/** `#/inquiry`: a question, suggestion or complaint. */
export default function InquiryPage() {
  return <InquiryForm />;
}
