import {
  createSignatureRecord,
  isStorageError,
  type SigningContext,
  type SupportRequest,
  signatureProblem,
} from '@mord/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { EMPTY_SIGNATURE, SignedDeclaration } from '../declaration/SignedDeclaration';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordQueries } from '../provider/MordQueries';
import { RequestSummary } from '../review/RequestSummary';

/** Props of {@link SignRequest}. */
export interface SignRequestProps {
  /** The token of her signing link (from the link's address). */
  token: string;
}

/**
 * Her side of a request taken for her by phone or letter: through its one-time link she reads the request
 * as it was taken, and signs the declaration (drawn or typed) over exactly that data. A wrong or expired
 * link says so; a signed one says it is signed.
 * @example <SignRequest token={tokenFromUrl} />
 */
export function SignRequest(props: SignRequestProps) {
  return (
    <MordQueries>
      <SignRequestView {...props} />
    </MordQueries>
  );
}

function SignRequestView(props: SignRequestProps) {
  const { t, locale, backend } = useStaffMessages();
  const id = useId();
  const [signature, setSignature] = useState(EMPTY_SIGNATURE);
  const [showErrors, setShowErrors] = useState(false);
  const context = useQuery({
    queryKey: ['mord', 'signing', props.token],
    queryFn: async (): Promise<SigningContext | 'signed' | null> => {
      try {
        return (await backend.getSigning?.(props.token)) ?? null;
      } catch (error) {
        if (isStorageError(error) && error.code === 'token_used') return 'signed';
        throw error;
      }
    },
    retry: false,
  });
  const sign = useMutation({
    mutationFn: async (signing: SigningContext) => {
      const record = await createSignatureRecord(signature, {
        data: signing.data,
        textId: 'support-request',
        locale,
        decisionDays: signing.decisionDays,
        decisionWording: signing.decisionWording,
      });
      return backend.submitSignature!(props.token, record);
    },
  });
  const data = typeof context.data === 'object' && context.data ? context.data : null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!data) return;
    setShowErrors(true);
    if (!signatureProblem(signature, (data.data as SupportRequest).applicant)) sign.mutate(data);
  }

  let body: ReactNode;
  if (context.isPending) body = <p className="mord-hint">{t('common.loading')}</p>;
  else if (sign.data)
    body = (
      <p className="mord-success" role="status">
        {t('sign.done', { reference: sign.data.reference })}
      </p>
    );
  else if (context.data === 'signed') body = <p role="status">{t('sign.already')}</p>;
  else if (!data)
    body = (
      <p className="mord-error" role="alert">
        {t('sign.invalid')}
      </p>
    );
  else
    body = (
      <form onSubmit={submit} noValidate>
        <p>{t('sign.intro')}</p>
        <RequestSummary data={data.data} sectionTitle={(section) => t(`wizard.step.${section}`)} />
        <SignedDeclaration
          value={signature}
          onChange={setSignature}
          applicantName={(data.data as SupportRequest).applicant}
          showErrors={showErrors}
          decisionDays={data.decisionDays}
        />
        {sign.isError ? (
          <p className="mord-error" role="alert">
            {isStorageError(sign.error) && sign.error.code === 'token_used'
              ? t('sign.already')
              : isStorageError(sign.error) && sign.error.issues.length
                ? sign.error.issues.map((issue) => issue.message).join(' ')
                : t('sign.failed')}
          </p>
        ) : null}
        <div className="mord-actions">
          <button type="submit" className="mord-button mord-button-primary" disabled={sign.isPending}>
            {t('sign.submit')}
          </button>
        </div>
      </form>
    );
  return (
    <section className="mord-form mord-sign" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mord-title">
        {t('sign.title')}
      </h2>
      {body}
    </section>
  );
}
