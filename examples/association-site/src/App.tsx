import { getDirection, type Locale } from '@mord/core';
import { MordProvider } from '@mord/react';
import { createIndexedDbDraftStore, createOutbox } from '@mord/storage-browser';
import { createHttpBackend } from '@mord/storage-http';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { HomePage } from './HomePage';
import { siteMessages } from './siteMessages';

// Each page is its own chunk: the home page loads neither the wizard nor the staff area.
const ApplyPage = lazy(() => import('./pages/ApplyPage'));
const StatusPage = lazy(() => import('./pages/StatusPage'));
const InquiryPage = lazy(() => import('./pages/InquiryPage'));
const VolunteerPage = lazy(() => import('./pages/VolunteerPage'));
const StaffPage = lazy(() => import('./pages/StaffPage'));
const SurveyPage = lazy(() => import('./pages/SurveyPage'));
const SignPage = lazy(() => import('./pages/SignPage'));

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

/** Sets a `<meta name>` of the page, adding it when missing. */
function setMeta(name: string, content: string | null): void {
  let meta = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (content === null) {
    meta?.remove();
    return;
  }
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = name;
    document.head.append(meta);
  }
  meta.content = content;
}

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const hash = useHash();
  const t = siteMessages[locale];
  const backend = useMemo(() => {
    const outbox = createOutbox({
      backend: createHttpBackend({ baseUrl: __MORD_API__, locale }),
      namespace: 'association-site',
    });
    outbox.start();
    return outbox;
  }, [locale]);
  const drafts = useMemo(() => createIndexedDbDraftStore({ namespace: 'association-site' }), []);

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
  const heading = survey
    ? t.survey
    : signing
      ? t.sign
      : statusLink
        ? t.status
        : (pages.find(([href]) => href === hash)?.[1] ?? t.home);
  // One-time links and the staff area are nobody's search result.
  const privatePage = Boolean(survey || signing || statusLink || hash === '#/staff');

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = getDirection(locale);
    document.title = hash === '#/' ? t.title : `${heading} — ${t.title}`;
    setMeta('description', privatePage ? null : t.description);
    setMeta('robots', privatePage ? 'noindex' : null);
    const url = new URL(location.href);
    url.searchParams.set('lang', locale);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }, [locale, hash, heading, privatePage, t]);

  let page = <HomePage locale={locale} />;
  if (hash === '#/apply') page = <ApplyPage />;
  else if (hash === '#/status' || statusLink)
    page = (
      <StatusPage
        link={
          statusLink
            ? { reference: decodeURIComponent(statusLink[1]!), token: decodeURIComponent(statusLink[2]!) }
            : null
        }
      />
    );
  else if (hash === '#/inquiry') page = <InquiryPage />;
  else if (hash === '#/volunteer') page = <VolunteerPage />;
  else if (hash === '#/staff') page = <StaffPage locale={locale} />;
  else if (survey) page = <SurveyPage token={decodeURIComponent(survey[1]!)} />;
  else if (signing) page = <SignPage token={decodeURIComponent(signing[1]!)} />;

  return (
    <>
      <header className="site-header">
        <p className="site-title">{t.title}</p>
        <nav className="site-nav" aria-label={t.menu}>
          {pages.map(([href, label]) => (
            <a key={href} href={href} aria-current={hash === href ? 'page' : undefined}>
              {label}
            </a>
          ))}
          <a
            className="site-language"
            href={`?lang=${locale === 'ar' ? 'en' : 'ar'}${location.hash}`}
            lang={locale === 'ar' ? 'en' : 'ar'}
            hrefLang={locale === 'ar' ? 'en' : 'ar'}
            onClick={(event) => {
              event.preventDefault();
              setLocale(locale === 'ar' ? 'en' : 'ar');
            }}
          >
            {t.language}
          </a>
        </nav>
      </header>
      <main className="site-main">
        {/* The home and staff pages carry their own h1; every other page is named here. */}
        {hash === '#/' || hash === '#/staff' ? null : <h1 className="site-page-title">{heading}</h1>}
        <MordProvider key={locale} backend={backend} draftStore={drafts} locale={locale}>
          <Suspense fallback={<p className="site-loading">{t.loading}</p>}>{page}</Suspense>
        </MordProvider>
      </main>
    </>
  );
}
