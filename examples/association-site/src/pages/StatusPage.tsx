import { RequestStatus } from '@mord/react';

/** `#/status`, and a message's status link `#/status/<reference>/<token>` (her status without the code). */
export default function StatusPage(props: { link: { reference: string; token: string } | null }) {
  return props.link ? (
    // Another message's link opened in the same tab is another request or another token.
    <RequestStatus
      key={`${props.link.reference}/${props.link.token}`}
      reference={props.link.reference}
      linkToken={props.link.token}
    />
  ) : (
    <RequestStatus />
  );
}
