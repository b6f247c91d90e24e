export { createHttpBackend } from './createHttpBackend';
export type { HttpBackendOptions } from './createHttpBackend';
