import {
  type Channel,
  canonicalJson,
  createSignatureRecord,
  createSupportRequestSchema,
  type DeclarationRecord,
  type FourPartName,
  missingDocuments,
  missingDocumentsMessage,
  type Receipt,
  requiresSensitiveConsent,
  type StaffApi,
  type SupportRequest,
  type SupportRequestInput,
  signatureProblem,
  signsInPerson,
} from '@mord/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, get } from 'react-hook-form';
import { EMPTY_SIGNATURE, SignedDeclaration } from '../declaration/SignedDeclaration';
import { StaffAttestation } from '../declaration/StaffAttestation';
import { DraftIndicator } from '../drafts/DraftIndicator';
import { useDraft } from '../drafts/useDraft';
import { AutofillContext } from '../fields/AutofillContext';
import { CheckboxField } from '../fields/choiceFields';
import { HouseholdMembersField } from '../fields/HouseholdMembersField';
import { MordFormProvider } from '../forms/MordFormProvider';
import { useMordForm } from '../forms/useMordForm';
import { useMessages } from '../i18n/useMessages';
import { Confirmation } from '../status/Confirmation';
import { SubmissionStatus } from '../submit/SubmissionStatus';
import { useSingleFlight } from '../submit/useSingleFlight';
import { useSubmissionFlow } from '../submit/useSubmissionFlow';
import { VerificationChecklist } from '../verification/VerificationChecklist';
import { emptySupportRequest, type SupportRequestValues } from './emptySupportRequest';
import { STEP_FIELDS, STEP_IDS, type StepId } from './steps';
import { ApplicantStep } from './steps/ApplicantStep';
import { ContactStep } from './steps/ContactStep';
import { HousingStep } from './steps/HousingStep';
import { IncomeStep } from './steps/IncomeStep';
import { RequestStep } from './steps/RequestStep';
import { ReviewStep } from './steps/ReviewStep';
import { When } from './When';

/** Props of {@link SupportRequestForm}. */
export interface SupportRequestFormProps {
  /** `self` for the beneficiary herself; `assisted` when staff fill it for her. @default 'self' */
  mode?: 'self' | 'assisted';
  /**
   * The signed-in staff member in assisted mode (from `backend.staff({ key })`): the request is sent
   * through the staff route, which records who took it from the key.
   */
  staff?: Pick<StaffApi, 'actor' | 'submit'>;
  /** The channel the request came through. @default 'website' (self) */
  channel?: Channel;
  /** Start at this step (stories, deep links). @default 'applicant' */
  initialStep?: StepId;
  /**
   * Values to start from instead of a blank form: the form's own values, or anything the schema accepts
   * (numbers or strings in any digits), such as `exampleSupportRequest()` from `@mord/core`.
   */
  defaultValues?: SupportRequestValues | SupportRequestInput;
  /** Key of the draft in the draft store; namespace it per embed. @default 'support-request' */
  draftKey?: string;
  /** Where the confirmation's "check my request" link points. */
  statusHref?: string;
  onSubmitted?: (receipt: Receipt) => void;
  /** Called when sending fails (the data stays in the form; `queued` errors will be delivered later). */
  onError?: (error: Error) => void;
}

function firstErrorPath(errors: FieldErrors, prefix = ''): string | null {
  for (const [key, value] of Object.entries(errors)) {
    if (!value) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') return path;
    const nested = firstErrorPath(value as FieldErrors, path);
    if (nested) return nested;
  }
  return null;
}

/**
 * The beneficiary support request (طلب دعم مستفيد) as a step-by-step wizard: applicant, contact and
 * address, housing, household, income, request and documents, review, and the signed declaration.
 * Drafts are autosaved and restored; the submission is idempotent; assisted mode records the channel, the
 * staff member and a document checklist.
 * @example <MordProvider backend={backend} draftStore={drafts}><SupportRequestForm onSubmitted={(r) => …} /></MordProvider>
 */
export function SupportRequestForm(props: SupportRequestFormProps) {
  const { t, locale, decisionDays, config } = useMessages();
  const assisted = props.mode === 'assisted';
  // Built from the association's configuration: a service or document type it adds is accepted as it is served.
  const schema = useMemo(() => createSupportRequestSchema(config), [config]);
  const form = useMordForm<SupportRequestValues>(
    schema,
    // Inputs show numbers as text; the schema reads both.
    (props.defaultValues as SupportRequestValues | undefined) ??
      emptySupportRequest(props.channel ?? (assisted ? 'branch_representative' : 'website')),
  );
  const [step, setStep] = useState(Math.max(0, STEP_IDS.indexOf(props.initialStep ?? 'applicant')));
  const [signature, setSignature] = useState(EMPTY_SIGNATURE);
  const [signatureErrors, setSignatureErrors] = useState(false);
  const [checklist, setChecklist] = useState<Record<string, boolean>>({});
  const [attested, setAttested] = useState(false);
  const [attempted, setAttempted] = useState<'step' | 'all' | null>(null);
  const signed = useRef<{ inputs: string; record: DeclarationRecord } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const draft = useDraft({
    form,
    key: props.draftKey ?? 'support-request',
    onRestore: (extras) => {
      if (extras.step !== undefined && extras.step >= 0 && extras.step < STEP_IDS.length)
        setStep(extras.step);
    },
  });
  // Sent, retried, or delivered later from an offline queue: one flow confirms it, clears the draft, calls back.
  const flow = useSubmissionFlow({
    form: 'support-request',
    draft,
    staff: assisted ? props.staff : undefined,
    onSubmitted: props.onSubmitted,
    onError: props.onError,
    fields: form as never,
    onIssues: () => showInvalid(form.formState.errors),
  });
  const id = STEP_IDS[step]!;
  const title = (s: StepId) => t(`wizard.step.${s}`);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every step change by design
  useEffect(() => {
    // Move focus to the new step's heading so keyboard and screen-reader users start at its top.
    if (moved.current) heading.current?.focus();
  }, [step]);

  function goTo(index: number) {
    moved.current = true;
    setStep(index);
    void draft.save({ step: index });
  }

  /** Flags the documents the chosen services require and she has not attached (the server's rule). */
  function documentsMissing(): boolean {
    const values = form.getValues() as unknown as SupportRequest;
    const missing = missingDocuments(values.request?.supportTypes, values.attachments, config);
    if (missing.length)
      form.setError('attachments' as never, { message: missingDocumentsMessage(missing, config, locale) });
    return missing.length > 0;
  }

  async function next() {
    const fields = STEP_FIELDS[id];
    const valid =
      (fields.length === 0 || (await form.trigger(fields as never, { shouldFocus: true }))) &&
      !(id === 'request' && documentsMissing());
    setAttempted(valid ? null : 'step');
    if (valid) goTo(step + 1);
  }

  function showInvalid(errors: FieldErrors) {
    const path = firstErrorPath(errors);
    const target = path
      ? STEP_IDS.findIndex((s) => STEP_FIELDS[s].some((f) => path === f || path.startsWith(`${f}.`)))
      : -1;
    setAttempted('all');
    if (target >= 0 && target !== step) goTo(target);
    if (path) setTimeout(() => form.setFocus(path as never), 0);
  }

  const handleSubmit = form.handleSubmit(async (values) => {
    if (documentsMissing()) return showInvalid(form.formState.errors);
    const data = values as unknown as SupportRequest;
    if (assisted && props.staff && !signsInPerson(data.request.channel)) {
      // She is not here to sign: the staff member attests, and the request waits for her signature.
      if (!attested) {
        setSignatureErrors(true);
        return;
      }
      await flow.submit({
        data,
        channel: data.request.channel,
        locale,
        assisted: { checklist, attest: true },
      });
      return;
    }
    if (signatureProblem(signature, (values as unknown as SupportRequest).applicant)) {
      setSignatureErrors(true);
      return;
    }
    // Re-sending the same data and signature must give the same body (and so the same idempotency key).
    const inputs = canonicalJson({ data, signature, locale });
    if (signed.current?.inputs !== inputs) {
      signed.current = {
        inputs,
        record: await createSignatureRecord(signature, {
          data,
          textId: 'support-request',
          locale,
          decisionDays,
          decisionWording: config.decision.wording,
        }),
      };
    }
    await flow.submit({
      data,
      declaration: signed.current.record,
      channel: data.request.channel,
      locale,
      ...(assisted && props.staff ? { assisted: { checklist } } : {}),
    });
  }, showInvalid);
  const onSubmit = useSingleFlight(handleSubmit);

  if (flow.receipt) return <Confirmation receipt={flow.receipt} statusHref={props.statusHref} />;

  const applicantName = form.getValues('applicant') as unknown as FourPartName;
  // Read when the step renders (the channel was chosen on an earlier step): no subscription to keystrokes.
  const remote = assisted && !signsInPerson((form.getValues('request') as SupportRequest['request']).channel);
  // Reading errors here subscribes the wizard to error changes (after blur or submit), never to keystrokes.
  const errors = form.formState.errors;
  const invalidCount = attempted
    ? countErrors(errors, attempted === 'step' ? STEP_FIELDS[id] : undefined)
    : 0;
  return (
    <MordFormProvider form={form}>
      <AutofillContext.Provider value={!assisted}>
        <form
          className="mord-form mord-wizard"
          noValidate
          onSubmit={onSubmit}
          data-step={id}
          aria-labelledby="mord-wizard-title"
        >
          <h2 id="mord-wizard-title" className="mord-title">
            {t('wizard.title')}
          </h2>
          {assisted && props.staff ? (
            <p className="mord-banner">{t('assisted.banner', { name: props.staff.actor.name })}</p>
          ) : null}
          {draft.restored ? <p className="mord-hint">{t('draft.restored')}</p> : null}
          <ol
            className="mord-progress"
            aria-label={t('wizard.progress', { current: step + 1, total: STEP_IDS.length, title: title(id) })}
          >
            {STEP_IDS.map((s, index) => (
              <li
                key={s}
                aria-current={index === step ? 'step' : undefined}
                data-state={index < step ? 'done' : index === step ? 'current' : 'todo'}
              >
                <span className="mord-visually-hidden">{title(s)}</span>
              </li>
            ))}
          </ol>
          <h3 ref={heading} tabIndex={-1} className="mord-step-title">
            {t('wizard.progress', { current: step + 1, total: STEP_IDS.length, title: title(id) })}
          </h3>
          {invalidCount > 0 ? (
            <p className="mord-error-summary" role="alert">
              {t('common.errorsFound', { count: invalidCount })}
            </p>
          ) : null}
          <div className="mord-step">
            {id === 'applicant' ? <ApplicantStep /> : null}
            {id === 'contact' ? <ContactStep /> : null}
            {id === 'housing' ? <HousingStep /> : null}
            {id === 'household' ? <HouseholdMembersField /> : null}
            {id === 'income' ? <IncomeStep /> : null}
            {id === 'request' ? <RequestStep assisted={assisted} /> : null}
            {id === 'review' ? (
              <ReviewStep onEdit={(s) => goTo(STEP_IDS.indexOf(s))} stepTitle={title} />
            ) : null}
            {id === 'declaration' ? (
              <>
                {/* Taken by phone or letter, staff record what she said: her consents, in her words, as she gave them. */}
                {remote ? <p className="mord-hint">{t('field.consents.told')}</p> : null}
                <CheckboxField name="consents.processing" label={t('field.consents.processing')} required />
                <CheckboxField
                  name="consents.verification"
                  label={t('field.consents.verification')}
                  required
                />
                <CheckboxField
                  name="consents.privacyNotice"
                  label={t('field.consents.privacyNotice')}
                  required
                />
                <When name="household" is={requiresSensitiveConsent}>
                  <CheckboxField
                    name="consents.sensitiveData"
                    label={t('field.consents.sensitiveData')}
                    required
                  />
                </When>
                {assisted ? (
                  <VerificationChecklist
                    legend={t('assisted.checklist')}
                    value={checklist}
                    onChange={setChecklist}
                  />
                ) : null}
                {remote && props.staff ? (
                  <StaffAttestation
                    checked={attested}
                    onChange={setAttested}
                    staffName={props.staff.actor.name}
                    showError={signatureErrors}
                  />
                ) : (
                  <SignedDeclaration
                    value={signature}
                    onChange={setSignature}
                    applicantName={applicantName}
                    showErrors={signatureErrors}
                  />
                )}
              </>
            ) : null}
          </div>
          <SubmissionStatus flow={flow} />
          <div className="mord-actions">
            {step > 0 ? (
              <button type="button" className="mord-button mord-button-quiet" onClick={() => goTo(step - 1)}>
                {t('common.back')}
              </button>
            ) : null}
            {id === 'declaration' ? (
              <button
                // Distinct keys: reusing the "Next" button as the submit button would let the click that
                // opens the last step also submit the form.
                key="submit"
                type="submit"
                className="mord-button mord-button-primary"
                disabled={flow.state === 'sending'}
                aria-busy={flow.state === 'sending' || undefined}
              >
                {flow.state === 'sending' ? t('common.submitting') : t('common.submit')}
              </button>
            ) : (
              <button
                key="next"
                type="button"
                className="mord-button mord-button-primary"
                onClick={() => void next()}
              >
                {t('common.next')}
              </button>
            )}
          </div>
          <DraftIndicator status={draft.status} />
        </form>
      </AutofillContext.Provider>
    </MordFormProvider>
  );
}

function countErrors(errors: FieldErrors, within?: string[]): number {
  let count = 0;
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (typeof (node as { message?: unknown }).message === 'string') {
      count += 1;
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  if (within) for (const field of within) walk(get(errors, field));
  else walk(errors);
  return count;
}
