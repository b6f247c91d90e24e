export {
  defineMordElements,
  MORD_ELEMENTS,
  MordInquiryElement,
  MordRequestStatusElement,
  MordSatisfactionSurveyElement,
  MordSupportRequestElement,
  MordVolunteerElement,
} from './elements';
export type { ElementContext } from './MordElement';
export { MORD_ATTRIBUTES, MordElement } from './MordElement';
export type { MountConfig } from './mount';
export { mount } from './mount';
