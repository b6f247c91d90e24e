import type { Channel, RequestState, StorageErrorCode } from '@mord/core';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  MordInquiryElement,
  MordRequestStatusElement,
  MordSupportRequestElement,
  MordVolunteerElement,
} from './elements';
import type { MordSatisfactionSurveyElement } from './MordSatisfactionSurveyElement';

/** What `mord-submitted` carries: her reference and status (a form), or the response id (the survey). */
export type MordSubmittedDetail =
  | {
      reference: string;
      status: RequestState;
      /** When the research committee answers by (support request), ISO. */
      decisionDueAt?: string | null;
      /** Only with the `include-token` attribute. */
      accessToken?: string;
    }
  | { id: string };

/** The stable codes of `mord-error` (docs/embedding.md lists when each is fired). */
export type MordErrorCode = StorageErrorCode | 'missing_endpoint' | 'invalid_messages';

/** What `mord-error` carries. */
export interface MordErrorDetail {
  code: MordErrorCode;
  /** After a submission: kept on the device and sent when the connection is back. */
  queued?: boolean;
}

/** The event a Mord element fires when a submission is received. */
export type MordSubmittedEvent = CustomEvent<MordSubmittedDetail>;

/** The event a Mord element fires when it cannot do its work (see {@link MordErrorCode}). */
export type MordErrorEvent = CustomEvent<MordErrorDetail>;

/** The attributes every Mord element takes in JSX (React 18 and 19). */
export interface MordElementAttributes<E extends HTMLElement>
  extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  /** Base URL of the protocol, e.g. `https://forms.example.org`. */
  endpoint: string;
  /** @default 'ar' */
  locale?: 'ar' | 'en';
  /** Your own wording: JSON of `{ "ar": { key: text }, "en": { … } }`, shown as plain text. */
  messages?: string;
  /** React 19 listens to custom events by their name after `on`. */
  'onmord-submitted'?: (event: MordSubmittedEvent) => void;
  'onmord-error'?: (event: MordErrorEvent) => void;
}

/** The attributes of the form elements. */
export interface MordFormAttributes<E extends HTMLElement> extends MordElementAttributes<E> {
  /** Her access code (status), or `token` of a link. */
  token?: string;
  /** The token of a message's status link. */
  'link-token'?: string;
  reference?: string;
  /** `assisted`: a staff member takes the request; set the `staffKey` property, never an attribute. */
  mode?: 'self' | 'assisted';
  channel?: Channel;
  /** Keeps the drafts and outbox of different embeds apart. */
  namespace?: string;
  /** Also put the access token in `mord-submitted`. */
  'include-token'?: boolean | '';
}

/** The attributes of `<mord-satisfaction-survey>`. */
export interface MordSurveyAttributes extends MordElementAttributes<MordSatisfactionSurveyElement> {
  /** The invitation token; without it, the general anonymous survey. */
  token?: string;
}

/** Every Mord element by its tag name, with its attributes. */
export interface MordIntrinsicElements {
  'mord-support-request': MordFormAttributes<MordSupportRequestElement>;
  'mord-inquiry': MordFormAttributes<MordInquiryElement>;
  'mord-volunteer': MordFormAttributes<MordVolunteerElement>;
  'mord-request-status': MordFormAttributes<MordRequestStatusElement>;
  'mord-satisfaction-survey': MordSurveyAttributes;
}

declare global {
  interface HTMLElementTagNameMap {
    'mord-support-request': MordSupportRequestElement;
    'mord-inquiry': MordInquiryElement;
    'mord-volunteer': MordVolunteerElement;
    'mord-request-status': MordRequestStatusElement;
    'mord-satisfaction-survey': MordSatisfactionSurveyElement;
  }
  interface HTMLElementEventMap {
    'mord-submitted': MordSubmittedEvent;
    'mord-error': MordErrorEvent;
  }
  // The events bubble out of the shadow root, up to the document.
  interface DocumentEventMap {
    'mord-submitted': MordSubmittedEvent;
    'mord-error': MordErrorEvent;
  }
  // React 18's types read the global JSX namespace.
  namespace JSX {
    interface IntrinsicElements extends MordIntrinsicElements {}
  }
}

// React 19's types (and React 18's with the automatic runtime) read React.JSX.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends MordIntrinsicElements {}
  }
}
