import {
  availableTransitions,
  checklistBlocking,
  getStatusText,
  type RequestState,
  rejectionReasons,
  STUDY_RECOMMENDATIONS,
  type StaffApi,
  type StaffRequestRecord,
  type StudyRecommendation,
  type TransitionNeed,
  transitionNeeds,
  transitionsFor,
} from '@mord/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { staffErrorText } from '../i18n/staffErrorText';
import type { StaffMessageKey } from '../i18n/staffMessages';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordQueries, scopeOf } from '../provider/MordQueries';

/**
 * The label of the button making a move: the committee's and the referral's as actions («قبول الطلب»,
 * «طلب زيارة منزلية»), the others as "Move to: state".
 */
export function moveLabel(
  from: RequestState,
  to: RequestState,
): { key: StaffMessageKey; params?: { state: RequestState } } {
  if (to === 'accepted' || to === 'rejected') return { key: `staff.action.${to}` };
  if (from === 'in_committee' && to === 'needs_information') return { key: 'staff.action.askInformation' };
  if (to === 'with_social_researcher')
    return { key: from === 'in_committee' ? 'staff.action.homeVisit' : 'staff.action.refer' };
  return { key: 'staff.moveTo', params: { state: to } };
}

interface StudyDraft {
  visitDate: string;
  findings: string;
  recommendation: StudyRecommendation | '';
}

/**
 * The moves a staff member's role may make on a request now, with what each must carry
 * (`transitionNeeds`): what is missing, the researcher and the question of a referral or a home visit, the
 * researcher's study, the reason for a rejection; a note among staff; the answer to an inquiry.
 */
export function RequestActions(props: { staff: StaffApi; request: StaffRequestRecord; onMoved: () => void }) {
  // Usable alone as well as inside RequestReview: the queries it reads need a client.
  return (
    <MordQueries>
      <RequestActionsView {...props} />
    </MordQueries>
  );
}

function RequestActionsView(props: { staff: StaffApi; request: StaffRequestRecord; onMoved: () => void }) {
  const { t, locale, config } = useStaffMessages();
  const id = useId();
  const { request } = props;
  const role = props.staff.actor.role;
  const moves = availableTransitions(request.status, role, transitionsFor(request.form));
  const needs = new Set(moves.flatMap((to) => transitionNeeds(request.status, to)));
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [answer, setAnswer] = useState('');
  const [question, setQuestion] = useState('');
  const [researcher, setResearcher] = useState('');
  const [study, setStudy] = useState<StudyDraft>({ visitDate: '', findings: '', recommendation: '' });
  const [reason, setReason] = useState('');
  const people = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'people'],
    queryFn: () => Promise.resolve(props.staff.people()),
    enabled: needs.has('question'),
  });
  const blocking = checklistBlocking(config, { form: request.form, checklist: request.checklist });
  const move = useMutation({
    mutationFn: (to: RequestState) => {
      const need = transitionNeeds(request.status, to);
      return Promise.resolve(
        props.staff.transition(request.reference, {
          to,
          ...(note.trim() ? { note } : {}),
          ...(answer.trim() ? { answer } : {}),
          ...(need.includes('missing') ? { missing } : {}),
          ...(need.includes('question') ? { question, ...(researcher ? { assignee: researcher } : {}) } : {}),
          ...(need.includes('study') && study.recommendation
            ? {
                study: {
                  findings: study.findings,
                  recommendation: study.recommendation,
                  ...(study.visitDate ? { visitDate: study.visitDate } : {}),
                },
              }
            : {}),
          ...(need.includes('reason') ? { reason } : {}),
        }),
      );
    },
    onSuccess: () => {
      setNote('');
      setMissing([]);
      setAnswer('');
      setQuestion('');
      setResearcher('');
      setStudy({ visitDate: '', findings: '', recommendation: '' });
      setReason('');
      props.onMoved();
    },
  });
  // The same rules the server applies, so a move she cannot make yet is closed with the reason in view.
  const filled: Record<TransitionNeed, boolean> = {
    missing: missing.length > 0,
    question: question.trim() !== '',
    study: study.findings.trim() !== '' && study.recommendation !== '',
    reason: reason !== '',
  };
  const ready = (to: RequestState) =>
    transitionNeeds(request.status, to).every((need) => filled[need]) &&
    !(to === 'in_committee' && blocking.length > 0);
  const today = new Date().toISOString().slice(0, 10);

  if (moves.length === 0) return <p className="mord-hint">{t('staff.noActions')}</p>;
  return (
    <>
      {needs.has('study') ? (
        <fieldset className="mord-field mord-group" data-part="study">
          <legend className="mord-label">{t('staff.study')}</legend>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-visit`}>
              {t('staff.visitDate')}
            </label>
            <input
              id={`${id}-visit`}
              type="date"
              className="mord-input"
              max={today}
              value={study.visitDate}
              onChange={(e) => setStudy({ ...study, visitDate: e.target.value })}
            />
          </div>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-findings`}>
              {t('staff.findings')}
            </label>
            <textarea
              id={`${id}-findings`}
              className="mord-input"
              dir="auto"
              rows={4}
              maxLength={4000}
              value={study.findings}
              onChange={(e) => setStudy({ ...study, findings: e.target.value })}
            />
          </div>
          <fieldset className="mord-field mord-group">
            <legend className="mord-label">{t('staff.recommendation')}</legend>
            <div className="mord-options">
              {STUDY_RECOMMENDATIONS.map((value) => (
                <label key={value} className="mord-option">
                  <input
                    type="radio"
                    name={`${id}-recommendation`}
                    value={value}
                    checked={study.recommendation === value}
                    onChange={() => setStudy({ ...study, recommendation: value })}
                  />
                  <span>{t(`staff.recommendation.${value}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>
      ) : null}
      {needs.has('question') ? (
        <fieldset className="mord-field mord-group" data-part="referral">
          <legend className="mord-label">
            {t(request.status === 'in_committee' ? 'staff.homeVisit' : 'staff.referral')}
          </legend>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-researcher`}>
              {t('staff.researcher')}
            </label>
            <select
              id={`${id}-researcher`}
              className="mord-input mord-select"
              value={researcher}
              onChange={(e) => setResearcher(e.target.value)}
            >
              <option value="">{t('staff.anyResearcher')}</option>
              {(people.data ?? [])
                .filter((person) => person.role === 'social_researcher')
                .map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-question`}>
              {t('staff.question')}
            </label>
            <textarea
              id={`${id}-question`}
              className="mord-input"
              dir="auto"
              rows={2}
              maxLength={4000}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
          </div>
        </fieldset>
      ) : null}
      {needs.has('missing') ? (
        <fieldset className="mord-field mord-group" data-part="missing">
          <legend className="mord-label">{t('staff.missing')}</legend>
          <div className="mord-options mord-options-checkbox">
            {[...config.documents, ...config.checklist].map((item) => (
              <label key={item.id} className="mord-option">
                <input
                  type="checkbox"
                  checked={missing.includes(item.id)}
                  onChange={(e) =>
                    setMissing(
                      e.target.checked ? [...missing, item.id] : missing.filter((m) => m !== item.id),
                    )
                  }
                />
                <span>{item.label[locale]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {needs.has('reason') ? (
        <div className="mord-field">
          <label className="mord-label" htmlFor={`${id}-reason`}>
            {t('staff.reason')}
          </label>
          <select
            id={`${id}-reason`}
            className="mord-input mord-select"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          >
            <option value="">{t('staff.chooseReason')}</option>
            {rejectionReasons(config).map((item) => (
              <option key={item.id} value={item.id}>
                {item.label[locale]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {request.form !== 'support-request' ? (
        <div className="mord-field">
          <label className="mord-label" htmlFor={`${id}-answer`}>
            {t('staff.answer')}
          </label>
          <textarea
            id={`${id}-answer`}
            className="mord-input"
            dir="auto"
            rows={4}
            maxLength={2000}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
          />
        </div>
      ) : null}
      <div className="mord-field">
        <label className="mord-label" htmlFor={`${id}-note`}>
          {t('staff.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className="mord-input"
          dir="auto"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {moves.includes('in_committee') && blocking.length > 0 ? (
        <p className="mord-hint" data-state="checklist-incomplete">
          {t('staff.checklistFirst')}
        </p>
      ) : null}
      <div className="mord-actions">
        {moves.map((to) => {
          const label = moveLabel(request.status, to);
          return (
            <button
              key={to}
              type="button"
              className="mord-button"
              data-move={to}
              disabled={move.isPending || !ready(to)}
              onClick={() => move.mutate(to)}
            >
              {label.params
                ? t(label.key, { state: getStatusText(label.params.state, locale).title })
                : t(label.key)}
            </button>
          );
        })}
      </div>
      {move.isError ? (
        <p className="mord-error" role="alert">
          {staffErrorText(move.error, locale, t)}
        </p>
      ) : null}
    </>
  );
}
