import { SignRequest } from '@mord/react';

/** `#/sign/<token>`: she signs a request taken for her by phone or letter. */
export default function SignPage(props: { token: string }) {
  return <SignRequest token={props.token} />;
}
