import { InquiryForm, RequestStatus, SupportRequestForm, VolunteerForm } from '@mord/react';
import { AssistedSupportRequest } from './AssistedSupportRequest';
import { type ElementContext, MordElement } from './MordElement';
import { MordSatisfactionSurveyElement } from './MordSatisfactionSurveyElement';

/**
 * `<mord-support-request>`: the beneficiary support request wizard. With `mode="assisted"`, a staff member
 * takes it for her: set the element's `staffKey` property (from your staff sign-in) and it is sent through
 * the staff route.
 */
export class MordSupportRequestElement extends MordElement {
  protected renderForm(c: ElementContext) {
    if (c.mode === 'assisted') {
      return (
        <AssistedSupportRequest
          staffKey={c.staffKey}
          draftKey={c.namespace}
          channel={c.channel}
          onSubmitted={c.submitted}
          onError={c.failed}
        />
      );
    }
    return (
      <SupportRequestForm
        draftKey={c.namespace}
        onSubmitted={c.submitted}
        onError={c.failed}
        {...(c.channel ? { channel: c.channel } : {})}
      />
    );
  }
}

/** `<mord-inquiry>`: a question to the association. */
export class MordInquiryElement extends MordElement {
  protected renderForm(c: ElementContext) {
    return (
      <InquiryForm
        draftKey={c.namespace}
        onSubmitted={c.submitted}
        onError={c.failed}
        {...(c.channel ? { channel: c.channel } : {})}
      />
    );
  }
}

/** `<mord-volunteer>`: the volunteering application. */
export class MordVolunteerElement extends MordElement {
  protected renderForm(c: ElementContext) {
    return <VolunteerForm draftKey={c.namespace} onSubmitted={c.submitted} onError={c.failed} />;
  }
}

/** `<mord-request-status>`: check a request by reference and access code, or open it from a message's link (`link-token`). */
export class MordRequestStatusElement extends MordElement {
  protected renderForm(c: ElementContext) {
    return (
      <RequestStatus
        {...(c.reference ? { reference: c.reference } : {})}
        {...(c.token ? { accessToken: c.token } : {})}
        {...(c.linkToken && !c.token ? { linkToken: c.linkToken } : {})}
      />
    );
  }
}

/** The custom element names and their classes. */
export const MORD_ELEMENTS = {
  'mord-support-request': MordSupportRequestElement,
  'mord-inquiry': MordInquiryElement,
  'mord-volunteer': MordVolunteerElement,
  'mord-request-status': MordRequestStatusElement,
  'mord-satisfaction-survey': MordSatisfactionSurveyElement,
} as const;

/**
 * Defines the given Mord custom elements (all by default); names already defined are left alone. Outside a
 * browser (no `customElements`, e.g. while a page renders on the server) it does nothing.
 */
export function defineMordElements(
  names: readonly (keyof typeof MORD_ELEMENTS)[] = Object.keys(MORD_ELEMENTS) as never,
): void {
  if (typeof customElements === 'undefined') return;
  for (const name of names) {
    if (!customElements.get(name)) customElements.define(name, MORD_ELEMENTS[name]);
  }
}
