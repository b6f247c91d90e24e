import * as z from 'zod/mini';
import { CHANNELS } from '../options/channels';
import { optionIds } from '../options/defineOptions';
import { SUPPORT_TYPES } from '../options/requestOptions';
import { integerSchema, longText, optionalField } from '../schemas/fields';
import {
  DEFAULT_SURVEY,
  QUESTION_SCALES,
  type SurveyDefinition,
  type SurveyQuestion,
} from './surveyDefinition';

function answerSchema(question: SurveyQuestion) {
  switch (question.kind) {
    case 'yes_no_unknown':
      return z.enum(['yes', 'no', 'unknown']);
    case 'text':
      return longText(1000);
    default: {
      const { min, max } = QUESTION_SCALES[question.kind];
      return integerSchema(min, max);
    }
  }
}

/**
 * Builds the schema of responses to a survey definition: each answer checked against its question's
 * scale, unknown questions rejected, optional questions may be skipped, the service one of the configured.
 * @example createSurveyResponseSchema(DEFAULT_SURVEY).safeParse(response, { error: createErrorMap('en') })
 */
export function createSurveyResponseSchema(
  definition: SurveyDefinition,
  /** The service ids a response may name (the configuration's services). @default the default services */
  serviceIds: readonly string[] = optionIds(SUPPORT_TYPES),
) {
  const answers: Record<string, z.core.SomeType> = {};
  for (const question of definition.questions) {
    answers[question.id] = question.required ? answerSchema(question) : optionalField(answerSchema(question));
  }
  return z.strictObject({
    surveyId: z.optional(z.literal(definition.id)),
    surveyVersion: z.optional(z.string().check(z.maxLength(32))),
    answers: z.strictObject(answers) as z.ZodMiniType<Record<string, number | string | undefined>>,
    comment: optionalField(longText(1000)),
    channel: optionalField(z.enum(optionIds(CHANNELS))),
    serviceType: optionalField(z.enum(serviceIds as [string, ...string[]])),
    anonymous: z.boolean(),
  });
}

/** Responses to the default satisfaction survey ({@link DEFAULT_SURVEY}). */
export const satisfactionResponseSchema = createSurveyResponseSchema(DEFAULT_SURVEY);

/** A survey response as a form sends it. */
export type SatisfactionResponseInput = z.input<typeof satisfactionResponseSchema>;

/** A validated survey response. */
export type SatisfactionResponse = z.output<typeof satisfactionResponseSchema>;
