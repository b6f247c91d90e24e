import {
  formatDualDate,
  getRoleLabel,
  getStatusText,
  type HistoryEntry,
  optionLabel,
  rejectionReasons,
} from '@mord/core';
import type { ReactNode } from 'react';
import { useStaffMessages } from '../i18n/useStaffMessages';

/**
 * A request's history as staff read it: each move with who made it and when, and what it carried — the
 * researcher it was referred to and the question, her study, the committee's reason, what was missing, the
 * answer written to her, the note among staff.
 */
export function RequestHistory(props: {
  history: readonly HistoryEntry[];
  /** How a document she added in a reply is shown (staff open and download it); its name by default. */
  renderAttachment?: (file: { id: string; kind: string; name: string }) => ReactNode;
}) {
  const { t, locale, numberingSystem, config } = useStaffMessages();
  const both = (iso: string) => formatDualDate(iso, { locale, numberingSystem });
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  return (
    <ol className="mord-history">
      {props.history.map((entry) => (
        <li key={`${entry.to}-${entry.at}`}>
          {getStatusText(entry.to, locale).history} — {getRoleLabel(entry.actor.role, locale)} —{' '}
          {both(entry.at)}
          {entry.assignee ? (
            <>
              {' — '}
              {t('staff.history.referredTo', { name: '' })}
              <bdi>{entry.assignee.name}</bdi>
            </>
          ) : null}
          {entry.question ? (
            <p>
              {t('staff.history.question')}: <bdi className="mord-pre">{entry.question}</bdi>
            </p>
          ) : null}
          {entry.study ? (
            <div data-part="study">
              <p>
                {t('staff.history.study')}
                {entry.study.visitDate
                  ? ` (${t('staff.history.visit', { date: both(`${entry.study.visitDate}T12:00:00Z`) })})`
                  : ''}
                : <bdi className="mord-pre">{entry.study.findings}</bdi>
              </p>
              <p>
                {t('staff.history.recommendation')}: {t(`staff.recommendation.${entry.study.recommendation}`)}
              </p>
            </div>
          ) : null}
          {entry.reply ? (
            <div data-part="reply">
              <p>
                {t('staff.history.reply')}
                {entry.reply.message ? (
                  <>
                    : <bdi className="mord-pre">{entry.reply.message}</bdi>
                  </>
                ) : null}
              </p>
              {entry.reply.attachments?.length ? (
                <ul className="mord-file-list">
                  {entry.reply.attachments.map((file) => (
                    <li key={file.id}>
                      {optionLabel(config.documents, file.kind, locale)} —{' '}
                      {props.renderAttachment ? props.renderAttachment(file) : <bdi>{file.name}</bdi>}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {entry.reason ? (
            <p>
              {t('staff.history.reason')}: {optionLabel(rejectionReasons(config), entry.reason, locale)}
            </p>
          ) : null}
          {entry.answer ? (
            <>
              {' — '}
              {t('staff.answered')}: <bdi className="mord-pre">{entry.answer}</bdi>
            </>
          ) : null}
          {entry.missing?.length ? (
            <>
              {': '}
              {list(
                entry.missing.map((item) =>
                  optionLabel([...config.documents, ...config.checklist], item, locale),
                ),
              )}
            </>
          ) : null}
          {entry.note ? (
            <>
              {': '}
              <bdi>{entry.note}</bdi>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
