import {
  DEFAULT_ASSOCIATION_CONFIG,
  DEFAULT_LOCALE,
  type DraftStore,
  defaultNumberingSystem,
  formatMessage,
  getDirection,
  type Locale,
  type MessageParams,
  type NumberingSystem,
  type PublicAssociationConfig,
  publicAssociationConfig,
  type SubmissionBackend,
} from '@mord/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type CSSProperties, type ReactNode, useEffect, useMemo, useState } from 'react';
import { type UiMessageKey, uiMessages } from '../i18n/uiMessages';
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
export type MessageOverrides = { readonly [L in Locale]?: Partial<Record<UiMessageKey, string>> };

/** Props of {@link MordProvider}. */
export interface MordProviderProps {
  /** Where submissions go (memory adapter, HTTP client, offline outbox…). */
  backend: SubmissionBackend;
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
  /** Your own React Query client; one is created otherwise. */
  queryClient?: QueryClient;
  className?: string;
  children: ReactNode;
}

const DEFAULTS = publicAssociationConfig(DEFAULT_ASSOCIATION_CONFIG);
// Served configurations are the same objects serialised in the same key order: plain JSON compares them.
const DEFAULTS_JSON = JSON.stringify(DEFAULTS);

function looksLikeConfig(value: unknown): value is PublicAssociationConfig {
  const config = value as Partial<PublicAssociationConfig> | null;
  return (
    Array.isArray(config?.services) &&
    config.services.length > 0 &&
    Array.isArray(config.documents) &&
    typeof config.decision?.days === 'number'
  );
}

/** The configuration a backend serves, once it answers; null before, on failure, or without the capability. */
function useServedConfig(backend: SubmissionBackend | undefined): PublicAssociationConfig | null {
  const [served, setServed] = useState<PublicAssociationConfig | null>(null);
  useEffect(() => {
    if (!backend?.capabilities?.config || !backend.getConfig) return;
    let live = true;
    Promise.resolve(backend.getConfig())
      .then((config) => {
        // The same lists as the defaults change nothing: no re-render of every form below.
        if (live && looksLikeConfig(config) && JSON.stringify(config) !== DEFAULTS_JSON) setServed(config);
      })
      // Offline or refused: the defaults stay; the form works either way.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [backend]);
  return served;
}

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
  const served = useServedConfig(props.config ? undefined : props.backend);
  const config = props.config ?? served ?? DEFAULTS;
  const [ownClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1 }, mutations: { retry: 0 } } }),
  );
  const value = useMemo<MordContextValue>(() => {
    const numberFormat = new Intl.NumberFormat(`${locale}-u-nu-${numberingSystem}`, { useGrouping: false });
    const formatNumber = (n: number, options?: Intl.NumberFormatOptions) =>
      options
        ? new Intl.NumberFormat(`${locale}-u-nu-${numberingSystem}`, options).format(n)
        : numberFormat.format(n);
    const t = (key: UiMessageKey, params?: MessageParams) => {
      const localized: MessageParams = {};
      for (const [name, v] of Object.entries(params ?? {}))
        localized[name] = typeof v === 'number' ? formatNumber(v) : v;
      return formatMessage(props.messages?.[locale]?.[key] ?? uiMessages[locale][key], localized);
    };
    const context: MordContextValue = {
      backend: props.backend,
      locale,
      dir: getDirection(locale),
      numberingSystem,
      config,
      decisionDays: props.decisionDays ?? config.decision.days,
      t,
      formatNumber,
    };
    if (props.draftStore) context.draftStore = props.draftStore;
    return context;
  }, [props.backend, props.draftStore, props.decisionDays, props.messages, locale, numberingSystem, config]);

  return (
    <QueryClientProvider client={props.queryClient ?? ownClient}>
      <MordContext.Provider value={value}>
        <div
          className={props.className ? `mord ${props.className}` : 'mord'}
          lang={locale}
          dir={value.dir}
          style={toCssVariables(props.theme)}
        >
          {props.children}
        </div>
      </MordContext.Provider>
    </QueryClientProvider>
  );
}
