export {
  ARABIC_SAMPLE,
  createInquirySubmission,
  createSupportRequestSubmission,
  createSurveyResponse,
  createVolunteerSubmission,
  FILE_SAMPLES,
  jpegScriptPolyglot,
  pngWithTrailer,
} from './fixtures';
export type { BackendRepositorySuiteOptions, RepositoryUnderTest } from './testBackendRepository';
export { storedRequest, testBackendRepository } from './testBackendRepository';
export type { BlobStoreSuiteOptions } from './testBlobStore';
export { testBlobStore } from './testBlobStore';
export type { DraftStoreSuiteOptions } from './testDraftStore';
export { testDraftStore } from './testDraftStore';
export type { NotifierSuiteOptions, NotifierUnderTest, ReceivedNotification } from './testNotifier';
export { testNotifier } from './testNotifier';
export type { BackendUnderTest, SubmissionBackendSuiteOptions } from './testSubmissionBackend';
export { newIdempotencyKey, testSubmissionBackend } from './testSubmissionBackend';
export type { FaultMode, FaultOptions, FaultStats } from './withFaults';
export { withFaults } from './withFaults';
