// Script-tag bundle sent to beneficiaries after delivery: only the satisfaction survey.
import { MordSatisfactionSurveyElement } from '../MordSatisfactionSurveyElement';

if (typeof customElements !== 'undefined' && !customElements.get('mord-satisfaction-survey'))
  customElements.define('mord-satisfaction-survey', MordSatisfactionSurveyElement);
