import {
  formatDualDate,
  getRoleLabel,
  isolate,
  type Locale,
  optionLabel,
  STAFF_ROLES,
  type StaffApi,
  type StaffKeyInput,
  type StaffRole,
} from '@mord/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { staffErrorText } from '../i18n/staffErrorText';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordQueries, scopeOf } from '../provider/MordQueries';

/** Props of {@link StaffKeys}. */
export interface StaffKeysProps {
  /** An administrator's staff session: only she manages keys. */
  staff: Pick<StaffApi, 'actor' | 'listKeys' | 'createKey' | 'rotateKey' | 'revokeKey'>;
}

/**
 * The administrator's screen of people and keys: every key ever issued with its person, role, branch, when
 * it was made and whether it is revoked; a key for a new person; replacing or revoking someone's key (not
 * her own). A new key is shown once, to hand over in person — the server keeps only its hash.
 * @example <StaffKeys staff={adminStaff} />
 */
export function StaffKeys(props: StaffKeysProps) {
  return (
    <MordQueries>
      <StaffKeysView {...props} />
    </MordQueries>
  );
}

function StaffKeysView(props: StaffKeysProps) {
  const { t, locale, numberingSystem, config } = useStaffMessages();
  const id = useId();
  const client = useQueryClient();
  const queryKey = ['mord', 'staff', scopeOf(props.staff), 'keys'];
  const keys = useQuery({ queryKey, queryFn: () => Promise.resolve(props.staff.listKeys()) });
  const [shown, setShown] = useState<{ name: string; key: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['mord', 'staff'] });
  const create = useMutation({
    mutationFn: (input: StaffKeyInput) =>
      Promise.resolve(props.staff.createKey(input)).then((made) => ({ ...made, name: input.name })),
    onSuccess: ({ name, key }) => setShownAndRefresh({ name, key }),
  });
  const rotate = useMutation({
    mutationFn: (person: { id: string; name: string }) =>
      Promise.resolve(props.staff.rotateKey(person.id)).then(({ key }) => ({ key, name: person.name })),
    onSuccess: setShownAndRefresh,
  });
  const revoke = useMutation({
    mutationFn: (personId: string) => Promise.resolve(props.staff.revokeKey(personId)),
    onSuccess: () => {
      setConfirming(null);
      void refresh();
    },
  });
  function setShownAndRefresh(value: { name: string; key: string }) {
    setShown(value);
    void refresh();
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const branch = String(data.get('branch') ?? '');
    const email = String(data.get('email') ?? '').trim();
    create.mutate({
      name: String(data.get('name') ?? ''),
      role: String(data.get('role')) as StaffRole,
      ...(branch ? { branch } : {}),
      ...(email ? { email, locale: String(data.get('locale')) as Locale } : {}),
    });
  }
  const both = (iso: string) => formatDualDate(iso, { locale, numberingSystem, dateStyle: 'medium' });
  const failure = (error: Error) => staffErrorText(error, locale, t);

  return (
    <section className="mord-form mord-keys" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mord-title">
        {t('keys.title')}
      </h2>
      {shown ? (
        <div className="mord-banner" role="status" data-state="key-shown">
          <p>{t('keys.shown', { name: isolate(shown.name) })}</p>
          <p>
            <code dir="ltr" className="mord-key">
              {shown.key}
            </code>
          </p>
        </div>
      ) : null}
      {keys.isPending ? (
        <p className="mord-hint">{t('common.loading')}</p>
      ) : keys.isError ? (
        <p className="mord-error" role="alert">
          {t('keys.failed')}
        </p>
      ) : (
        <table className="mord-queue-table">
          <caption className="mord-visually-hidden">{t('keys.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.name')}</th>
              <th scope="col">{t('keys.role')}</th>
              <th scope="col">{t('keys.branch')}</th>
              <th scope="col">{t('keys.email')}</th>
              <th scope="col">{t('keys.created')}</th>
              <th scope="col">{t('keys.state')}</th>
              <th scope="col">
                <span className="mord-visually-hidden">{t('staff.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((entry) => {
              const self = entry.id === props.staff.actor.id;
              return (
                <tr
                  key={`${entry.id}-${entry.createdAt}`}
                  data-state={entry.revokedAt ? 'revoked' : 'active'}
                >
                  <td>
                    <bdi>{entry.name}</bdi> {self ? t('keys.you') : null}
                  </td>
                  <td>{getRoleLabel(entry.role, locale)}</td>
                  <td>{entry.branch ? optionLabel(config.branches, entry.branch, locale) : null}</td>
                  <td>{entry.email ? <bdi dir="ltr">{entry.email}</bdi> : null}</td>
                  <td>{both(entry.createdAt)}</td>
                  <td>
                    {entry.revokedAt ? t('keys.revoked', { date: both(entry.revokedAt) }) : t('keys.active')}
                  </td>
                  <td>
                    {entry.revokedAt || self ? null : (
                      <div className="mord-actions">
                        <button
                          type="button"
                          className="mord-button"
                          disabled={rotate.isPending}
                          onClick={() => rotate.mutate(entry)}
                        >
                          {t('keys.rotate')} <span className="mord-visually-hidden">{entry.name}</span>
                        </button>
                        {confirming === entry.id ? (
                          <button
                            type="button"
                            className="mord-button"
                            disabled={revoke.isPending}
                            onClick={() => revoke.mutate(entry.id)}
                          >
                            {t('keys.confirmRevoke', { name: entry.name })}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="mord-button mord-button-quiet"
                            onClick={() => setConfirming(entry.id)}
                          >
                            {t('keys.revoke')} <span className="mord-visually-hidden">{entry.name}</span>
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rotate.isError || revoke.isError ? (
        <p className="mord-error" role="alert">
          {failure((rotate.error ?? revoke.error)!)}
        </p>
      ) : null}

      <form className="mord-group" onSubmit={submit} aria-labelledby={`${id}-new`}>
        <h3 id={`${id}-new`} className="mord-section-title">
          {t('keys.newPerson')}
        </h3>
        <div className="mord-field">
          <label className="mord-label" htmlFor={`${id}-name`}>
            {t('keys.name')}
          </label>
          <input id={`${id}-name`} name="name" className="mord-input" dir="auto" maxLength={100} required />
        </div>
        <div className="mord-field">
          <label className="mord-label" htmlFor={`${id}-role`}>
            {t('keys.role')}
          </label>
          <select
            id={`${id}-role`}
            name="role"
            className="mord-input mord-select"
            defaultValue="relations_officer"
          >
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {getRoleLabel(role, locale)}
              </option>
            ))}
          </select>
        </div>
        {config.branches.length ? (
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-branch`}>
              {t('keys.branch')}
            </label>
            <select id={`${id}-branch`} name="branch" className="mord-input mord-select" defaultValue="">
              <option value="">{t('keys.noBranch')}</option>
              {config.branches.map((branch) => (
                <option key={branch.id} value={branch.id}>
                  {branch.label[locale]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="mord-field">
          <label className="mord-label" htmlFor={`${id}-email`}>
            {t('keys.email')}
          </label>
          <p id={`${id}-email-hint`} className="mord-hint">
            {t('keys.email.hint')}
          </p>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            className="mord-input"
            dir="ltr"
            autoComplete="off"
            maxLength={254}
            aria-describedby={`${id}-email-hint`}
          />
        </div>
        <div className="mord-field">
          <label className="mord-label" htmlFor={`${id}-locale`}>
            {t('keys.locale')}
          </label>
          <select id={`${id}-locale`} name="locale" className="mord-input mord-select" defaultValue={locale}>
            <option value="ar">{t('keys.locale.ar')}</option>
            <option value="en">{t('keys.locale.en')}</option>
          </select>
        </div>
        {create.isError ? (
          <p className="mord-error" role="alert">
            {failure(create.error)}
          </p>
        ) : null}
        <div className="mord-actions">
          <button type="submit" className="mord-button mord-button-primary" disabled={create.isPending}>
            {t('keys.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
