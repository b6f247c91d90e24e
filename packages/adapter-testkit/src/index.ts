export { testDraftStore } from './testDraftStore';
export type { DraftStoreSuiteOptions } from './testDraftStore';
export { newIdempotencyKey, testSubmissionBackend } from './testSubmissionBackend';
export type { BackendUnderTest, SubmissionBackendSuiteOptions } from './testSubmissionBackend';
export { withFaults } from './withFaults';
export type { FaultMode, FaultOptions, FaultStats } from './withFaults';
export {
  ARABIC_SAMPLE,
  FILE_SAMPLES,
  createInquirySubmission,
  createSupportRequestSubmission,
  createSurveyResponse,
  createVolunteerSubmission,
} from './fixtures';
