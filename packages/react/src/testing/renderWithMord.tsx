import {
  createMemoryAdapter,
  type DraftStore,
  type Locale,
  type PublicAssociationConfig,
  type SubmissionBackend,
} from '@mord/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MordProvider } from '../provider/MordProvider';

/** Renders a component inside a MordProvider backed by a fresh memory adapter (or the given backend). */
export function renderWithMord(
  ui: ReactElement,
  options: {
    locale?: Locale;
    backend?: SubmissionBackend;
    draftStore?: DraftStore;
    config?: PublicAssociationConfig;
  } = {},
) {
  const memory = createMemoryAdapter();
  const backend = options.backend ?? memory;
  const view = render(
    <MordProvider
      backend={backend}
      draftStore={options.draftStore}
      locale={options.locale ?? 'ar'}
      {...(options.config ? { config: options.config } : {})}
    >
      {ui}
    </MordProvider>,
  );
  return { ...view, backend, memory };
}
