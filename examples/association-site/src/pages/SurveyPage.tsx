import { SatisfactionSurvey } from '@mord/react';

/** `#/survey/<token>`: her survey after the service. */
export default function SurveyPage(props: { token: string }) {
  return <SatisfactionSurvey token={props.token} />;
}
