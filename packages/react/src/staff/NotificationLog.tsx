import { CONTACT_METHODS, formatDualDate, optionLabel, type StaffApi } from '@mord/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordQueries, scopeOf } from '../provider/MordQueries';

/**
 * The messages sent to her about a request, or waiting to go: the event, how (e-mail, text message,
 * WhatsApp), its state with tries and the provider's id, and what it said — so staff know what she was told.
 */
export function NotificationLog(props: {
  staff: Pick<StaffApi, 'notifications' | 'actor'>;
  reference: string;
}) {
  // Usable alone as well as inside RequestReview: the queries it reads need a client.
  return (
    <MordQueries>
      <NotificationLogView {...props} />
    </MordQueries>
  );
}

function NotificationLogView(props: { staff: Pick<StaffApi, 'notifications' | 'actor'>; reference: string }) {
  const { t, locale, numberingSystem } = useStaffMessages();
  const id = useId();
  const log = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'notifications', props.reference],
    queryFn: () => Promise.resolve(props.staff.notifications(props.reference)),
  });
  if (!log.data?.length) return null;
  const both = (iso: string) => formatDualDate(iso, { locale, numberingSystem, dateStyle: 'medium' });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mord-section-title">
        {t('notifications.title')}
      </h3>
      <ol className="mord-history">
        {log.data.map((message) => (
          <li key={message.id} data-state={message.status}>
            <p>
              {t(`notifications.kind.${message.kind}`)} —{' '}
              {optionLabel(CONTACT_METHODS, message.channel, locale)} —{' '}
              {message.status === 'sent' && message.sentAt
                ? t('notifications.sent', { date: both(message.sentAt) })
                : message.status === 'failed'
                  ? t('notifications.failed', { attempts: message.attempts })
                  : t('notifications.pending', {
                      date: both(message.nextAttemptAt),
                      attempts: message.attempts,
                    })}
            </p>
            {message.text ? (
              <details>
                <summary>{t('notifications.text')}</summary>
                <p className="mord-pre" dir="auto">
                  {message.subject ? `${message.subject}\n\n` : ''}
                  {message.text}
                </p>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
