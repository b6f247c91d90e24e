import type { Locale } from '../i18n/locale';
import { validationMessage } from '../validation/createErrorMap';
import { type AssociationConfig, DEFAULT_ASSOCIATION_CONFIG } from './associationConfig';

type Services = Pick<AssociationConfig, 'services'>;

/** Whether a request for these services needs her IBAN: any of them is cash support. */
export function requiresIban(
  supportTypes: readonly unknown[] | undefined,
  config: Services = DEFAULT_ASSOCIATION_CONFIG,
): boolean {
  return (supportTypes ?? []).some((id) =>
    config.services.some((service) => service.id === id && service.cash),
  );
}

/** The doc types a request for these services must attach, each once, in the configuration's order. */
export function requiredDocuments(
  supportTypes: readonly unknown[] | undefined,
  config: Pick<AssociationConfig, 'services' | 'documents'> = DEFAULT_ASSOCIATION_CONFIG,
): string[] {
  const chosen = config.services.filter((service) => (supportTypes ?? []).includes(service.id));
  const needed = new Set(chosen.flatMap((service) => service.documents ?? []));
  return config.documents.map((doc) => doc.id).filter((id) => needed.has(id));
}

/**
 * The required doc types a request does not attach, for the services it asks for: what the wizard
 * asks her for and what the server refuses a submission without.
 * @example missingDocuments(['financial'], [{ kind: 'id_copy' }]) // ['family_card', 'iban_certificate']
 */
export function missingDocuments(
  supportTypes: readonly unknown[] | undefined,
  attachments: readonly { kind?: unknown }[] | undefined,
  config: Pick<AssociationConfig, 'services' | 'documents'> = DEFAULT_ASSOCIATION_CONFIG,
): string[] {
  const attached = new Set((attachments ?? []).map((attachment) => attachment?.kind));
  return requiredDocuments(supportTypes, config).filter((id) => !attached.has(id));
}

/**
 * What she is told when documents are missing, naming each in her language: the same words in the
 * wizard and in the server's refusal.
 * @example missingDocumentsMessage(['id_copy'], config, 'en') // 'Attach these documents for the support you chose: Copy of valid ID or Iqama.'
 */
export function missingDocumentsMessage(
  missing: readonly string[],
  config: Pick<AssociationConfig, 'documents'> = DEFAULT_ASSOCIATION_CONFIG,
  locale: Locale = 'ar',
): string {
  const names = missing.map((id) => config.documents.find((doc) => doc.id === id)?.label[locale] ?? id);
  const documents = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return validationMessage('documents.missing', locale, { documents });
}
