import {
  CHANNELS,
  canEditChecklist,
  canInviteToSurvey,
  formatDualDate,
  getStatusText,
  isolate,
  optionLabel,
  type StaffApi,
} from '@mord/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { BDI_MARK, withBdi } from '../i18n/withBdi';
import { MordQueries, scopeOf } from '../provider/MordQueries';
import { MessageSummary } from '../review/MessageSummary';
import { RequestSummary } from '../review/RequestSummary';
import { VerificationChecklist } from '../verification/VerificationChecklist';
import { AssigneeControl } from './AssigneeControl';
import { DocumentViewer } from './DocumentViewer';
import { NotificationLog } from './NotificationLog';
import { RequestActions } from './RequestActions';
import { RequestHistory } from './RequestHistory';
import { RequiredDocuments } from './RequiredDocuments';
import { SignatureCollection } from './SignatureCollection';
import { SignatureImage } from './SignatureImage';

/** Props of {@link RequestReview}. */
export interface RequestReviewProps {
  /** The staff session (from `backend.staff({ key })`); its role decides the actions offered. */
  staff: StaffApi;
  reference: string;
  /** Where a signing link points, given its token (your site's signing page, e.g. `#/sign/<token>`). */
  signingHref?: (token: string) => string;
}

/**
 * The staff view of one request: the data, the declaration with its verification result (digest
 * recomputed and compared), the documents, the checklist, who it is assigned to, the history, and the moves
 * the staff member's role may make now with what each must carry (see {@link RequestActions}).
 */
export function RequestReview(props: RequestReviewProps) {
  return (
    <MordQueries>
      <RequestReviewView {...props} />
    </MordQueries>
  );
}

function RequestReviewView(props: RequestReviewProps) {
  const { t, locale, numberingSystem, config } = useStaffMessages();
  const id = useId();
  const client = useQueryClient();
  const queryKey = ['mord', 'staff', scopeOf(props.staff), 'request', props.reference];
  const record = useQuery({ queryKey, queryFn: () => props.staff.getRequest(props.reference) });
  const [checklist, setChecklist] = useState<Record<string, boolean> | null>(null);
  const [invitation, setInvitation] = useState<{ token: string; url?: string } | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['mord', 'staff'] });
  const saveChecklist = useMutation({
    mutationFn: (value: Record<string, boolean>) =>
      Promise.resolve(props.staff.updateChecklist(props.reference, value)),
    onSuccess: () => void refresh(),
  });
  const invite = useMutation({
    mutationFn: () => Promise.resolve(props.staff.createSurveyInvitation(props.reference)),
    onSuccess: setInvitation,
  });

  if (record.isPending) return <p className="mord-hint">{t('common.loading')}</p>;
  if (!record.data) return <p className="mord-error">{t('error.not_found')}</p>;
  const request = record.data;
  const { declaration } = request;
  const role = props.staff.actor.role;
  const both = (iso: string) => formatDualDate(iso, { locale, numberingSystem });
  const currentChecklist = checklist ?? request.checklist;
  const canCheck = canEditChecklist(role);

  return (
    <article
      className="mord-form mord-review-staff"
      data-state={request.status}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="mord-title">
        {withBdi(t('staff.review', { reference: BDI_MARK }), request.reference)}
      </h2>
      {request.erasedAt ? (
        <p className="mord-banner" data-state="erased">
          {t('staff.erased', { date: both(request.erasedAt) })}
        </p>
      ) : null}
      <dl className="mord-review-list">
        <div>
          <dt>{t('field.name')}</dt>
          <dd>
            <bdi>{request.name}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('status.current')}</dt>
          <dd>
            {getStatusText(request.status, locale).title}
            {request.overdue ? <strong className="mord-badge"> {t('staff.overdue')}</strong> : null}
          </dd>
        </div>
        <div>
          <dt>{t('staff.channel')}</dt>
          <dd>{optionLabel(CHANNELS, request.channel, locale)}</dd>
        </div>
        <div>
          <dt>{t('staff.submittedAt')}</dt>
          <dd>{both(request.submittedAt)}</dd>
        </div>
        {request.stageDueAt ? (
          <div>
            <dt>{t('staff.stageDue')}</dt>
            <dd>
              {both(request.stageDueAt)}
              {request.stageOverdue ? (
                <strong className="mord-badge"> {t('staff.stageOverdue')}</strong>
              ) : null}
            </dd>
          </div>
        ) : null}
        {request.decisionDueAt ? (
          <div>
            <dt>{t('status.deadline')}</dt>
            <dd>{both(request.decisionDueAt)}</dd>
          </div>
        ) : null}
        {request.assisted ? (
          <div>
            <dt>{t('staff.assistedBy', { name: '' })}</dt>
            <dd>
              <bdi>{request.assisted.staffName}</bdi>
            </dd>
          </div>
        ) : null}
        {request.assisted?.branch ? (
          <div>
            <dt>{t('staff.branch')}</dt>
            <dd>
              <bdi>{optionLabel(config.branches, request.assisted.branch, locale)}</bdi>
            </dd>
          </div>
        ) : null}
      </dl>

      <SignatureCollection
        staff={props.staff}
        request={request}
        onSigned={() => void refresh()}
        {...(props.signingHref ? { signingHref: props.signingHref } : {})}
      />
      <AssigneeControl staff={props.staff} request={request} onChanged={() => void refresh()} />

      {request.erasedAt ? null : request.form === 'support-request' ? (
        <>
          <RequestSummary
            data={request.data}
            sectionTitle={(section) => t(`wizard.step.${section}`)}
            renderAttachment={(file) => (
              <DocumentViewer staff={props.staff} reference={request.reference} file={file} />
            )}
          />
          <RequiredDocuments data={request.data} />
        </>
      ) : (
        <MessageSummary form={request.form} data={request.data} />
      )}

      {declaration ? (
        <section
          aria-labelledby={`${id}-verification`}
          className="mord-verification"
          data-state={request.verification?.valid ? 'verified' : 'unverified'}
        >
          <h3 id={`${id}-verification`} className="mord-section-title">
            {t('staff.verification')}
          </h3>
          <p className={request.verification?.valid ? 'mord-success' : 'mord-error'}>
            {t(request.verification?.valid ? 'staff.verified' : 'staff.notVerified')}
          </p>
          <p>
            {/* The server's receipt is the signing time that counts; the device's clock is only a claim. */}
            <bdi>{declaration.signerName}</bdi> — {both(declaration.receivedAt ?? declaration.signedAt)}
          </p>
          {declaration.method === 'wet' ? (
            <p data-method="wet">{t('signing.wet', { name: isolate(declaration.recordedBy?.name ?? '') })}</p>
          ) : declaration.method === 'drawn' && declaration.strokes && declaration.box ? (
            <SignatureImage
              strokes={declaration.strokes}
              box={declaration.box}
              label={declaration.signerName}
            />
          ) : (
            <p className="mord-typed-signature-text">{declaration.signerName}</p>
          )}
        </section>
      ) : null}

      {request.form === 'support-request' ? (
        <VerificationChecklist
          legend={t('staff.checklist')}
          value={currentChecklist}
          onChange={setChecklist}
          disabled={!canCheck}
        >
          {canCheck ? (
            <button
              type="button"
              className="mord-button"
              onClick={() => saveChecklist.mutate(currentChecklist)}
            >
              {t('staff.saveChecklist')}
            </button>
          ) : null}
        </VerificationChecklist>
      ) : null}

      <section aria-labelledby={`${id}-actions`}>
        <h3 id={`${id}-actions`} className="mord-section-title">
          {t('staff.actions')}
        </h3>
        <RequestActions staff={props.staff} request={request} onMoved={() => void refresh()} />
        {canInviteToSurvey(role, request.status) ? (
          <div className="mord-actions">
            <button type="button" className="mord-button" onClick={() => invite.mutate()}>
              {t('staff.surveyInvite')}
            </button>
            {invitation ? (
              <p role="status">
                {t('staff.surveyLink', { url: '' })}
                <bdi dir="ltr">{invitation.url ?? invitation.token}</bdi>
              </p>
            ) : null}
          </div>
        ) : null}
      </section>

      <NotificationLog staff={props.staff} reference={request.reference} />

      <section aria-labelledby={`${id}-history`}>
        <h3 id={`${id}-history`} className="mord-section-title">
          {t('staff.history')}
        </h3>
        <RequestHistory
          history={request.history}
          renderAttachment={(file) => (
            <DocumentViewer staff={props.staff} reference={request.reference} file={file} />
          )}
        />
      </section>
    </article>
  );
}
