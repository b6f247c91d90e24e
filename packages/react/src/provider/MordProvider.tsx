import {
  DEFAULT_LOCALE,
  type DraftStore,
  defaultNumberingSystem,
  getDirection,
  type Locale,
  type NumberingSystem,
  type PublicAssociationConfig,
  StorageError,
  type SubmissionBackend,
} from '@mord/core';
import type { QueryClient } from '@tanstack/react-query';
import { type CSSProperties, type ReactNode, useMemo } from 'react';
import { createTranslator } from '../i18n/createTranslator';
import { fieldMessages } from '../i18n/fieldMessages';
import type { StaffMessageKey } from '../i18n/staffMessages';
import type { UiMessageKey } from '../i18n/uiMessages';
import { MordContext, type MordContextValue } from './MordContext';

/** Theme tokens, applied as CSS custom properties (`--mord-<token>`) on the provider's root. */
export interface MordTheme {
  accent?: string;
  accentContrast?: string;
  text?: string;
  muted?: string;
  surface?: string;
  border?: string;
  danger?: string;
  success?: string;
  radius?: string;
  fontFamily?: string;
}

/** Replacement wording for messages, per locale; keys missing here keep the built-in text. */
export type MessageOverrides = {
  readonly [L in Locale]?: Partial<Record<UiMessageKey | StaffMessageKey, string>>;
};

/** Props of {@link MordProvider}. */
export interface MordProviderProps {
  /**
   * Where submissions go (memory adapter, HTTP client, offline outbox…). A page of form fields alone needs
   * none; without one, sending fails with `unavailable`.
   */
  backend?: SubmissionBackend;
  /** Where drafts are kept between visits; without one, drafts are not saved. */
  draftStore?: DraftStore;
  /** @default 'ar' */
  locale?: Locale;
  /** Digits for numbers and dates: Arabic-Indic or Latin. @default 'arab' for Arabic, 'latn' for English */
  numberingSystem?: NumberingSystem;
  /**
   * The association's configuration (services, documents, decision period). Without it, a backend that
   * serves one (`capabilities.config`, e.g. the HTTP client's `GET /v1/config`) is asked, so a page follows
   * the server's settings without a rebuild; until it answers, and offline, the defaults apply.
   */
  config?: PublicAssociationConfig;
  /** Days the research committee has to answer. @default the configuration's (14) */
  decisionDays?: number;
  theme?: MordTheme;
  /**
   * Your own wording for any message, per locale (labels, help text, buttons). Shown as plain text, never as
   * markup. Define it outside the component (or memoise it): a new object re-renders every form below.
   * @example { ar: { 'field.description': 'اشرحي حاجتكِ باختصار' }, en: { 'field.description': 'Tell us briefly what you need' } }
   */
  messages?: MessageOverrides;
  /** Your own React Query client for the views that fetch (status, staff review, report); a shared one otherwise. */
  queryClient?: QueryClient;
  className?: string;
  children: ReactNode;
}

const missing = () =>
  Promise.reject(new StorageError('unavailable', 'No backend: give MordProvider a `backend` to send to'));

/** The backend of a provider given none (a page of fields alone): every call fails, plainly. */
const NO_BACKEND: SubmissionBackend = {
  name: 'none',
  submit: missing,
  getStatus: missing,
  submitSurveyResponse: missing,
};

function toCssVariables(theme: MordTheme | undefined): CSSProperties | undefined {
  if (!theme) return undefined;
  const style: Record<string, string> = {};
  for (const [token, value] of Object.entries(theme)) {
    if (value) style[`--mord-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
  }
  return style as CSSProperties;
}

/**
 * Provides the backend, drafts, locale and theme to every Mord component below it, and sets `lang`
 * and `dir` together on its root element: Arabic and right-to-left by default.
 * @example <MordProvider backend={createMemoryAdapter()} locale="ar"><SupportRequestForm /></MordProvider>
 */
export function MordProvider(props: MordProviderProps) {
  const locale = props.locale ?? DEFAULT_LOCALE;
  const numberingSystem = props.numberingSystem ?? defaultNumberingSystem(locale);
  const value = useMemo<MordContextValue>(() => {
    // Made on first use: a page whose fields show no numbers never pays for an Intl constructor.
    let numberFormat: Intl.NumberFormat | undefined;
    const formatNumber = (n: number, options?: Intl.NumberFormatOptions) => {
      if (options) return new Intl.NumberFormat(`${locale}-u-nu-${numberingSystem}`, options).format(n);
      numberFormat ??= new Intl.NumberFormat(`${locale}-u-nu-${numberingSystem}`, { useGrouping: false });
      return numberFormat.format(n);
    };
    const t = createTranslator(fieldMessages, locale, props.messages, formatNumber);
    const context: MordContextValue = {
      backend: props.backend ?? NO_BACKEND,
      ...(props.queryClient ? { queryClient: props.queryClient } : {}),
      locale,
      dir: getDirection(locale),
      numberingSystem,
      ...(props.config ? { config: props.config } : {}),
      ...(props.decisionDays !== undefined ? { decisionDays: props.decisionDays } : {}),
      ...(props.messages ? { messages: props.messages } : {}),
      t,
      formatNumber,
    };
    if (props.draftStore) context.draftStore = props.draftStore;
    return context;
  }, [
    props.backend,
    props.draftStore,
    props.decisionDays,
    props.messages,
    props.queryClient,
    locale,
    numberingSystem,
    props.config,
  ]);

  return (
    <MordContext.Provider value={value}>
      <div
        className={props.className ? `mord ${props.className}` : 'mord'}
        lang={locale}
        dir={value.dir}
        data-numbering={value.numberingSystem}
        style={toCssVariables(props.theme)}
      >
        {props.children}
      </div>
    </MordContext.Provider>
  );
}
