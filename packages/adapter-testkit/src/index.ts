export {
  ARABIC_SAMPLE,
  createInquirySubmission,
  createSupportRequestSubmission,
  createSurveyResponse,
  createVolunteerSubmission,
  FILE_SAMPLES,
} from './fixtures';
export type { DraftStoreSuiteOptions } from './testDraftStore';
export { testDraftStore } from './testDraftStore';
export type { BackendUnderTest, SubmissionBackendSuiteOptions } from './testSubmissionBackend';
export { newIdempotencyKey, testSubmissionBackend } from './testSubmissionBackend';
export type { FaultMode, FaultOptions, FaultStats } from './withFaults';
export { withFaults } from './withFaults';
