import type { Root } from 'react-dom/client';
import { rootInShadow } from './shadow';

/** A custom element that renders React into its own shadow root, again whenever an observed attribute changes. */
export abstract class ShadowReactElement extends HTMLElement {
  #root: Root | null = null;

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
      this.dispatchEvent(
        new CustomEvent('mord-error', {
          bubbles: true,
          composed: true,
          detail: { code: 'missing_endpoint' },
        }),
      );
      return;
    }
    this.renderInto(this.#root);
  }
}
