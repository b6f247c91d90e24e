import { type SurveyDefinition, surveyDefinitionSchema, validate } from '@mord/core';
import { useMemo } from 'react';
import { useMord } from '../provider/useMord';
import { SurveyForm, type SurveyMessageOverrides } from './SurveyForm';

/** Props of {@link SatisfactionSurvey}. */
export interface SatisfactionSurveyProps {
  /** The one-time token from the invitation link; `general` for the open anonymous survey. @default 'general' */
  token?: string;
  /** A survey definition to use instead of the backend's (validated). */
  definition?: SurveyDefinition;
  onSubmitted?: (result: { id: string }) => void;
  /** Your own wording for the survey's texts, per locale; shown as plain text. */
  messages?: SurveyMessageOverrides;
}

/**
 * The satisfaction survey sent after service delivery (or the open general survey): CSAT, CES, the
 * policy's service dimensions, NPS, a comment, the channel and the service, with optional anonymity. Its
 * introduction says that evaluating is her right and is used to improve the service, never to punish.
 * A given definition is validated first. Built on `SurveyForm`, which needs no form or query library.
 */
export function SatisfactionSurvey(props: SatisfactionSurveyProps) {
  const { backend, locale, numberingSystem } = useMord();
  const definition = useMemo(() => {
    if (!props.definition) return undefined;
    const checked = validate(surveyDefinitionSchema, props.definition);
    if (!checked.success)
      throw new Error(`Invalid survey definition: ${checked.issues.map((i) => i.path).join(', ')}`);
    return checked.data;
  }, [props.definition]);
  return (
    <SurveyForm
      backend={backend}
      locale={locale}
      numberingSystem={numberingSystem}
      {...(props.token ? { token: props.token } : {})}
      {...(definition ? { definition } : {})}
      {...(props.onSubmitted ? { onSubmitted: props.onSubmitted } : {})}
      {...(props.messages ? { messages: props.messages } : {})}
    />
  );
}
