import type {
  DraftStore,
  Locale,
  MessageParams,
  NumberingSystem,
  PublicAssociationConfig,
  SubmissionBackend,
} from '@mord/core';
import { createContext } from 'react';
import type { UiMessageKey } from '../i18n/uiMessages';

/** What every Mord component reads from {@link MordProvider}. */
export interface MordContextValue {
  backend: SubmissionBackend;
  draftStore?: DraftStore;
  locale: Locale;
  dir: 'rtl' | 'ltr';
  numberingSystem: NumberingSystem;
  /** The association's public configuration: the provider's `config`, else the backend's, else the defaults. */
  config: PublicAssociationConfig;
  /** Days the research committee has to answer (the provider's `decisionDays`, else the configuration's). */
  decisionDays: number;
  /** Translates a UI catalog key, formatting numbers in the chosen digits. */
  t: (key: UiMessageKey, params?: MessageParams) => string;
  /** Formats a number in the chosen digits. */
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

/** @internal The context behind {@link MordProvider}; use `useMord()`. */
export const MordContext = createContext<MordContextValue | null>(null);
