import {
  CHANNELS,
  createSurveyResponseSchema,
  DEFAULT_SURVEY,
  isStorageError,
  questionLabel,
  SUPPORT_TYPES,
  type SurveyDefinition,
  surveyDefinitionSchema,
  surveyMessages,
  validate,
} from '@mord/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CheckboxField, RadioGroupField, SelectField } from '../fields/choiceFields';
import { NpsField, RatingField } from '../fields/RatingField';
import { TextField } from '../fields/TextField';
import { MordFormProvider } from '../forms/MordFormProvider';
import { useMordForm } from '../forms/useMordForm';
import { useMord } from '../provider/useMord';
import { SubmitError } from '../submit/SubmitError';

/** Props of {@link SatisfactionSurvey}. */
export interface SatisfactionSurveyProps {
  /** The one-time token from the invitation link; `general` for the open anonymous survey. @default 'general' */
  token?: string;
  /** A survey definition to use instead of the backend's (validated). */
  definition?: SurveyDefinition;
  onSubmitted?: (result: { id: string }) => void;
}

function SurveyQuestions(props: {
  definition: SurveyDefinition;
  token: string;
  onSubmitted?: (r: { id: string }) => void;
}) {
  const { t, locale, backend } = useMord();
  const { definition } = props;
  const schema = useMemo(() => createSurveyResponseSchema(definition), [definition]);
  const answers = Object.fromEntries(definition.questions.map((q) => [q.id, '']));
  const form = useMordForm(schema, {
    answers,
    comment: '',
    channel: '',
    serviceType: '',
    anonymous: props.token === 'general',
  } as never);
  const send = useMutation({
    mutationFn: (response: unknown) => Promise.resolve(backend.submitSurveyResponse(props.token, response)),
  });
  const messages = surveyMessages[locale];
  const onSubmit = form.handleSubmit(async (response) => {
    const result = await send.mutateAsync(response).catch(() => null);
    if (result) props.onSubmitted?.(result);
  });

  if (send.isSuccess) {
    return (
      <p className="mord-success" role="status" data-state="submitted">
        {t('survey.thanks')}
      </p>
    );
  }
  const code = send.error && isStorageError(send.error) ? send.error.code : null;
  return (
    <MordFormProvider form={form}>
      <form className="mord-form mord-survey" noValidate onSubmit={onSubmit} aria-label={t('survey.title')}>
        <h2 className="mord-title">{t('survey.title')}</h2>
        <p className="mord-intro">{messages.intro}</p>
        {definition.questions.map((question) => {
          const name = `answers.${question.id}`;
          const label = questionLabel(question, locale);
          const required = question.required;
          switch (question.kind) {
            case 'nps':
              return (
                <NpsField
                  key={question.id}
                  name={name}
                  label={label}
                  required={required}
                  minLabel={messages['scale.nps.min']}
                  maxLabel={messages['scale.nps.max']}
                />
              );
            case 'csat':
              return (
                <RatingField
                  key={question.id}
                  name={name}
                  label={label}
                  required={required}
                  minLabel={messages['scale.csat.min']}
                  maxLabel={messages['scale.csat.max']}
                />
              );
            case 'ces':
              return (
                <RatingField
                  key={question.id}
                  name={name}
                  label={label}
                  required={required}
                  max={7}
                  minLabel={messages['scale.agreement.min']}
                  maxLabel={messages['scale.agreement.max']}
                />
              );
            case 'agreement':
              return (
                <RatingField
                  key={question.id}
                  name={name}
                  label={label}
                  required={required}
                  minLabel={messages['scale.agreement.min']}
                  maxLabel={messages['scale.agreement.max']}
                />
              );
            case 'yes_no_unknown':
              return (
                <RadioGroupField
                  key={question.id}
                  name={name}
                  label={label}
                  required={required}
                  options={[
                    { id: 'yes', label: messages['answer.yes'] },
                    { id: 'no', label: messages['answer.no'] },
                    { id: 'unknown', label: messages['answer.unknown'] },
                  ]}
                />
              );
            default:
              return <TextField key={question.id} name={name} label={label} required={required} rows={3} />;
          }
        })}
        <TextField name="comment" label={messages['question.comment']} rows={3} maxLength={1000} />
        {definition.askChannel ? (
          <SelectField name="channel" label={messages['question.channel']} options={CHANNELS} />
        ) : null}
        {definition.askService ? (
          <SelectField name="serviceType" label={messages['question.service']} options={SUPPORT_TYPES} />
        ) : null}
        {definition.allowAnonymous && props.token !== 'general' ? (
          <CheckboxField
            name="anonymous"
            label={messages['question.anonymous']}
            hint={t('survey.anonymousHint')}
          />
        ) : null}
        {code === 'token_used' ? (
          <p className="mord-warning" role="alert">
            {t('survey.used')}
          </p>
        ) : code === 'not_found' ? (
          <p className="mord-error" role="alert">
            {t('survey.notFound')}
          </p>
        ) : send.isError ? (
          <SubmitError
            error={send.error}
            retryable={!isStorageError(send.error) || send.error.retryable}
            onRetry={() => void onSubmit()}
          />
        ) : null}
        <div className="mord-actions">
          <button
            type="submit"
            className="mord-button mord-button-primary"
            disabled={send.isPending || code === 'token_used'}
          >
            {send.isPending ? t('common.submitting') : t('common.submit')}
          </button>
        </div>
      </form>
    </MordFormProvider>
  );
}

/**
 * The satisfaction survey sent after service delivery (or the open general survey): CSAT, CES, the
 * policy's service dimensions, NPS, a comment, the channel and the service, with optional anonymity. Its
 * introduction says that evaluating is her right and is used to improve the service, never to punish.
 */
export function SatisfactionSurvey(props: SatisfactionSurveyProps) {
  const { t, backend } = useMord();
  const token = props.token ?? 'general';
  const context = useQuery({
    queryKey: ['mord', 'survey', token],
    queryFn: async () =>
      backend.getSurvey ? await backend.getSurvey(token) : { token, definition: DEFAULT_SURVEY },
    enabled: !props.definition,
    retry: (count, error) => !(isStorageError(error) && !error.retryable) && count < 2,
  });
  const given = props.definition ? validate(surveyDefinitionSchema, props.definition) : null;
  if (given && !given.success)
    throw new Error(`Invalid survey definition: ${given.issues.map((i) => i.path).join(', ')}`);
  const definition = given?.success ? given.data : context.data?.definition;
  if (!definition) {
    if (context.isPending) return <p className="mord-hint">{t('common.loading')}</p>;
    const used = context.error && isStorageError(context.error) && context.error.code === 'token_used';
    return (
      <p className={used ? 'mord-warning' : 'mord-error'} role="alert">
        {t(used ? 'survey.used' : context.data === null ? 'survey.notFound' : 'submit.offline')}
      </p>
    );
  }
  return <SurveyQuestions definition={definition} token={token} onSubmitted={props.onSubmitted} />;
}
