import {
  buildSurveyResponse,
  CHANNEL_ANSWERS,
  DEFAULT_SURVEY,
  defaultNumberingSystem,
  formatDecisionPeriod,
  formatMessage,
  GENERAL_SURVEY_TOKEN,
  getDirection,
  isStorageError,
  type Locale,
  missingAnswers,
  type NumberingSystem,
  type OptionList,
  QUESTION_SCALES,
  questionLabel,
  SUPPORT_TYPES,
  type SubmissionBackend,
  type SurveyContext,
  type SurveyDefinition,
  type SurveyQuestion,
  surveyMessages,
} from '@mord/core';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { deviceNonce } from './deviceNonce';
import { SurveyChoice } from './SurveyChoice';
import { SurveyScale } from './SurveyScale';

/** Replacement wording for the survey's texts (intro, questions, buttons…), per locale; keys missing here keep the built-in text. */
export type SurveyMessageOverrides = {
  readonly [L in Locale]?: Partial<Record<keyof (typeof surveyMessages)['en'], string>>;
};

/** Props of {@link SurveyForm}. */
export interface SurveyFormProps {
  backend: Pick<SubmissionBackend, 'submitSurveyResponse' | 'getSurvey'>;
  /** @default 'ar' */
  locale?: Locale;
  /** @default 'arab' for Arabic, 'latn' for English */
  numberingSystem?: NumberingSystem;
  /** The invitation token; `general` for the open anonymous survey. @default 'general' */
  token?: string;
  /** A definition to use instead of asking the backend. */
  definition?: SurveyDefinition;
  onSubmitted?: (result: { id: string }) => void;
  /** Called when loading the survey or sending the answers failed (a `StorageError` names why). */
  onError?: (error: Error) => void;
  /**
   * Your own wording, shown as plain text, never as markup. Define it outside the component (or memoise it).
   * @example { ar: { intro: 'رأيكِ يهمنا…' }, en: { intro: 'Your opinion matters…' } }
   */
  messages?: SurveyMessageOverrides;
}

type Phase = 'loading' | 'loadFailed' | 'ready' | 'missing' | 'used' | 'sending' | 'done' | 'failed';
type Answers = Record<string, string>;

/**
 * The satisfaction survey without react-hook-form or React Query, so that the survey-only script-tag
 * bundle stays small: the same questions, scales, texts and markup as `SatisfactionSurvey`, context-free
 * (it takes the backend and locale as props). The server validates every answer again.
 */
export function SurveyForm(props: SurveyFormProps) {
  const locale = props.locale ?? 'ar';
  const overrides = props.messages?.[locale];
  const m = useMemo(() => ({ ...surveyMessages[locale], ...overrides }), [locale, overrides]);
  const token = props.token ?? GENERAL_SURVEY_TOKEN;
  const numbering = props.numberingSystem ?? defaultNumberingSystem(locale);
  const format = (n: number) => new Intl.NumberFormat(`${locale}-u-nu-${numbering}`).format(n);
  const [definition, setDefinition] = useState<SurveyDefinition | null>(props.definition ?? null);
  const [phase, setPhase] = useState<Phase>(props.definition ? 'ready' : 'loading');
  const [answers, setAnswers] = useState<Answers>({});
  const [comment, setComment] = useState('');
  const [channel, setChannel] = useState('');
  const [serviceType, setServiceType] = useState('');
  // The association's services as the server lists them; the defaults until (or unless) it says.
  const [services, setServices] = useState<OptionList<string>>(SUPPORT_TYPES);
  // The period the committee announced for her request, in words (two weeks until the server says).
  const [decision, setDecision] = useState<SurveyContext['decision']>();
  const period = decision
    ? formatDecisionPeriod(decision.days, locale, decision.wording, numbering)
    : formatDecisionPeriod(14, locale, 'within', numbering);
  const [anonymous, setAnonymous] = useState(token === GENERAL_SURVEY_TOKEN);
  // The open survey hands out a nonce with each form; the answer sends it back (each works once).
  const nonce = useRef<string | undefined>(undefined);
  const [attempted, setAttempted] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const [loads, setLoads] = useState(0);
  const onError = useRef(props.onError);
  onError.current = props.onError;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `loads` counts her presses of "try again"
  useEffect(() => {
    if (props.definition) return;
    let live = true;
    (async () => {
      try {
        const context = props.backend.getSurvey
          ? await props.backend.getSurvey(token)
          : { token, definition: DEFAULT_SURVEY };
        if (!live) return;
        if (!context) return setPhase('missing');
        nonce.current = deviceNonce(context.nonce);
        setDefinition(context.definition);
        if (context.services?.length) setServices(context.services);
        if ('decision' in context && context.decision) setDecision(context.decision);
        setPhase('ready');
      } catch (error) {
        if (!live) return;
        const used = isStorageError(error) && error.code === 'token_used';
        setPhase(used ? 'used' : 'loadFailed');
        if (!used) onError.current?.(error as Error);
      }
    })();
    return () => {
      live = false;
    };
  }, [props.backend, props.definition, token, loads]);

  if (phase === 'loading') return <p className="mord-hint">{m['ui.loading']}</p>;
  if (phase === 'loadFailed') {
    // It never loaded: nothing of hers to keep, and trying again is one press away.
    return (
      <div
        className="mord-submit-error"
        role="alert"
        data-state="load-failed"
        lang={locale}
        dir={getDirection(locale)}
      >
        <p>{m['ui.loadFailed']}</p>
        <button
          type="button"
          className="mord-button"
          onClick={() => {
            setPhase('loading');
            setLoads(loads + 1);
          }}
        >
          {m['ui.retry']}
        </button>
      </div>
    );
  }
  if (phase === 'missing' || phase === 'used') {
    return (
      <p className={phase === 'used' ? 'mord-warning' : 'mord-error'} role="alert">
        {m[phase === 'used' ? 'ui.used' : 'ui.notFound']}
      </p>
    );
  }
  if (phase === 'done') {
    return (
      <p className="mord-success" role="status" data-state="submitted">
        {m['ui.thanks']}
      </p>
    );
  }
  if (!definition) {
    return (
      <p className="mord-error" role="alert">
        {m['ui.offline']}
      </p>
    );
  }

  const missing = missingAnswers(definition, answers);
  const set = (question: string, value: string) => setAnswers({ ...answers, [question]: value });
  const labels = (options: OptionList<string>) => options.map((o) => ({ id: o.id, label: o.label[locale] }));
  const optionalText = ` (${m['ui.optional']})`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (phase === 'sending') return;
    setAttempted(true);
    if (missing.length > 0) {
      form.current?.querySelector<HTMLInputElement>(`[data-question="${missing[0]!.id}"]`)?.focus();
      return;
    }
    const response = buildSurveyResponse(definition!, answers, {
      comment,
      ...(channel ? { channel } : {}),
      ...(serviceType ? { serviceType } : {}),
      anonymous,
    });
    setPhase('sending');
    try {
      if (token === GENERAL_SURVEY_TOKEN && !nonce.current && props.backend.getSurvey)
        nonce.current = deviceNonce((await props.backend.getSurvey(token))?.nonce);
      const result = await props.backend.submitSurveyResponse(token, {
        ...response,
        ...(nonce.current ? { nonce: nonce.current } : {}),
      });
      setPhase('done');
      props.onSubmitted?.(result);
    } catch (error) {
      const used = isStorageError(error) && error.code === 'token_used';
      setPhase(used ? 'used' : 'failed');
      if (!used) props.onError?.(error as Error);
    }
  }

  const scaleEnds = (kind: SurveyQuestion['kind']): [string, string] =>
    kind === 'nps'
      ? [m['scale.nps.min'], m['scale.nps.max']]
      : kind === 'csat'
        ? [m['scale.csat.min'], m['scale.csat.max']]
        : [m['scale.agreement.min'], m['scale.agreement.max']];

  return (
    <form
      ref={form}
      className="mord-form mord-survey"
      // Context-free: the form says its own language and direction.
      lang={locale}
      dir={getDirection(locale)}
      noValidate
      onSubmit={onSubmit}
      aria-label={m['ui.title']}
    >
      <h2 className="mord-title">{m['ui.title']}</h2>
      <p className="mord-intro">{m.intro}</p>
      {attempted && missing.length > 0 ? (
        <p className="mord-error-summary" role="alert">
          {formatMessage(m['ui.errors'], { count: format(missing.length) })}
        </p>
      ) : null}
      {definition.questions.map((question) => {
        const label = question.label
          ? question.label[locale]
          : formatMessage(
              overrides?.[`question.${question.id}` as keyof typeof m] ??
                questionLabel(question, locale, period),
              { period },
            );
        const error = attempted && missing.includes(question);
        if (question.kind in QUESTION_SCALES) {
          return (
            <SurveyScale
              key={question.id}
              question={question}
              label={label}
              value={answers[question.id] ?? ''}
              error={error}
              errorText={m['ui.required']}
              onChange={(v) => set(question.id, v)}
              format={format}
              ends={scaleEnds(question.kind)}
              optionalText={optionalText}
            />
          );
        }
        if (question.kind === 'yes_no_unknown') {
          return (
            <SurveyChoice
              key={question.id}
              label={label}
              value={answers[question.id] ?? ''}
              onChange={(v) => set(question.id, v)}
              placeholder={m['ui.choose']}
              options={[
                { id: 'yes', label: m['answer.yes'] },
                { id: 'no', label: m['answer.no'] },
                { id: 'unknown', label: m['answer.unknown'] },
              ]}
              radio={{
                name: question.id,
                question: question.id,
                required: question.required,
                error,
                errorText: m['ui.required'],
                optionalText,
              }}
            />
          );
        }
        return (
          <div key={question.id} className="mord-field" data-state={error ? 'invalid' : 'valid'}>
            <label className="mord-label" htmlFor={`${id}-${question.id}`}>
              {label}
            </label>
            <textarea
              id={`${id}-${question.id}`}
              className="mord-input"
              dir="auto"
              rows={3}
              data-question={question.id}
              value={answers[question.id] ?? ''}
              onChange={(e) => set(question.id, e.target.value)}
            />
          </div>
        );
      })}
      <div className="mord-field">
        <label className="mord-label" htmlFor={`${id}-comment`}>
          {m['question.comment']}
          <span className="mord-optional">{optionalText}</span>
        </label>
        <textarea
          id={`${id}-comment`}
          className="mord-input"
          dir="auto"
          rows={3}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {definition.askChannel ? (
        <SurveyChoice
          label={m['question.channel']}
          value={channel}
          onChange={setChannel}
          options={labels(CHANNEL_ANSWERS)}
          placeholder={m['ui.choose']}
        />
      ) : null}
      {definition.askService ? (
        <SurveyChoice
          label={m['question.service']}
          value={serviceType}
          onChange={setServiceType}
          options={labels(services)}
          placeholder={m['ui.choose']}
        />
      ) : null}
      {definition.allowAnonymous && token !== GENERAL_SURVEY_TOKEN ? (
        <div className="mord-field mord-checkbox">
          <span className="mord-option">
            <input
              id={`${id}-anonymous`}
              type="checkbox"
              checked={anonymous}
              aria-describedby={`${id}-anonymous-hint`}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            <label htmlFor={`${id}-anonymous`}>{m['question.anonymous']}</label>
          </span>
          <p id={`${id}-anonymous-hint`} className="mord-hint">
            {m['ui.anonymousHint']}
          </p>
        </div>
      ) : null}
      {phase === 'failed' ? (
        <p className="mord-submit-error" role="alert" data-state="error">
          {m['ui.offline']}
        </p>
      ) : null}
      <div className="mord-actions">
        <button type="submit" className="mord-button mord-button-primary" disabled={phase === 'sending'}>
          {phase === 'sending' ? m['ui.submitting'] : phase === 'failed' ? m['ui.retry'] : m['ui.submit']}
        </button>
      </div>
    </form>
  );
}
