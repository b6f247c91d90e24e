import type {
  DraftStore,
  Locale,
  MessageParams,
  NumberingSystem,
  PublicAssociationConfig,
  SubmissionBackend,
} from '@mord/core';
import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react';
import type { Overrides } from '../i18n/createTranslator';
import type { FieldMessageKey } from '../i18n/fieldMessages';

/** What every Mord component reads from {@link MordProvider}. */
export interface MordContextValue {
  backend: SubmissionBackend;
  draftStore?: DraftStore;
  /** The provider's React Query client, for the views that fetch. */
  queryClient?: QueryClient;
  locale: Locale;
  dir: 'rtl' | 'ltr';
  numberingSystem: NumberingSystem;
  /** The provider's `config`; views read the resolved one with `useAssociationConfig()`. */
  config?: PublicAssociationConfig;
  /** The provider's `decisionDays`, overriding the configuration's. */
  decisionDays?: number;
  /** The integrator's wording, per locale. */
  messages?: Overrides;
  /** Translates a plain field's text (`fieldMessages`); other components use `useMessages()`. */
  t: (key: FieldMessageKey, params?: MessageParams) => string;
  /** Formats a number in the chosen digits. */
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

/** @internal The context behind {@link MordProvider}; use `useMord()`. */
export const MordContext = createContext<MordContextValue | null>(null);
