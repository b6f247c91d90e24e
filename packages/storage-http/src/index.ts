export { createHttpBackend } from './createHttpBackend';
export type { HttpBackendOptions } from './createHttpCaller';
export { createHttpSurveyClient } from './createHttpSurveyClient';
