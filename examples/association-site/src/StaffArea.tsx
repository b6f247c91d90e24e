import type { Locale, StaffApi } from '@mord/core';
import { createHttpBackend } from '@mord/storage-http';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { siteMessages } from './siteMessages';

const StaffWorkspace = lazy(() => import('./StaffWorkspace'));

/** The staff area: sign in with a staff key, then the workspace (loaded once she has signed in). */
export function StaffArea(props: { api: string; locale: Locale }) {
  const t = siteMessages[props.locale];
  const [staff, setStaff] = useState<StaffApi | null>(null);
  const [error, setError] = useState(false);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get('key') ?? '').trim();
    try {
      const backend = createHttpBackend({ baseUrl: props.api, locale: props.locale });
      setStaff(await backend.staff({ key }));
      setError(false);
    } catch {
      setError(true);
    }
  }

  if (!staff) {
    return (
      <form className="mord-form" onSubmit={signIn} aria-label={t.staff}>
        <h1 className="mord-title">{t.staff}</h1>
        <div className="mord-field">
          <label className="mord-label" htmlFor="staff-key">
            {t.staffKey}
          </label>
          <input id="staff-key" name="key" className="mord-input" dir="ltr" autoComplete="off" required />
        </div>
        {error ? (
          <p className="mord-error" role="alert">
            {t.wrongKey}
          </p>
        ) : null}
        <div className="mord-actions">
          <button type="submit" className="mord-button mord-button-primary">
            {t.signIn}
          </button>
        </div>
      </form>
    );
  }

  return (
    <Suspense fallback={<p className="site-loading">{t.loading}</p>}>
      <StaffWorkspace staff={staff} locale={props.locale} onSignOut={() => setStaff(null)} />
    </Suspense>
  );
}
