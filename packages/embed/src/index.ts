export {
  defineMordElements,
  MORD_ELEMENTS,
  MordInquiryElement,
  MordRequestStatusElement,
  MordSupportRequestElement,
  MordVolunteerElement,
} from './elements';
export type {
  MordElementAttributes,
  MordErrorCode,
  MordErrorDetail,
  MordErrorEvent,
  MordFormAttributes,
  MordIntrinsicElements,
  MordSubmittedDetail,
  MordSubmittedEvent,
  MordSurveyAttributes,
} from './jsx';
export type { ElementContext } from './MordElement';
export { MORD_ATTRIBUTES, MordElement } from './MordElement';
export { MordSatisfactionSurveyElement } from './MordSatisfactionSurveyElement';
export type { MountConfig } from './mount';
export { mount } from './mount';
