export type {
  AssociationConfig,
  ChecklistItem,
  DecisionWording,
  ListItemConfig,
  PublicAssociationConfig,
  ServiceConfig,
} from './config/associationConfig';
export {
  DEFAULT_ASSOCIATION_CONFIG,
  defineAssociationConfig,
  publicAssociationConfig,
  stageTargetDays,
  VERIFICATION_CHECKLIST,
} from './config/associationConfig';
export { parseAssociationConfig } from './config/parseAssociationConfig';
export {
  missingDocuments,
  missingDocumentsMessage,
  requiredDocuments,
  requiresIban,
} from './config/serviceRules';
export { requestsCsv } from './csv/requestsCsv';
export { csvCell, toCsv } from './csv/toCsv';
export type {
  CalendarSystem,
  FormatDateOptions,
  FormatDualDateOptions,
  NumberingSystem,
} from './dates/formatDate';
export { defaultNumberingSystem, formatDate, formatDualDate } from './dates/formatDate';
export type { DateParts, EnteredDateProblem } from './dates/hijri';
export {
  EARLIEST_ENTERED_DATE,
  gregorianPartsToIso,
  gregorianToHijri,
  HIJRI_TABLE_RANGE,
  HIJRI_YEARS,
  hijriMonthLength,
  hijriToGregorian,
  parseIsoDate,
  resolveEnteredDate,
} from './dates/hijri';
export { canonicalJson } from './declaration/canonicalJson';
export type { CreateDeclarationOptions } from './declaration/createDeclarationRecord';
export { createDeclarationRecord } from './declaration/createDeclarationRecord';
export type { DeclarationRecord } from './declaration/declarationSchema';
export {
  declarationSchema,
  MAX_SIGNATURE_POINTS,
  MAX_SIGNATURE_STROKES,
  SIGNATURE_METHODS,
} from './declaration/declarationSchema';
export type { DeclarationTextId, DeclarationTextOptions } from './declaration/declarationTexts';
export { DECLARATION_TEXTS, getDeclarationText } from './declaration/declarationTexts';
export { digestSubmission } from './declaration/digestSubmission';
export { formatDecisionPeriod } from './declaration/formatDecisionPeriod';
export { sha256Hex } from './declaration/sha256Hex';
export type { SignatureBox, SignaturePoint, SignatureStroke } from './declaration/signature';
export { drawnSignatureProblem, isSignatureSubstantial, scaleStrokes } from './declaration/signature';
export type {
  SignatureInput,
  SignatureProblem,
  SignatureRecordOptions,
} from './declaration/signatureProblem';
export { createSignatureRecord, signatureProblem } from './declaration/signatureProblem';
export type { FourPartName } from './declaration/signerNameMatches';
export { signerNameMatches } from './declaration/signerNameMatches';
export type { DeclarationInspection, InspectDeclarationOptions } from './declaration/verifyDeclaration';
export { inspectDeclaration, verifyDeclaration } from './declaration/verifyDeclaration';
export { exampleInquirySubmission } from './examples/exampleInquiry';
export type { ExampleSubmissionOptions } from './examples/exampleSubmission';
export { exampleSupportRequestSubmission } from './examples/exampleSubmission';
export { exampleSupportRequest } from './examples/exampleSupportRequest';
export type { BlobStore, BlobStoreCapabilities } from './files/BlobStore';
export { assertBlobId, createMemoryBlobStore, isBlobId } from './files/BlobStore';
export type { FileInspection, FileProblem } from './files/inspectFile';
export { inspectFile } from './files/inspectFile';
export { sanitizeFileName } from './files/sanitizeFileName';
export type { UploadGrantClaims } from './files/uploadGrant';
export { readUploadGrant, signUploadGrant } from './files/uploadGrant';
export type { FormDataMap, FormDefinition, FormRecord } from './forms/formDefinitions';
export { displayName, FORM_DEFINITIONS, formDefinition, transitionsFor } from './forms/formDefinitions';
export type { FormId } from './forms/formIds';
export { FORM_IDS, isFormId } from './forms/formIds';
export { requiresRent, requiresSensitiveConsent } from './forms/supportRequestRules';
export type { Catalog, CatalogShape } from './i18n/defineCatalog';
export { defineCatalog } from './i18n/defineCatalog';
export type { FormatMessageOptions, MessageParams } from './i18n/formatMessage';
export { formatMessage, isolate, messageArguments, messageWords } from './i18n/formatMessage';
export type { Direction, Locale, LocalizedText } from './i18n/locale';
export { DEFAULT_LOCALE, getDirection, LOCALES, resolveLocale } from './i18n/locale';
export type { InputLimits, InputProblem } from './limits/inputLimits';
export { checkInputLimits, INPUT_LIMITS } from './limits/inputLimits';
export type {
  ComposeContext,
  NotificationSettings,
  NotifiedRequest,
} from './notifications/composeNotifications';
export { composeMessage, composeNotifications } from './notifications/composeNotifications';
export { composeStaffNotice } from './notifications/composeStaffNotice';
export { linkInLanguage } from './notifications/linkInLanguage';
export type {
  NotificationChannel,
  NotificationMessage,
  NotificationReceipt,
  Notifier,
  NotifierCapabilities,
} from './notifications/Notifier';
export { NOTIFICATION_CHANNELS } from './notifications/Notifier';
export { notificationKind } from './notifications/notificationKind';
export type { NotificationKind, NotificationTemplateKey } from './notifications/notificationTemplates';
export { NOTIFICATION_KINDS, notificationTemplates } from './notifications/notificationTemplates';
export type { QuietHours } from './notifications/quietHours';
export { DEFAULT_QUIET_HOURS, inQuietHours, nextSendingTime } from './notifications/quietHours';
export { recipientOf } from './notifications/recipientOf';
export type { NotificationParams, NotificationTemplateOverrides } from './notifications/renderNotification';
export { renderNotification } from './notifications/renderNotification';
export type { DeliveryOutcome, StoredNotification } from './notifications/StoredNotification';
export { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './notifications/StoredNotification';
export type { SmsSize } from './notifications/smsSegments';
export { fitSms, smsSegments } from './notifications/smsSegments';
export { digestDay, staffDigest, staffDigestItems, waitsOn } from './notifications/staffDigest';
export {
  CONTACT_METHODS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  ID_TYPES,
  MARITAL_STATUSES,
  REGIONS,
} from './options/applicantOptions';
export type { Channel } from './options/channels';
export {
  ASSISTED_CHANNELS,
  CHANNEL_ANSWERS,
  CHANNEL_IDS,
  CHANNELS,
  REMOTE_CHANNELS,
  signsInPerson,
} from './options/channels';
export type { Option, OptionList } from './options/defineOptions';
export { defineOptions, optionIds, optionLabel } from './options/defineOptions';
export {
  GENDERS,
  HOUSING_OWNERSHIPS,
  HOUSING_TYPES,
  MEMBER_STATUSES,
  RELATIONS,
} from './options/householdOptions';
export { NATIONALITIES } from './options/nationalities';
export { AVAILABILITY, INQUIRY_TOPICS, VOLUNTEER_AREAS } from './options/otherFormOptions';
export {
  ATTACHMENT_KINDS,
  ATTACHMENT_MEDIA_TYPES,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  INCOME_SOURCES,
  SOCIAL_SECURITY_STATUSES,
  SUPPORT_TYPES,
} from './options/requestOptions';
export type {
  ProtocolErrorCode,
  ProtocolRoute,
  ProtocolRouteName,
  StorageErrorCode,
} from './protocol/protocol';
export {
  allowedMethods,
  codeForStatus,
  HTTP_STATUS_OF_CODE,
  isStorageErrorCode,
  PROTOCOL_ERROR_CODES,
  PROTOCOL_ROUTES,
  routePath,
  STORAGE_ERROR_CODES,
} from './protocol/protocol';
export type { ProtocolSchemaChecks } from './protocol/protocolSchemas';
export {
  assigneeBodySchema,
  codeReminderBodySchema,
  errorBodySchema,
  healthSchema,
  receiptSchema,
  replyBodySchema,
  requestSummarySchema,
  signingContextSchema,
  staffKeyBodySchema,
  staffKeyListingSchema,
  staffPersonSchema,
  staffRecordSchema,
  statusViewSchema,
  storedAttachmentSchema,
  storedNotificationSchema,
  surveyContextSchema,
  transitionBodySchema,
  uploadGrantSchema,
  wetSignatureBodySchema,
} from './protocol/protocolSchemas';
export type { AmountOptions, DateSchemaOptions, EnteredDate } from './schemas/fields';
export {
  addressNumberSchema,
  amountSchema,
  CALENDARS,
  dateSchema,
  emailSchema,
  fullNameSchema,
  ibanSchema,
  integerSchema,
  longText,
  mobileSchema,
  namePartSchema,
  normalizedString,
  normalizeOtherIdNumber,
  optionalField,
  postalCodeSchema,
  saudiIdSchema,
  shortAddressSchema,
  text,
} from './schemas/fields';
export type { Inquiry, InquiryInput } from './schemas/inquirySchema';
export { inquirySchema } from './schemas/inquirySchema';
export type { SupportRequest, SupportRequestInput } from './schemas/supportRequestSchema';
export {
  addressSchema,
  applicantSchema,
  attachmentMetaSchema,
  consentsSchema,
  contactSchema,
  createAttachmentMetaSchema,
  createRequestDetailsSchema,
  createSupportRequestSchema,
  createSupportRequestSections,
  householdMemberSchema,
  householdSize,
  housingSchema,
  incomeSchema,
  incomeSourceSchema,
  MAX_ATTACHMENTS,
  MAX_HOUSEHOLD_MEMBERS,
  nationalAddressSchema,
  requestDetailsSchema,
  SUPPORT_REQUEST_SECTIONS,
  type SupportRequestConfig,
  supportRequestSchema,
} from './schemas/supportRequestSchema';
export type { VolunteerApplication, VolunteerApplicationInput } from './schemas/volunteerApplicationSchema';
export { volunteerApplicationSchema } from './schemas/volunteerApplicationSchema';
export type {
  AuditNote,
  BackendRepository,
  IdempotencyRecord,
  QueueQuery,
  QueueRow,
  RepositoryQuery,
  StoredAttachment,
  StoredRequest,
  StoredSurveyResponse,
} from './storage/BackendRepository';
export type {
  AssistedBy,
  AssistedInput,
  AttachmentContent,
  AttachmentInput,
  AttachmentMeta,
  BackendCapabilities,
  DeliveryUpdate,
  DraftStore,
  DraftStoreCapabilities,
  MaybePromise,
  Receipt,
  RequestQuery,
  RequestSummary,
  SigningContext,
  StaffApi,
  StaffAttestation,
  StaffCredentials,
  StaffPerson,
  StaffRecordBase,
  StaffRequestRecord,
  StaffTransitionInput,
  StatusView,
  StoredDeclaration,
  SubmissionBackend,
  SubmissionPayload,
  SubmitOptions,
  SurveyContext,
  UploadGrant,
} from './storage/contracts';
export type { BackendService, BackendServiceOptions, StaffMember } from './storage/createBackendService';
export {
  createBackendService,
  FORMS_WITH_ATTACHMENTS,
  MAX_NOTE_LENGTH,
  normalizeNote,
} from './storage/createBackendService';
export type { MemoryAdapter, MemoryAdapterOptions, MemoryStaffMember } from './storage/createMemoryAdapter';
export { createMemoryAdapter } from './storage/createMemoryAdapter';
export { createMemoryRepository } from './storage/createMemoryRepository';
export { deriveToken } from './storage/deriveToken';
export type { AttachmentMediaType } from './storage/detectMediaType';
export { detectMediaType } from './storage/detectMediaType';
export type { Envelope } from './storage/envelope';
export { createEnvelope, isEnvelope } from './storage/envelope';
export { isRetryableStatus } from './storage/isRetryableStatus';
export type { SearchFields, SearchTerms } from './storage/matchesSearch';
export {
  MAX_SEARCH_LENGTH,
  matchesSearch,
  matchesSearchTerms,
  searchFields,
  searchTerms,
} from './storage/matchesSearch';
export type { ParsedQuery } from './storage/parseListQuery';
export { MAX_OFFSET, MAX_PAGE_SIZE, parseListQuery, parseTimeRange } from './storage/parseListQuery';
export { randomToken } from './storage/randomToken';
export { createReference, isReference, normalizeReference, REFERENCE_ALPHABET } from './storage/reference';
export { isStorageError, StorageError } from './storage/StorageError';
export { awaitingSignature, formatPrintCode, normalizePrintCode } from './storage/signing';
export type { StaffContact, StaffKeyInput, StaffKeyListing, StaffKeyRegistry } from './storage/staffKeyInput';
export { MAX_STAFF_NAME_LENGTH, parseStaffKeyInput } from './storage/staffKeyInput';
export type { ValidateSubmissionOptions, ValidSubmission } from './storage/validateSubmission';
export {
  checklistSchema,
  createChecklistSchema,
  formSchemas,
  isStaffAssertion,
  validateSubmission,
} from './storage/validateSubmission';
export type { EnteredAnswers, SurveyResponseParts } from './survey/buildSurveyResponse';
export { buildSurveyResponse, missingAnswers } from './survey/buildSurveyResponse';
export type { SatisfactionResponse, SatisfactionResponseInput } from './survey/createSurveyResponseSchema';
export { createSurveyResponseSchema, satisfactionResponseSchema } from './survey/createSurveyResponseSchema';
export { ces, csat, distribution, mean, nps } from './survey/metrics';
export type { ReportSection } from './survey/satisfactionCsv';
export { SATISFACTION_CSV_COLUMNS, satisfactionCsv } from './survey/satisfactionCsv';
export type {
  SatisfactionMetrics,
  SatisfactionSummary,
  SummarizableResponse,
} from './survey/summarizeSatisfaction';
export { SMALL_SAMPLE, summarizeSatisfaction } from './survey/summarizeSatisfaction';
export type { QuestionKind, SurveyDefinition, SurveyQuestion } from './survey/surveyDefinition';
export {
  DEFAULT_SURVEY,
  GENERAL_SURVEY_TOKEN,
  QUESTION_KINDS,
  QUESTION_SCALES,
  questionLabel,
} from './survey/surveyDefinition';
export { surveyDefinitionSchema } from './survey/surveyDefinitionSchema';
export { surveyMessages } from './survey/surveyMessages';
export { arabicNameKey } from './validation/arabicNameKey';
export { compactNumber } from './validation/compactNumber';
export type { ErrorMapOptions } from './validation/createErrorMap';
export { createErrorMap, issueMessage, validationMessage } from './validation/createErrorMap';
export type { IssueDescriptor } from './validation/issueCode';
export { describeIssue } from './validation/issueCode';
export { normalizeDigits, stripInvisibleMarks } from './validation/normalizeDigits';
export { normalizeAddressNumber, normalizePostalCode } from './validation/normalizePostalCode';
export { isValidSaudiIban, normalizeSaudiIban } from './validation/normalizeSaudiIban';
export { isValidSaudiMobile, normalizeSaudiMobile } from './validation/normalizeSaudiMobile';
export { normalizeShortAddress } from './validation/normalizeShortAddress';
export { normalizeMultilineText, normalizeText } from './validation/normalizeText';
export { parseAmount } from './validation/parseAmount';
export type { SaudiIdErrorCode, SaudiIdKind, SaudiIdResult } from './validation/parseSaudiId';
export { isValidSaudiId, luhnValid, parseSaudiId } from './validation/parseSaudiId';
export type { ValidateOptions, ValidationIssue, ValidationResult } from './validation/validate';
export { MAX_ISSUES, validate } from './validation/validate';
export type { StaffValidationCode, ValidationCode } from './validation/validationMessages';
export { staffValidationMessages, validationMessages } from './validation/validationMessages';
export type { Actor, HistoryEntry, TransitionInput, WorkflowSubject } from './workflow/applyTransition';
export { applyTransition } from './workflow/applyTransition';
export type { DecisionDeadlineOptions } from './workflow/decisionDueAt';
export {
  DEFAULT_DECISION_DAYS,
  decisionDueAt,
  expectedDecisionAt,
  isOverdue,
} from './workflow/decisionDueAt';
export { getRoleLabel, getStatusText } from './workflow/getStatusText';
export type { ReadScope, ScopeClause, ScopedRequest } from './workflow/readScope';
export { inScope, readScope } from './workflow/readScope';
export type {
  Assignee,
  ResearchStudy,
  StudyRecommendation,
  TransitionNeed,
} from './workflow/referral';
export {
  assigneeAfter,
  DEFAULT_REJECTION_REASONS,
  MAX_STUDY_LENGTH,
  parseQuestion,
  parseStudy,
  rejectionReasons,
  STUDY_RECOMMENDATIONS,
  transitionNeeds,
} from './workflow/referral';
export type { ReadableRequest } from './workflow/staffPowers';
export {
  canAssign,
  canAssignOthers,
  canEditChecklist,
  canErase,
  canExport,
  canInviteToSurvey,
  canManageKeys,
  canReadRequest,
  canReissueAccessCode,
  canTakeAssistedIntake,
  INTAKE_STATES,
  SURVEY_STATES,
} from './workflow/staffPowers';
export { isStageOverdue, stageDueAt } from './workflow/stageDueAt';
export type { RequestState, Role, StaffRole } from './workflow/states';
export {
  FINAL_STATES,
  isStaffRole,
  PRE_DECISION_STATES,
  REQUEST_STATES,
  ROLES,
  STAFF_ROLES,
} from './workflow/states';
export type { TransitionEvent } from './workflow/TransitionEvent';
export type { Transition } from './workflow/transitions';
export {
  availableTransitions,
  canTransition,
  isValidTransition,
  MESSAGE_TRANSITIONS,
  TRANSITIONS,
} from './workflow/transitions';
export {
  checklistBlocking,
  MAX_MISSING_ITEMS,
  missingItemIds,
  parseMissingItems,
} from './workflow/verification';
export type { WorkflowErrorCode } from './workflow/WorkflowError';
export { WorkflowError } from './workflow/WorkflowError';
export { workflowMessages } from './workflow/workflowMessages';
