import type { Root } from 'react-dom/client';
import { type EmbedMessages, parseMessages } from './parseMessages';
import { rootInShadow } from './shadow';

/**
 * `HTMLElement` in a browser. Outside one (server rendering, a Next.js build, tests in Node) a plain class,
 * so that importing the package never throws; the elements are only registered where `customElements` exists.
 */
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** A custom element that renders React into its own shadow root, again whenever an observed attribute changes. */
export abstract class ShadowReactElement extends ElementBase {
  #root: Root | null = null;
  #messagesSource: string | null = null;
  #messages: EmbedMessages | undefined;

  /** Renders the current attributes into the root. */
  protected abstract renderInto(root: Root): void;

  connectedCallback(): void {
    this.#root ??= rootInShadow(this);
    this.render();
  }

  disconnectedCallback(): void {
    this.#root?.unmount();
    this.#root = null;
  }

  attributeChangedCallback(): void {
    if (this.#root) this.render();
  }

  /** Renders again with the current attributes. */
  render(): void {
    if (!this.#root) return;
    if (!this.getAttribute('endpoint')) {
      this.reportError('missing_endpoint');
      return;
    }
    this.renderInto(this.#root);
  }

  /** Fires `mord-error` with the given code. */
  protected reportError(code: string): void {
    this.dispatchEvent(new CustomEvent('mord-error', { bubbles: true, composed: true, detail: { code } }));
  }

  /**
   * The integrator's wording from the `messages` attribute, parsed once per value (the same object keeps
   * the forms from re-rendering). JSON that is not `{"ar": {…}, "en": {…}}` fires `mord-error` with
   * `invalid_messages`, and the built-in wording is used.
   */
  protected messages(): EmbedMessages | undefined {
    const source = this.getAttribute('messages');
    if (source !== this.#messagesSource) {
      this.#messagesSource = source;
      const parsed = source === null ? undefined : parseMessages(source);
      if (parsed === null) this.reportError('invalid_messages');
      this.#messages = parsed ?? undefined;
    }
    return this.#messages;
  }
}
