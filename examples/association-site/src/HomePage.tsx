import { CHANNELS, formatDecisionPeriod, formatMessage, type Locale } from '@mord/core';
import { useAssociationConfig } from '@mord/react';
import { siteMessages } from './siteMessages';

/** The home page: who the association serves, what to prepare, the committee's period as configured, the channels. */
export function HomePage({ locale }: { locale: Locale }) {
  const t = siteMessages[locale];
  const { decision } = useAssociationConfig();
  return (
    <section aria-labelledby="welcome">
      <h1 id="welcome" className="mord-title">
        {t.title}
      </h1>
      <p>{t.welcome}</p>
      <p>
        {formatMessage(t.guides, { period: formatDecisionPeriod(decision.days, locale, decision.wording) })}
      </p>
      <h2 className="mord-section-title">{t.channels}</h2>
      <ul className="site-channels">
        {CHANNELS.map((channel) => (
          <li key={channel.id}>{channel.label[locale]}</li>
        ))}
      </ul>
      <p>
        <a className="mord-button mord-button-primary" href="#/apply">
          {t.apply}
        </a>
      </p>
    </section>
  );
}
