export type { DrawnSignature, SignaturePadProps } from './declaration/SignaturePad';
export { SignaturePad } from './declaration/SignaturePad';
export type { SignatureState, SignedDeclarationProps } from './declaration/SignedDeclaration';
export {
  EMPTY_SIGNATURE,
  SignedDeclaration,
  signatureProblem,
  signatureToRecord,
} from './declaration/SignedDeclaration';
export type { DraftState, DraftStatusStore } from './drafts/createDraftStatus';
export { DraftIndicator } from './drafts/DraftIndicator';
export type { DraftExtras, UseDraftOptions, UseDraftResult } from './drafts/useDraft';
export { useDraft } from './drafts/useDraft';
export type { ChoiceFieldProps, ChoiceOption } from './fields/choiceFields';
export { CheckboxField, CheckboxGroupField, RadioGroupField, SelectField } from './fields/choiceFields';
export type { DateFieldProps } from './fields/DateField';
export { DateField } from './fields/DateField';
export type { BaseFieldProps } from './fields/FieldShell';
export type { FileFieldProps } from './fields/FileField';
export { FileField } from './fields/FileField';
export type { HouseholdMembersFieldProps } from './fields/HouseholdMembersField';
export { emptyHouseholdMember, HouseholdMembersField } from './fields/HouseholdMembersField';
export type { RatingFieldProps } from './fields/RatingField';
export { NpsField, RatingField } from './fields/RatingField';
export { IbanField, MobileField, MoneyField, SaudiIdField } from './fields/specialFields';
export type { TextFieldProps } from './fields/TextField';
export { TextField } from './fields/TextField';
export { useFieldError } from './fields/useFieldError';
export type { InquiryFormProps } from './forms/InquiryForm';
export { InquiryForm } from './forms/InquiryForm';
export { MordFormProvider } from './forms/MordFormProvider';
export { useMordForm } from './forms/useMordForm';
export type { VolunteerFormProps } from './forms/VolunteerForm';
export { VolunteerForm } from './forms/VolunteerForm';
export type { UiMessageKey } from './i18n/uiMessages';
export { uiMessages } from './i18n/uiMessages';
export type { MordContextValue } from './provider/MordContext';
export type { MordProviderProps, MordTheme } from './provider/MordProvider';
export { MordProvider } from './provider/MordProvider';
export { useMord } from './provider/useMord';
export type { RequestReviewProps } from './staff/RequestReview';
export { RequestReview } from './staff/RequestReview';
export type { SatisfactionReportProps } from './staff/SatisfactionReport';
export { SatisfactionReport, SMALL_SAMPLE } from './staff/SatisfactionReport';
export { SignatureImage } from './staff/SignatureImage';
export type { ConfirmationProps } from './status/Confirmation';
export { Confirmation } from './status/Confirmation';
export type { RequestStatusProps } from './status/RequestStatus';
export { RequestStatus, RequestStatusView } from './status/RequestStatus';
export type { UseSubmitOptions } from './submit/useSubmit';
export { useSubmit } from './submit/useSubmit';
export type { SatisfactionSurveyProps } from './survey/SatisfactionSurvey';
export { SatisfactionSurvey } from './survey/SatisfactionSurvey';
export type { SupportRequestValues } from './wizard/emptySupportRequest';
export { emptySupportRequest } from './wizard/emptySupportRequest';
export type { SupportRequestFormProps } from './wizard/SupportRequestForm';
export { ASSISTED_CHECKLIST, SupportRequestForm } from './wizard/SupportRequestForm';
export type { StepId } from './wizard/steps';
export { STEP_IDS } from './wizard/steps';
