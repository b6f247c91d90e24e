import type { FormId, Receipt, StaffApi } from '@mord/core';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { DraftIndicator } from '../drafts/DraftIndicator';
import { useDraft } from '../drafts/useDraft';
import type { UiMessageKey } from '../i18n/uiMessages';
import { useMessages } from '../i18n/useMessages';
import { BDI_MARK, withBdi } from '../i18n/withBdi';
import { SubmissionStatus } from '../submit/SubmissionStatus';
import { useSingleFlight } from '../submit/useSingleFlight';
import { useSubmissionFlow } from '../submit/useSubmissionFlow';
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
  const { t, locale } = useMessages();
  const form = useMordForm<T>(props.schema, props.defaultValues as never);
  const draft = useDraft({ form, key: props.draftKey });
  const flow = useSubmissionFlow({
    form: props.formId,
    draft,
    staff: props.staff,
    onSubmitted: props.onSubmitted,
    onError: props.onError,
    fields: form as never,
  });
  const handleSubmit = form.handleSubmit(async (data) => {
    await flow.submit({ data, channel: (data as unknown as { channel: never }).channel, locale });
  });
  const onSubmit = useSingleFlight(handleSubmit);
  if (flow.receipt) {
    return (
      <p className="mord-success" role="status" data-state="submitted">
        {withBdi(t(props.sent, { reference: BDI_MARK }), flow.receipt.reference)}
      </p>
    );
  }
  return (
    <MordFormProvider form={form}>
      <form className="mord-form" noValidate onSubmit={onSubmit} aria-label={t(props.title)}>
        <h2 className="mord-title">{t(props.title)}</h2>
        {draft.restored ? <p className="mord-hint">{t('draft.restored')}</p> : null}
        {props.children}
        <SubmissionStatus flow={flow} />
        <div className="mord-actions">
          <button
            type="submit"
            className="mord-button mord-button-primary"
            disabled={flow.state === 'sending'}
            aria-busy={flow.state === 'sending' || undefined}
          >
            {flow.state === 'sending' ? t('common.submitting') : t('common.submit')}
          </button>
        </div>
        <DraftIndicator status={draft.status} />
      </form>
    </MordFormProvider>
  );
}
