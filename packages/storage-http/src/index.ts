export type { HttpBackendOptions } from './createHttpBackend';
export { createHttpBackend } from './createHttpBackend';
