import {
  AVAILABILITY,
  CONTACT_METHODS,
  EDUCATION_LEVELS,
  INQUIRY_TOPICS,
  type OptionList,
  REGIONS,
  VOLUNTEER_AREAS,
} from '@mord/core';
import type { UiMessageKey } from '../i18n/uiMessages';
import { useMessages } from '../i18n/useMessages';
import { useValueText } from './useValueText';

type Row = [UiMessageKey, string, OptionList<string>?];

/** What each message form says, in the order she filled it. */
const ROWS: Record<'inquiry' | 'volunteer', Row[]> = {
  inquiry: [
    ['field.name', 'name'],
    ['field.mobile', 'mobile'],
    ['field.email', 'email'],
    ['field.preferredContact', 'preferredContact', CONTACT_METHODS],
    ['field.topic', 'topic', INQUIRY_TOPICS],
    ['field.message', 'message'],
  ],
  volunteer: [
    ['field.name', 'name'],
    ['field.idNumber', 'idNumber'],
    ['field.dateOfBirth', 'dateOfBirth'],
    ['field.mobile', 'mobile'],
    ['field.email', 'email'],
    ['field.region', 'region', REGIONS],
    ['field.city', 'city'],
    ['field.education', 'education', EDUCATION_LEVELS],
    ['field.areas', 'areas', VOLUNTEER_AREAS],
    ['field.availability', 'availability', AVAILABILITY],
    ['field.hoursPerMonth', 'hoursPerMonth'],
    ['field.experience', 'experience'],
  ],
};

/** Long free text keeps its lines and its own direction. */
const LONG = new Set(['message', 'experience']);

/**
 * Everything an inquiry, complaint, suggestion or volunteer application says, in full, in the reader's
 * language: the topic and the way she wants to be answered included.
 */
export function MessageSummary(props: { form: 'inquiry' | 'volunteer'; data: unknown }) {
  const { t } = useMessages();
  const valueText = useValueText();
  const values = (props.data ?? {}) as Record<string, unknown>;
  return (
    <dl className="mord-review-list">
      {ROWS[props.form].map(([label, path, options]) => (
        <div key={path}>
          <dt>{t(label)}</dt>
          <dd className={LONG.has(path) ? 'mord-pre' : undefined} dir={LONG.has(path) ? 'auto' : undefined}>
            <bdi>{valueText(values[path], options)}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}
