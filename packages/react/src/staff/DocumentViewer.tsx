import type { StaffApi } from '@mord/core';
import { useEffect, useId, useState } from 'react';
import { useStaffMessages } from '../i18n/useStaffMessages';

type Opened =
  | { state: 'closed' }
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'open'; url: string; mediaType: string; name: string };

/**
 * One document of a request for staff: opened in the page (an image, or a PDF in a frame) and downloadable,
 * fetched through the authenticated staff route (each opening is audited by the server). The bytes stay in
 * the page as a blob URL, revoked when it is closed.
 */
export function DocumentViewer(props: {
  staff: Pick<StaffApi, 'getAttachment'>;
  reference: string;
  file: { id: string; name: string };
}) {
  const { t } = useStaffMessages();
  const [opened, setOpened] = useState<Opened>({ state: 'closed' });
  const id = useId();
  const url = opened.state === 'open' ? opened.url : null;
  useEffect(() => (url ? () => URL.revokeObjectURL(url) : undefined), [url]);

  async function open() {
    setOpened({ state: 'loading' });
    try {
      const file = await props.staff.getAttachment(props.reference, props.file.id);
      if (!file) return setOpened({ state: 'failed' });
      const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType });
      setOpened({
        state: 'open',
        url: URL.createObjectURL(blob),
        mediaType: file.mediaType,
        name: file.name,
      });
    } catch {
      setOpened({ state: 'failed' });
    }
  }

  return (
    <div className="mord-document" data-state={opened.state}>
      <bdi>{props.file.name}</bdi>{' '}
      {opened.state === 'open' ? (
        <>
          <a className="mord-button mord-button-quiet" href={opened.url} download={opened.name}>
            {t('staff.downloadDocument')} <span className="mord-visually-hidden">{props.file.name}</span>
          </a>
          <button
            type="button"
            className="mord-button mord-button-quiet"
            onClick={() => setOpened({ state: 'closed' })}
          >
            {t('staff.closeDocument')} <span className="mord-visually-hidden">{props.file.name}</span>
          </button>
          <div className="mord-document-view" id={`${id}-view`}>
            {opened.mediaType === 'application/pdf' ? (
              <iframe title={opened.name} src={opened.url} className="mord-document-frame" />
            ) : (
              <img src={opened.url} alt={opened.name} className="mord-document-image" />
            )}
          </div>
        </>
      ) : (
        <button
          type="button"
          className="mord-button mord-button-quiet"
          onClick={() => void open()}
          disabled={opened.state === 'loading'}
          aria-busy={opened.state === 'loading' || undefined}
        >
          {t('staff.openDocument')} <span className="mord-visually-hidden">{props.file.name}</span>
        </button>
      )}
      {opened.state === 'failed' ? (
        <p className="mord-error" role="alert">
          {t('staff.documentFailed')}
        </p>
      ) : null}
    </div>
  );
}
