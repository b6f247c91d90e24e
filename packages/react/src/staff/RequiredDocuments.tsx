import { missingDocuments, optionLabel } from '@mord/core';
import { useStaffMessages } from '../i18n/useStaffMessages';

/**
 * Whether a support request carries the documents its services require (the association's configuration,
 * the same rule the server enforced when it came): the missing ones are flagged by name.
 */
export function RequiredDocuments(props: { data: unknown }) {
  const { t, locale, config } = useStaffMessages();
  const data = (props.data ?? {}) as {
    request?: { supportTypes?: string[] };
    attachments?: { kind: string }[];
  };
  const missing = missingDocuments(data.request?.supportTypes, data.attachments, config);
  if (missing.length === 0) {
    return (
      <p className="mord-hint" data-state="complete">
        {t('staff.documentsComplete')}
      </p>
    );
  }
  return (
    <div className="mord-banner" data-state="missing" role="note">
      <p>{t('staff.documentsMissing')}</p>
      <ul>
        {missing.map((id) => (
          <li key={id}>{optionLabel(config.documents, id, locale)}</li>
        ))}
      </ul>
    </div>
  );
}
