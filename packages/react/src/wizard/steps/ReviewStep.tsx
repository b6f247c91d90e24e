import {
  CHANNELS,
  CONTACT_METHODS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  formatDualDate,
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
  resolveEnteredDate,
  SOCIAL_SECURITY_STATUSES,
} from '@mord/core';
import { get, useFormContext } from 'react-hook-form';
import type { UiMessageKey } from '../../i18n/uiMessages';
import { useMessages } from '../../i18n/useMessages';
import type { StepId } from '../steps';

type Row = [UiMessageKey, string, OptionList<string>?];

/** The review's sections; the services come from the association's configuration. */
const sections = (config: PublicAssociationConfig): { step: StepId; rows: Row[] }[] => [
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
      ['field.description', 'request.description'],
      ['field.channel', 'request.channel', CHANNELS],
      ['field.iban', 'request.iban'],
    ],
  },
];

/** Wizard step 7: everything she entered, section by section, with a way back to each step before signing. */
export function ReviewStep(props: { onEdit: (step: StepId) => void; stepTitle: (step: StepId) => string }) {
  const { t, locale, numberingSystem, config } = useMessages();
  const { getValues } = useFormContext();
  const values = getValues();
  const show = (path: string, options?: OptionList<string>): string => {
    const value = get(values, path);
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      return t('common.notGiven');
    }
    if (Array.isArray(value))
      return value.map((v) => (options ? optionLabel(options, v, locale) : String(v))).join('، ');
    if (typeof value === 'object') {
      const d = value as { year?: string; month?: string; day?: string; calendar?: string };
      const parts = {
        year: Number(normalizeDigits(String(d.year))),
        month: Number(normalizeDigits(String(d.month))),
        day: Number(normalizeDigits(String(d.day))),
      };
      const first = d.calendar === 'gregory' ? 'gregory' : 'islamic-umalqura';
      const resolved = resolveEnteredDate({ ...parts, calendar: first });
      if (!('iso' in resolved)) return t('common.notGiven');
      return formatDualDate(resolved.iso, { locale, numberingSystem, first, style: 'parenthesis' });
    }
    return options ? optionLabel(options, String(value), locale) : String(value);
  };
  const household = (get(values, 'household') ?? []) as Record<string, string>[];
  const sources = (get(values, 'income.sources') ?? []) as { type: string; amount: string }[];
  const attachments = (get(values, 'attachments') ?? []) as { kind: string; name: string }[];

  return (
    <div className="mord-review">
      <p>{t('wizard.reviewIntro')}</p>
      {sections(config).map((section) => (
        <section
          key={section.step}
          className="mord-review-section"
          aria-labelledby={`review-${section.step}`}
        >
          <div className="mord-review-head">
            <h3 id={`review-${section.step}`} className="mord-section-title">
              {props.stepTitle(section.step)}
            </h3>
            <button
              type="button"
              className="mord-button mord-button-quiet"
              onClick={() => props.onEdit(section.step)}
            >
              {t('common.edit')} <span className="mord-visually-hidden">{props.stepTitle(section.step)}</span>
            </button>
          </div>
          <dl className="mord-review-list">
            {section.rows.map(([label, path, options]) => (
              <div key={path}>
                <dt>{t(label)}</dt>
                <dd>
                  <bdi>{show(path, options)}</bdi>
                </dd>
              </div>
            ))}
            {section.step === 'household'
              ? household.map((member, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders
                  <div key={`member-${index}`}>
                    <dt>{t('household.member', { n: index + 1 })}</dt>
                    <dd>
                      <bdi>{member.name}</bdi> — {optionLabel(RELATIONS, member.relation ?? '', locale)},{' '}
                      {optionLabel(GENDERS, member.gender ?? '', locale)},{' '}
                      {optionLabel(MEMBER_STATUSES, member.status ?? '', locale)}
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
                      <bdi>{file.name}</bdi>
                    </dd>
                  </div>
                ))
              : null}
          </dl>
          {section.step === 'household' && household.length === 0 ? <p>{t('household.empty')}</p> : null}
        </section>
      ))}
    </div>
  );
}
