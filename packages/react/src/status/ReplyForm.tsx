import {
  type AttachmentMeta,
  isStorageError,
  optionLabel,
  type StatusView,
  validationMessage,
} from '@mord/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../i18n/useMessages';

type Document = AttachmentMeta & { kind: string; name: string };

/**
 * Her answer when her request needs more information — with her access code, or through the link of the
 * message that asked her (`linkToken`): what she adds in words, and the missing documents — each uploaded
 * as she picks it, of the type she says — then sent together; the request goes back to the relations officer.
 */
export function ReplyForm(props: {
  view: StatusView;
  /** Her access code… */
  accessToken?: string;
  /** …or the token of the link in the message that asked her. */
  linkToken?: string;
  onSent: (view: StatusView) => void;
}) {
  const { t, locale, backend, config } = useMessages();
  const id = useId();
  const [message, setMessage] = useState('');
  const [documents, setDocuments] = useState<Document[]>([]);
  const missing = props.view.history.at(-1)?.missing ?? [];
  const kinds = config.documents.filter((doc) => missing.includes(doc.id));
  const [kind, setKind] = useState(kinds[0]?.id ?? config.documents[0]?.id ?? '');
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const meta = await backend.attachments!.put({
        name: file.name,
        mediaType: file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
        form: props.view.form,
      });
      return { ...meta, kind, name: file.name };
    },
    onSuccess: (document) => setDocuments((list) => [...list, document]),
  });
  const send = useMutation({
    mutationFn: () => {
      const input = {
        ...(message.trim() ? { message } : {}),
        ...(documents.length ? { attachments: documents } : {}),
      };
      return Promise.resolve(
        props.accessToken
          ? backend.reply!(props.view.reference, props.accessToken, input)
          : backend.replyByLink!(props.view.reference, props.linkToken!, input),
      );
    },
    onSuccess: props.onSent,
  });
  const canSend = props.accessToken ? backend.reply : props.linkToken ? backend.replyByLink : undefined;
  if (!canSend || props.view.status !== 'needs_information') return null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate();
  }
  const failure = (error: Error) =>
    isStorageError(error) && error.issues.length
      ? error.issues.map((issue) => validationMessage(issue.code as never, locale)).join(' ')
      : t('reply.failed');
  return (
    <form className="mord-form mord-reply" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="mord-section-title">
        {t('reply.title')}
      </h3>
      <div className="mord-field">
        <label className="mord-label" htmlFor={`${id}-message`}>
          {t('reply.message')}
        </label>
        <textarea
          id={`${id}-message`}
          className="mord-input"
          dir="auto"
          rows={3}
          maxLength={2000}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
      {backend.attachments ? (
        <fieldset className="mord-field mord-group">
          <legend className="mord-label">{t('reply.documents')}</legend>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-kind`}>
              {t('file.kind')}
            </label>
            <select
              id={`${id}-kind`}
              className="mord-input mord-select"
              value={kind}
              onChange={(event) => setKind(event.target.value)}
            >
              {(kinds.length ? kinds : config.documents).map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.label[locale]}
                </option>
              ))}
            </select>
          </div>
          <div className="mord-field">
            {/* The browser's own control speaks the browser's language; a label in hers opens it. */}
            <input
              id={`${id}-file`}
              type="file"
              className="mord-file-input"
              accept="application/pdf,image/jpeg,image/png"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) upload.mutate(file);
                event.target.value = '';
              }}
            />
            <label className="mord-button" htmlFor={`${id}-file`}>
              {t('reply.file')}
            </label>
          </div>
          {upload.isError ? (
            <p className="mord-error" role="alert">
              {failure(upload.error)}
            </p>
          ) : null}
          {documents.length ? (
            <ul className="mord-file-list">
              {documents.map((document) => (
                <li key={document.id}>
                  <bdi>{document.name}</bdi> — {optionLabel(config.documents, document.kind, locale)}
                </li>
              ))}
            </ul>
          ) : null}
        </fieldset>
      ) : null}
      {send.isError ? (
        <p className="mord-error" role="alert">
          {failure(send.error)}
        </p>
      ) : null}
      <div className="mord-actions">
        <button
          type="submit"
          className="mord-button mord-button-primary"
          disabled={send.isPending || upload.isPending}
        >
          {t('reply.send')}
        </button>
      </div>
    </form>
  );
}
