import {
  CHANNEL_ANSWERS,
  CONTACT_METHODS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  GENDERS,
  HOUSING_OWNERSHIPS,
  HOUSING_TYPES,
  ID_TYPES,
  INCOME_SOURCES,
  MARITAL_STATUSES,
  MEMBER_STATUSES,
  normalizeDigits,
  type OptionList,
  optionLabel,
  type PublicAssociationConfig,
  REGIONS,
  RELATIONS,
  SOCIAL_SECURITY_STATUSES,
} from '@mord/core';
import { type ReactNode, useId } from 'react';
import { get } from 'react-hook-form';
import type { UiMessageKey } from '../i18n/uiMessages';
import { useMessages } from '../i18n/useMessages';
import { useValueText } from './useValueText';

type Row = [UiMessageKey, string, OptionList<string>?];

/** The review's sections; the services come from the association's configuration. */
const sections = (config: PublicAssociationConfig): { step: SummarySection; rows: Row[] }[] => [
  {
    step: 'applicant',
    rows: [
      ['field.firstName', 'applicant.firstName'],
      ['field.fatherName', 'applicant.fatherName'],
      ['field.grandfatherName', 'applicant.grandfatherName'],
      ['field.familyName', 'applicant.familyName'],
      ['field.idType', 'applicant.idType', ID_TYPES],
      ['field.idNumber', 'applicant.idNumber'],
      ['field.dateOfBirth', 'applicant.dateOfBirth'],
      ['field.maritalStatus', 'applicant.maritalStatus', MARITAL_STATUSES],
      ['field.education', 'applicant.education', EDUCATION_LEVELS],
      ['field.employment', 'applicant.employment', EMPLOYMENT_STATUSES],
    ],
  },
  {
    step: 'contact',
    rows: [
      ['field.mobile', 'contact.mobile'],
      ['field.alternateMobile', 'contact.alternateMobile'],
      ['field.email', 'contact.email'],
      ['field.preferredContact', 'contact.preferredContact', CONTACT_METHODS],
      ['field.region', 'address.region', REGIONS],
      ['field.city', 'address.city'],
      ['field.district', 'address.district'],
      ['field.shortAddress', 'address.nationalAddress.shortAddress'],
    ],
  },
  {
    step: 'housing',
    rows: [
      ['field.housingType', 'housing.type', HOUSING_TYPES],
      ['field.ownership', 'housing.ownership', HOUSING_OWNERSHIPS],
      ['field.annualRent', 'housing.annualRent'],
    ],
  },
  { step: 'household', rows: [] },
  {
    step: 'income',
    rows: [
      ['field.socialSecurity', 'income.socialSecurity', SOCIAL_SECURITY_STATUSES],
      ['field.debts', 'income.debts'],
    ],
  },
  {
    step: 'request',
    rows: [
      ['field.supportTypes', 'request.supportTypes', config.services],
      ['review.description', 'request.description'],
      ['field.channel', 'request.channel', CHANNEL_ANSWERS],
      ['field.iban', 'request.iban'],
    ],
  },
];

const compact = (value: string) => normalizeDigits(value).replace(/\s+/g, '');
/**
 * Values written left to right whatever the page's direction — numbers, codes and addresses — shown as
 * they are stored: digits in 0–9 without spaces, codes in capitals. In a right-to-left line a number
 * such as «٠٥٥ ١٢٣ ٤٥٦٧» would otherwise read in reverse.
 */
const LEFT_TO_RIGHT: Readonly<Record<string, (value: string) => string>> = {
  'applicant.idNumber': compact,
  'contact.mobile': compact,
  'contact.alternateMobile': compact,
  'contact.email': (value) => value.trim(),
  'address.nationalAddress.shortAddress': (value) => compact(value).toUpperCase(),
  'address.nationalAddress.buildingNumber': compact,
  'address.nationalAddress.postalCode': compact,
  'address.nationalAddress.additionalNumber': compact,
  'request.iban': (value) => compact(value).toUpperCase(),
};

/** A section of the support request, as the wizard's steps group it. */
export type SummarySection = 'applicant' | 'contact' | 'housing' | 'household' | 'income' | 'request';

/** Props of {@link RequestSummary}. */
export interface RequestSummaryProps {
  /** A support request's values: as the form holds them (strings, date parts) or as stored (normalised). */
  data: unknown;
  /** The heading of each section. */
  sectionTitle: (section: SummarySection) => string;
  /** Shown beside a section's heading (the wizard's "Edit"). */
  sectionAction?: (section: SummarySection) => ReactNode;
  /** How a document is shown (staff open and download it); its type and file name by default. */
  renderAttachment?: (file: { id: string; kind: string; name: string }, index: number) => ReactNode;
  /** Heading level of the sections. @default 3 */
  headingLevel?: 3 | 4;
  /**
   * Whether each section is a named region (a landmark). Turn it off for a second copy on the same page
   * (the printable copy beside the review), so landmarks stay unique. @default true
   */
  regions?: boolean;
}

/**
 * Everything a support request says, section by section, in the reader's language: the wizard's review
 * before she signs and the staff's review after. Dates in both calendars, options by their labels, amounts
 * in riyals, the household and income sources one line each, the documents by type.
 */
export function RequestSummary(props: RequestSummaryProps) {
  const { t, locale, config } = useMessages();
  const values = (props.data ?? {}) as Record<string, unknown>;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  const valueText = useValueText();
  const show = (path: string, options?: OptionList<string>) => valueText(get(values, path), options);
  const household = (get(values, 'household') ?? []) as Record<string, string>[];
  const sources = (get(values, 'income.sources') ?? []) as { type: string; amount: string }[];
  const attachments = (get(values, 'attachments') ?? []) as { id: string; kind: string; name: string }[];
  const id = useId();
  const Section = props.regions === false ? 'div' : 'section';

  return (
    <div className="mord-review">
      {sections(config).map((section) => (
        <Section
          key={section.step}
          className="mord-review-section"
          {...(props.regions === false ? {} : { 'aria-labelledby': `${id}-${section.step}` })}
        >
          <div className="mord-review-head">
            <Heading id={`${id}-${section.step}`} className="mord-section-title">
              {props.sectionTitle(section.step)}
            </Heading>
            {props.sectionAction?.(section.step)}
          </div>
          <dl className="mord-review-list">
            {section.rows.map(([label, path, options]) => (
              <div key={path}>
                <dt>{t(label)}</dt>
                <dd>
                  {LEFT_TO_RIGHT[path] && typeof get(values, path) === 'string' && get(values, path) ? (
                    <bdi dir="ltr">{LEFT_TO_RIGHT[path](get(values, path) as string)}</bdi>
                  ) : (
                    <bdi>{show(path, options)}</bdi>
                  )}
                </dd>
              </div>
            ))}
            {section.step === 'household'
              ? household.map((member, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders
                  <div key={`member-${index}`}>
                    <dt>{t('household.member', { n: index + 1 })}</dt>
                    <dd>
                      <bdi>{member.name}</bdi> —{' '}
                      {[
                        optionLabel(RELATIONS, member.relation ?? '', locale),
                        optionLabel(GENDERS, member.gender ?? '', locale),
                        optionLabel(MEMBER_STATUSES, member.status ?? '', locale),
                      ].join(locale === 'ar' ? '، ' : ', ')}
                    </dd>
                  </div>
                ))
              : null}
            {section.step === 'income'
              ? sources.map((source, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders
                  <div key={`source-${index}`}>
                    <dt>{optionLabel(INCOME_SOURCES, source.type, locale)}</dt>
                    <dd>
                      <bdi>{source.amount}</bdi> {t('common.currency')}
                    </dd>
                  </div>
                ))
              : null}
            {section.step === 'request'
              ? attachments.map((file, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders
                  <div key={`file-${index}`}>
                    <dt>{optionLabel(config.documents, file.kind, locale)}</dt>
                    <dd>
                      {props.renderAttachment ? props.renderAttachment(file, index) : <bdi>{file.name}</bdi>}
                    </dd>
                  </div>
                ))
              : null}
          </dl>
          {section.step === 'household' && household.length === 0 ? <p>{t('household.empty')}</p> : null}
        </Section>
      ))}
    </div>
  );
}
