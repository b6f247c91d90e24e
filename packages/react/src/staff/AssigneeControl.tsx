import { canAssignOthers, type StaffApi, type StaffRequestRecord } from '@mord/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { staffErrorText } from '../i18n/staffErrorText';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordQueries, scopeOf } from '../provider/MordQueries';

/**
 * Who works a request now, and the controls to change it: relations officers and administrators assign
 * anyone with an active key; anyone takes it herself or lets it go (`canAssign`).
 */
export function AssigneeControl(props: {
  staff: StaffApi;
  request: StaffRequestRecord;
  onChanged: () => void;
}) {
  // Usable alone as well as inside RequestReview: the queries it reads need a client.
  return (
    <MordQueries>
      <AssigneeControlView {...props} />
    </MordQueries>
  );
}

function AssigneeControlView(props: { staff: StaffApi; request: StaffRequestRecord; onChanged: () => void }) {
  const { t, locale } = useStaffMessages();
  const id = useId();
  const { actor } = props.staff;
  const current = props.request.assignee;
  const mayAssignOthers = canAssignOthers(actor.role);
  const [chosen, setChosen] = useState('');
  const people = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'people'],
    queryFn: () => Promise.resolve(props.staff.people()),
    enabled: mayAssignOthers,
  });
  const assign = useMutation({
    mutationFn: (assignee: string | null) =>
      Promise.resolve(props.staff.assign(props.request.reference, assignee)),
    onSuccess: () => {
      setChosen('');
      props.onChanged();
    },
  });
  if (props.request.erasedAt) return null;
  return (
    <section className="mord-assignee" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mord-section-title">
        {t('staff.assignee')}
      </h3>
      <p data-part="assignee">{current ? <bdi>{current.name}</bdi> : t('staff.unassigned')}</p>
      <div className="mord-actions">
        {mayAssignOthers ? (
          <>
            <label className="mord-label" htmlFor={`${id}-person`}>
              {t('staff.assignTo')}
            </label>
            <select
              id={`${id}-person`}
              className="mord-input mord-select"
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
            >
              <option value="" />
              {(people.data ?? []).map((person) => (
                <option key={person.id} value={person.id} dir="auto">
                  {person.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="mord-button"
              disabled={!chosen || assign.isPending}
              onClick={() => assign.mutate(chosen)}
            >
              {t('staff.assign')}
            </button>
          </>
        ) : null}
        {current?.id !== actor.id ? (
          <button
            type="button"
            className="mord-button mord-button-quiet"
            disabled={assign.isPending}
            onClick={() => assign.mutate(actor.id)}
          >
            {t('staff.takeIt')}
          </button>
        ) : null}
        {current && (mayAssignOthers || current.id === actor.id) ? (
          <button
            type="button"
            className="mord-button mord-button-quiet"
            disabled={assign.isPending}
            onClick={() => assign.mutate(null)}
          >
            {t('staff.unassign')}
          </button>
        ) : null}
      </div>
      {assign.isError ? (
        <p className="mord-error" role="alert">
          {staffErrorText(assign.error, locale, t)}
        </p>
      ) : null}
    </section>
  );
}
