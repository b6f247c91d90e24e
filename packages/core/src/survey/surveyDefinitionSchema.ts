import * as z from 'zod/mini';
import { addIssue, text } from '../schemas/fields';
import { QUESTION_KINDS } from './surveyDefinition';
import { surveyMessages } from './surveyMessages';

// Kept apart from the definition's constants: code that only shows a survey (the survey-only embed) then
// bundles no validation library.

const BUILT_IN_QUESTIONS = new Set(
  Object.keys(surveyMessages.en)
    .filter((key) => key.startsWith('question.'))
    .map((key) => key.slice('question.'.length)),
);

const localizedText = z.strictObject({ ar: text(300), en: text(300) });

/** A survey definition: which questions to ask, in order. Custom questions carry their own ar/en labels. */
export const surveyDefinitionSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,62}$/)),
    version: z.string().check(z.minLength(1), z.maxLength(32)),
    questions: z
      .array(
        z.strictObject({
          id: z.string().check(z.regex(/^[a-z][a-z0-9_]{0,62}$/)),
          kind: z.enum(QUESTION_KINDS),
          required: z.boolean(),
          label: z.optional(localizedText),
        }),
      )
      .check(z.minLength(1), z.maxLength(40)),
    askChannel: z.boolean(),
    askService: z.boolean(),
    allowAnonymous: z.boolean(),
  })
  .check(
    z.superRefine((definition, ctx) => {
      const ids = new Set<string>();
      definition.questions.forEach((question, index) => {
        if (ids.has(question.id)) addIssue(ctx, 'invalid', { path: ['questions', index, 'id'] });
        ids.add(question.id);
        if (!question.label && !BUILT_IN_QUESTIONS.has(question.id)) {
          addIssue(ctx, 'required', { path: ['questions', index, 'label'] });
        }
      });
    }),
  );
