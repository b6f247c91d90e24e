import type { SubmissionBackend, SurveyContext } from '@mord/core';
import { routePath, StorageError } from '@mord/core';
import { createHttpCaller, type HttpBackendOptions } from './createHttpCaller';

/**
 * Only the survey endpoints of the protocol: what the survey-only embed needs, without the rest of the
 * client. `createHttpBackend` includes the same methods.
 */
export function createHttpSurveyClient(
  options: HttpBackendOptions,
): Required<Pick<SubmissionBackend, 'getSurvey' | 'submitSurveyResponse'>> {
  const { call, json } = createHttpCaller(options);
  return {
    async getSurvey(token) {
      try {
        return await json<SurveyContext>(await call(routePath('survey', { token }), {}, true));
      } catch (error) {
        if (error instanceof StorageError && error.code === 'not_found') return null;
        throw error;
      }
    },
    async submitSurveyResponse(token, response) {
      const result = await call(
        routePath('surveyResponse', { token }),
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(response) },
        false,
      );
      return json<{ id: string }>(result);
    },
  };
}
