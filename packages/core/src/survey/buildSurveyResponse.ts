import { QUESTION_SCALES, type SurveyDefinition, type SurveyQuestion } from './surveyDefinition';

/** Answers as a survey form holds them: the text of each input, by question id. */
export type EnteredAnswers = Readonly<Record<string, string | undefined>>;

/**
 * The required questions she has not answered yet, in the survey's order (zod-free, for the survey bundle).
 * @example missingAnswers(DEFAULT_SURVEY, { overall: '5' }).map((q) => q.id)
 */
export function missingAnswers(definition: SurveyDefinition, answers: EnteredAnswers): SurveyQuestion[] {
  return definition.questions.filter((question) => question.required && !answers[question.id]?.trim());
}

/** What {@link buildSurveyResponse} takes besides the answers. */
export interface SurveyResponseParts {
  comment?: string;
  channel?: string;
  serviceType?: string;
  anonymous: boolean;
}

/**
 * The response a survey form sends: scale answers as numbers, text trimmed, unanswered questions and
 * empty parts left out — the shape `createSurveyResponseSchema` checks on the server.
 */
export function buildSurveyResponse(
  definition: SurveyDefinition,
  answers: EnteredAnswers,
  parts: SurveyResponseParts,
) {
  const comment = parts.comment?.trim();
  return {
    answers: Object.fromEntries(
      definition.questions
        .filter((question) => answers[question.id]?.trim())
        .map((question) => {
          const value = answers[question.id]!.trim();
          return [question.id, question.kind in QUESTION_SCALES ? Number(value) : value];
        }),
    ) as Record<string, number | string>,
    ...(comment ? { comment } : {}),
    ...(parts.channel ? { channel: parts.channel } : {}),
    ...(parts.serviceType ? { serviceType: parts.serviceType } : {}),
    anonymous: parts.anonymous,
  };
}
