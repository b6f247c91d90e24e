import { getDirection, type Locale } from '@mord/core';
import {
  InquiryForm,
  MordProvider,
  RequestStatus,
  SatisfactionSurvey,
  SignRequest,
  SupportRequestForm,
  VolunteerForm,
} from '@mord/react';
import { createIndexedDbDraftStore, createOutbox } from '@mord/storage-browser';
import { createHttpBackend } from '@mord/storage-http';
import { useEffect, useMemo, useState } from 'react';
import { HomePage } from './HomePage';
import { StaffArea } from './StaffArea';
import { siteMessages } from './siteMessages';

/** Where the protocol lives: `?api=` overrides the default of the local demo. */
const API = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:8787';

function useHash(): string {
  const [hash, setHash] = useState(location.hash || '#/');
  useEffect(() => {
    const update = () => setHash(location.hash || '#/');
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return hash;
}

/** The page's language is part of its address (`?lang=en`, `?lang=ar`), so a link can open it in hers. */
function initialLocale(): Locale {
  return new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ar';
}

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const hash = useHash();
  const t = siteMessages[locale];
  const backend = useMemo(() => {
    const outbox = createOutbox({
      backend: createHttpBackend({ baseUrl: API, locale }),
      namespace: 'association-site',
    });
    outbox.start();
    return outbox;
  }, [locale]);
  const drafts = useMemo(() => createIndexedDbDraftStore({ namespace: 'association-site' }), []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = getDirection(locale);
    document.title = siteMessages[locale].title;
    const url = new URL(location.href);
    url.searchParams.set('lang', locale);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }, [locale]);

  const pages = [
    ['#/', t.home],
    ['#/apply', t.apply],
    ['#/status', t.status],
    ['#/inquiry', t.inquiry],
    ['#/volunteer', t.volunteer],
    ['#/staff', t.staff],
  ] as const;
  const survey = /^#\/survey\/(.+)$/.exec(hash);
  const signing = /^#\/sign\/(.+)$/.exec(hash);
  // A message's status link: her status opens without the code.
  const statusLink = /^#\/status\/([^/]+)\/(.+)$/.exec(hash);

  return (
    <>
      <header className="site-header">
        <p className="site-title">{t.title}</p>
        <nav className="site-nav" aria-label={t.title}>
          {pages.map(([href, label]) => (
            <a key={href} href={href} aria-current={hash === href ? 'page' : undefined}>
              {label}
            </a>
          ))}
          <button
            type="button"
            className="mord-button mord-button-quiet"
            lang={locale === 'ar' ? 'en' : 'ar'}
            onClick={() => setLocale(locale === 'ar' ? 'en' : 'ar')}
          >
            {t.language}
          </button>
        </nav>
      </header>
      <main className="site-main">
        <MordProvider key={locale} backend={backend} draftStore={drafts} locale={locale}>
          {hash === '#/apply' ? <SupportRequestForm draftKey="apply" statusHref="#/status" /> : null}
          {hash === '#/status' ? <RequestStatus /> : null}
          {statusLink ? (
            <RequestStatus
              // Another message's link opened in the same tab is another request or another token.
              key={hash}
              reference={decodeURIComponent(statusLink[1]!)}
              linkToken={decodeURIComponent(statusLink[2]!)}
            />
          ) : null}
          {hash === '#/inquiry' ? <InquiryForm /> : null}
          {hash === '#/volunteer' ? <VolunteerForm /> : null}
          {hash === '#/staff' ? <StaffArea api={API} locale={locale} /> : null}
          {survey ? <SatisfactionSurvey token={decodeURIComponent(survey[1]!)} /> : null}
          {signing ? <SignRequest token={decodeURIComponent(signing[1]!)} /> : null}
          {hash === '#/' ? <HomePage locale={locale} /> : null}
        </MordProvider>
      </main>
    </>
  );
}
