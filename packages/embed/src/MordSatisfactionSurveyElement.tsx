import { getDirection, resolveLocale } from '@mord/core';
import { SurveyForm } from '@mord/react';
import { createHttpSurveyClient } from '@mord/storage-http';
import type { Root } from 'react-dom/client';
import { rootInShadow } from './shadow';

/**
 * `<mord-satisfaction-survey>`: the survey a beneficiary opens after service delivery (`token` from the
 * invitation; without it, the general anonymous survey). Built without the form and query libraries so
 * the survey-only bundle stays small; fires `mord-submitted` with the response id.
 */
export class MordSatisfactionSurveyElement extends HTMLElement {
  static observedAttributes = ['endpoint', 'locale', 'token'];
  #root: Root | null = null;

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
    const endpoint = this.getAttribute('endpoint');
    if (!endpoint) {
      this.dispatchEvent(
        new CustomEvent('mord-error', {
          bubbles: true,
          composed: true,
          detail: { code: 'missing_endpoint' },
        }),
      );
      return;
    }
    const locale = resolveLocale(this.getAttribute('locale') ?? 'ar');
    const token = this.getAttribute('token') ?? 'general';
    this.#root?.render(
      <div className="mord" lang={locale} dir={getDirection(locale)}>
        <SurveyForm
          key={`${locale}|${token}`}
          backend={createHttpSurveyClient({ baseUrl: endpoint, locale })}
          locale={locale}
          token={token}
          onSubmitted={(result) =>
            this.dispatchEvent(
              new CustomEvent('mord-submitted', { bubbles: true, composed: true, detail: { id: result.id } }),
            )
          }
        />
      </div>,
    );
  }
}
