import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/useMessages';
import type { DraftStatusStore } from './createDraftStatus';

/** Shows whether the draft is saving, saved or failed; `data-state` carries the state for styling and tests. */
export function DraftIndicator(props: { status: DraftStatusStore }) {
  const { t } = useMessages();
  const state = useSyncExternalStore(props.status.subscribe, props.status.get, props.status.get);
  return (
    <p className="mord-draft" data-state={state} role="status">
      {t(`draft.${state}`)}
    </p>
  );
}
