import { GENERAL_SURVEY_TOKEN, getDirection, isStorageError, resolveLocale } from '@mord/core';
import { SurveyForm, type SurveyMessageOverrides } from '@mord/react';
import { createHttpSurveyClient } from '@mord/storage-http';
import type { Root } from 'react-dom/client';
import { ShadowReactElement } from './ShadowReactElement';

/**
 * `<mord-satisfaction-survey>`: the survey a beneficiary opens after service delivery (`token` from the
 * invitation; without it, the general anonymous survey). Built without the form and query libraries so
 * the survey-only bundle stays small; fires `mord-submitted` with the response id.
 */
export class MordSatisfactionSurveyElement extends ShadowReactElement {
  static observedAttributes = ['endpoint', 'locale', 'token', 'messages'];

  protected renderInto(root: Root): void {
    // The base class only renders when the endpoint attribute is set.
    const endpoint = this.getAttribute('endpoint')!;
    const locale = resolveLocale(this.getAttribute('locale') ?? 'ar');
    const token = this.getAttribute('token') ?? GENERAL_SURVEY_TOKEN;
    const messages = this.messages() as SurveyMessageOverrides | undefined;
    root.render(
      <div className="mord" lang={locale} dir={getDirection(locale)}>
        <SurveyForm
          key={`${locale}|${token}`}
          backend={createHttpSurveyClient({ baseUrl: endpoint, locale })}
          locale={locale}
          token={token}
          {...(messages ? { messages } : {})}
          onError={(error) => this.reportError(isStorageError(error) ? error.code : 'unavailable')}
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
