import {
  ATTACHMENT_MEDIA_TYPES,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  detectMediaType,
  isolate,
  MAX_ATTACHMENTS,
  randomToken,
  sha256Hex,
  validationMessage,
} from '@mord/core';
import { type ChangeEvent, memo, useId, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useMessages } from '../i18n/useMessages';
import { useFieldError } from './useFieldError';
import { useFieldForm } from './useFieldForm';

/** Props of {@link FileField}. */
export interface FileFieldProps {
  /** Path of the attachments array. @default 'attachments' */
  name?: string;
  label: string;
  /** @default 10 MB */
  maxBytes?: number;
  /** @default 20 */
  maxFiles?: number;
}

type Status =
  | { state: 'idle' }
  | { state: 'uploading' }
  | { state: 'error'; message: string }
  | { state: 'done'; name: string };

/**
 * Supporting documents: pick the document type, then a PDF, JPEG or PNG file. The type is judged by the
 * file's content, the size is checked before upload, and errors are explained; the bytes go to the
 * backend's attachment store and the form keeps `{ id, kind, name, mediaType, size, sha256 }`.
 */
export const FileField = memo(function FileField(props: FileFieldProps) {
  const name = props.name ?? 'attachments';
  const { control } = useFieldForm();
  const { fields, append, remove } = useFieldArray({ control, name });
  const { t, backend, locale, numberingSystem, config } = useMessages();
  const error = useFieldError(name);
  const id = useId();
  const [kind, setKind] = useState<string>(() => config.documents[0]?.id ?? 'other');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const maxBytes = props.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const maxMb = Math.round(maxBytes / (1024 * 1024));

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > maxBytes)
      return setStatus({
        state: 'error',
        message: validationMessage('attachment.too_large', locale, { max: maxMb }, { numberingSystem }),
      });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mediaType = detectMediaType(bytes);
    if (!mediaType)
      return setStatus({
        state: 'error',
        message: validationMessage('attachment.media_type', locale, undefined, { numberingSystem }),
      });
    setStatus({ state: 'uploading' });
    try {
      const meta = backend.attachments
        ? await backend.attachments.put({ name: file.name, mediaType, bytes })
        : {
            id: `local_${randomToken(12)}`,
            sha256: await sha256Hex(bytes),
            size: bytes.byteLength,
            mediaType,
          };
      append({
        id: meta.id,
        kind,
        name: file.name,
        mediaType: meta.mediaType,
        size: meta.size,
        sha256: meta.sha256,
      });
      setStatus({ state: 'done', name: file.name });
    } catch {
      setStatus({ state: 'error', message: t('file.failed') });
    }
  }

  const statusId = `${id}-status`;
  const kindLabel = (value: string) => config.documents.find((k) => k.id === value)?.label[locale] ?? value;
  return (
    <fieldset
      className="mord-field mord-group mord-files"
      data-state={status.state === 'error' || error ? 'invalid' : 'valid'}
    >
      <legend className="mord-label">{props.label}</legend>
      <p id={`${id}-rules`} className="mord-hint">
        {t('file.rules', { max: maxMb })}
      </p>
      {fields.length > 0 ? (
        <ul className="mord-file-list">
          {fields.map((field, index) => {
            const value = field as unknown as { kind: string; name: string; size: number };
            return (
              <li key={field.id}>
                <span>
                  <bdi>{value.name}</bdi> — {kindLabel(value.kind)} (
                  {t('file.sizeKb', { size: Math.ceil(value.size / 1024) })})
                </span>
                <button type="button" className="mord-button mord-button-quiet" onClick={() => remove(index)}>
                  {t('file.remove', { name: isolate(value.name) })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {fields.length < (props.maxFiles ?? MAX_ATTACHMENTS) ? (
        <div className="mord-file-picker">
          <span className="mord-date-part">
            <label htmlFor={`${id}-kind`}>{t('file.kind')}</label>
            <select
              id={`${id}-kind`}
              className="mord-input mord-select"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
            >
              {config.documents.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label[locale]}
                </option>
              ))}
            </select>
          </span>
          <span className="mord-date-part">
            {/* The browser's own control speaks the browser's language; a label in hers opens it. */}
            <input
              id={`${id}-file`}
              type="file"
              className="mord-file-input"
              accept={ATTACHMENT_MEDIA_TYPES.join(',')}
              aria-describedby={`${id}-rules ${statusId}`}
              aria-invalid={status.state === 'error' || undefined}
              onChange={onFile}
            />
            <label htmlFor={`${id}-file`} className="mord-button">
              {t('file.choose')}
            </label>
          </span>
        </div>
      ) : null}
      <p id={statusId} className={status.state === 'error' ? 'mord-error' : 'mord-hint'} aria-live="polite">
        {status.state === 'error'
          ? status.message
          : status.state === 'uploading'
            ? t('file.uploading')
            : status.state === 'done'
              ? t('file.uploaded', { name: status.name })
              : ''}
      </p>
      {error ? <p className="mord-error">{error}</p> : null}
    </fieldset>
  );
});
