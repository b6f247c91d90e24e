import { type Channel, isStorageError, type Locale, type Receipt, resolveLocale } from '@mord/core';
import { type MessageOverrides, MordProvider, useMessages } from '@mord/react';
import { createIndexedDbDraftStore, createOutbox, type Outbox } from '@mord/storage-browser';
import { createHttpBackend } from '@mord/storage-http';
import type { ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { ShadowReactElement } from './ShadowReactElement';

/** What an element renders, given its attributes and a way to report a submission. */
export interface ElementContext {
  locale: Locale;
  token: string | null;
  /** The token of a message's status link (`link-token`): her status without the code. */
  linkToken: string | null;
  reference: string | null;
  mode: 'self' | 'assisted';
  /** The staff key for assisted mode, from the element's `staffKey` property. */
  staffKey: string | null;
  channel: Channel | null;
  namespace: string;
  submitted: (receipt: Receipt) => void;
  failed: (error: Error) => void;
}

/** The attributes every Mord element understands. */
export const MORD_ATTRIBUTES = [
  'endpoint',
  'locale',
  'token',
  'link-token',
  'reference',
  'mode',
  'channel',
  'namespace',
  'include-token',
  'messages',
] as const;

/** An endpoint's outbox, and whether this page was found unable to reach it at all (CSP, CORS, URL). */
interface Endpoint {
  outbox: Outbox;
  unreachable: boolean;
  listeners: Set<() => void>;
}

const backends = new Map<string, Endpoint>();

/**
 * One outbox per endpoint and namespace on the page, started once — whatever the locale: two outboxes over
 * one IndexedDB namespace would both deliver the same entry. The form's locale travels with each submission.
 * The configuration the provider asks for first doubles as the check that the page can reach the server.
 */
function endpointFor(endpoint: string, namespace: string, locale: Locale): Endpoint {
  const key = `${endpoint}|${namespace}`;
  let entry = backends.get(key);
  if (!entry) {
    const outbox = createOutbox({ backend: createHttpBackend({ baseUrl: endpoint, locale }), namespace });
    const created: Endpoint = { outbox, unreachable: false, listeners: new Set() };
    const getConfig = outbox.getConfig;
    if (getConfig)
      outbox.getConfig = () =>
        Promise.resolve(getConfig()).catch((error: unknown) => {
          if (isStorageError(error) && error.code === 'endpoint_unreachable' && !created.unreachable) {
            created.unreachable = true;
            for (const listener of created.listeners) listener();
          }
          throw error;
        });
    outbox.start();
    entry = created;
    backends.set(key, entry);
  }
  return entry;
}

/** Said above the form when the page cannot reach the server: nothing she types would be sent. */
function Unreachable() {
  const { t } = useMessages();
  return (
    <div className="mord-submit-error" role="alert" data-state="unreachable">
      <p>{t('submit.unreachable')}</p>
    </div>
  );
}

/**
 * Base of the Mord custom elements: renders its form in an open shadow root with the shared constructable
 * stylesheet (the page's CSS does not leak in, ours does not leak out), keeps drafts in IndexedDB and
 * submissions in an offline outbox, sets `lang`/`dir` from the `locale` attribute, and reports
 * `mord-submitted` (reference, status, decision date; the access token only with `include-token`), and
 * shows the integrator's wording from the `messages` attribute as plain text.
 */
export abstract class MordElement extends ShadowReactElement {
  static observedAttributes: readonly string[] = MORD_ATTRIBUTES;

  protected abstract renderForm(context: ElementContext): ReactNode;

  #staffKey: string | null = null;
  #failed: ((error: Error) => void) | null = null;
  #endpoint: Endpoint | null = null;
  readonly #unreachable = () => {
    this.reportError('endpoint_unreachable');
    this.render();
  };

  override disconnectedCallback(): void {
    this.#endpoint?.listeners.delete(this.#unreachable);
    this.#endpoint = null;
    super.disconnectedCallback();
  }

  /** A staff key for assisted mode: a property, never an attribute, so it stays out of the page's markup. */
  get staffKey(): string | null {
    return this.#staffKey;
  }

  /** One function for the element's life: forms that depend on it do not start over on a re-render. */
  #failedHandler(): (error: Error) => void {
    this.#failed ??= (error) => {
      const detail = {
        code: isStorageError(error) ? error.code : 'unavailable',
        queued: isStorageError(error) && error.queued,
      };
      this.dispatchEvent(new CustomEvent('mord-error', { bubbles: true, composed: true, detail }));
    };
    return this.#failed;
  }

  set staffKey(key: string | null) {
    this.#staffKey = key || null;
    this.render();
  }

  protected renderInto(root: Root): void {
    // The base class only renders when the endpoint attribute is set.
    const endpoint = this.getAttribute('endpoint')!;
    const locale = resolveLocale(this.getAttribute('locale') ?? 'ar');
    const namespace = `embed:${this.getAttribute('namespace') ?? this.localName}`;
    const context: ElementContext = {
      locale,
      token: this.getAttribute('token'),
      linkToken: this.getAttribute('link-token'),
      reference: this.getAttribute('reference'),
      mode: this.getAttribute('mode') === 'assisted' ? 'assisted' : 'self',
      staffKey: this.#staffKey,
      channel: (this.getAttribute('channel') as Channel | null) ?? null,
      namespace,
      submitted: (receipt) => {
        const detail = {
          reference: receipt.reference,
          status: receipt.status,
          decisionDueAt: receipt.decisionDueAt,
          ...(this.hasAttribute('include-token') ? { accessToken: receipt.accessToken } : {}),
        };
        this.dispatchEvent(new CustomEvent('mord-submitted', { bubbles: true, composed: true, detail }));
      },
      failed: this.#failedHandler(),
    };
    const messages = this.messages() as MessageOverrides | undefined;
    const target = endpointFor(endpoint, namespace, locale);
    if (target !== this.#endpoint) {
      this.#endpoint?.listeners.delete(this.#unreachable);
      this.#endpoint = target;
      target.listeners.add(this.#unreachable);
      if (target.unreachable) this.reportError('endpoint_unreachable');
    }
    root.render(
      <MordProvider
        key={locale}
        {...(messages ? { messages } : {})}
        backend={target.outbox}
        draftStore={createIndexedDbDraftStore({ namespace })}
        locale={locale}
      >
        {target.unreachable ? <Unreachable /> : null}
        {this.renderForm(context)}
      </MordProvider>,
    );
  }
}
