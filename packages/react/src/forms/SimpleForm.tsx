import type { FormId, Receipt, StaffApi } from '@mord/core';
import { type ReactNode, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { DraftIndicator } from '../drafts/DraftIndicator';
import { useDraft } from '../drafts/useDraft';
import type { UiMessageKey } from '../i18n/uiMessages';
import { useMord } from '../provider/useMord';
import { SubmitError } from '../submit/SubmitError';
import { useSingleFlight } from '../submit/useSingleFlight';
import { useSubmit } from '../submit/useSubmit';
import { MordFormProvider } from './MordFormProvider';
import { useMordForm } from './useMordForm';

/** @internal A one-page form with drafts, idempotent submit and a thank-you message: shared by the inquiry and volunteer forms. */
export function SimpleForm<T extends FieldValues>(props: {
  formId: FormId;
  schema: z.core.$ZodType;
  defaultValues: T;
  draftKey: string;
  title: UiMessageKey;
  sent: UiMessageKey;
  onSubmitted?: ((receipt: Receipt) => void) | undefined;
  onError?: ((error: Error) => void) | undefined;
  /** Sends through the staff route (assisted intake). */
  staff?: Pick<StaffApi, 'submit'>;
  children: ReactNode;
}) {
  const { t, locale } = useMord();
  const form = useMordForm<T>(props.schema, props.defaultValues as never);
  const draft = useDraft({ form, key: props.draftKey });
  const staff = props.staff;
  const submission = useSubmit({
    form: props.formId,
    ...(staff ? { via: async (...args: Parameters<StaffApi['submit']>) => staff.submit(...args) } : {}),
    initialKey: () => draft.extras().idempotencyKey,
    onKey: (idempotencyKey) => draft.save({ idempotencyKey }),
  });
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const handleSubmit = form.handleSubmit(async (data) => {
    const result = await submission
      .mutateAsync({ data, channel: (data as unknown as { channel: never }).channel, locale })
      .catch((error: Error) => {
        props.onError?.(error);
        return null;
      });
    if (!result) return;
    await draft.clear();
    setReceipt(result);
    props.onSubmitted?.(result);
  });
  const onSubmit = useSingleFlight(handleSubmit);
  if (receipt) {
    return (
      <p className="mord-success" role="status" data-state="submitted">
        {t(props.sent, { reference: receipt.reference })}
      </p>
    );
  }
  return (
    <MordFormProvider form={form}>
      <form className="mord-form" noValidate onSubmit={onSubmit} aria-label={t(props.title)}>
        <h2 className="mord-title">{t(props.title)}</h2>
        {draft.restored ? <p className="mord-hint">{t('draft.restored')}</p> : null}
        {props.children}
        {submission.isError ? (
          <SubmitError
            error={submission.error}
            retryable={submission.retryable}
            onRetry={() => void onSubmit()}
          />
        ) : null}
        <div className="mord-actions">
          <button type="submit" className="mord-button mord-button-primary" disabled={submission.isPending}>
            {submission.isPending ? t('common.submitting') : t('common.submit')}
          </button>
        </div>
        <DraftIndicator status={draft.status} />
      </form>
    </MordFormProvider>
  );
}
