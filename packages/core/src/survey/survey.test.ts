import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { createSurveyResponseSchema, satisfactionResponseSchema } from './createSurveyResponseSchema';
import { summarizeSatisfaction } from './summarizeSatisfaction';
import { DEFAULT_SURVEY, questionLabel } from './surveyDefinition';
import { surveyDefinitionSchema } from './surveyDefinitionSchema';
import { surveyMessages } from './surveyMessages';

const response = {
  answers: { csat: '٥', ces: 6, nps: '9', clarity: '', answered_in_period: 'yes' },
  comment: 'شكرًا لكم',
  channel: 'phone',
  serviceType: 'food_basket',
  anonymous: true,
};

describe('surveyMessages', () => {
  it('tells the beneficiary that evaluating is her right and never used to punish', () => {
    // The policy: «حق من حقوق المستفيد … أداة للتقويم والتطوير لا للعقاب والتشهير».
    expect(surveyMessages.ar.intro).toContain('حقٌّ من حقوقكِ');
    expect(surveyMessages.ar.intro).toContain('للتقويم والتطوير لا للعقاب أو التشهير');
    expect(surveyMessages.en.intro).toContain('never for punishment or defamation');
  });
});

describe('surveyDefinitionSchema', () => {
  it('accepts the default survey', () => {
    expect(validate(surveyDefinitionSchema, DEFAULT_SURVEY).success).toBe(true);
  });

  it('requires labels for custom questions and unique ids', () => {
    const definition = {
      ...DEFAULT_SURVEY,
      questions: [
        { id: 'csat', kind: 'csat', required: true },
        { id: 'csat', kind: 'csat', required: true },
        { id: 'parking', kind: 'agreement', required: false },
      ],
    };
    const result = validate(surveyDefinitionSchema, definition, { locale: 'en' });
    expect(result.success === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['questions.1.id', 'invalid'],
      ['questions.2.label', 'required'],
    ]);
  });

  it('labels built-in and custom questions in both locales', () => {
    expect(questionLabel({ id: 'nps', kind: 'nps', required: true }, 'ar')).toContain('تنصحي');
    // The question on the announced period names it, as configured.
    const period = { id: 'answered_in_period', kind: 'yes_no_unknown' as const, required: false };
    expect(questionLabel(period, 'ar')).toContain('(أسبوعين)');
    expect(questionLabel(period, 'en', 'three weeks')).toContain('(three weeks)');
    const custom = {
      id: 'parking',
      kind: 'agreement' as const,
      required: false,
      label: { ar: 'المواقف كافية', en: 'Parking was enough' },
    };
    expect(questionLabel(custom, 'en')).toBe('Parking was enough');
  });
});

describe('satisfactionResponseSchema', () => {
  it('accepts answers typed with any digits and skips empty optional ones', () => {
    const result = validate(satisfactionResponseSchema, response);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.answers).toEqual({ csat: 5, ces: 6, nps: 9, answered_in_period: 'yes' });
  });

  it('rejects out-of-scale answers, missing required ones and unknown questions', () => {
    const result = validate(
      satisfactionResponseSchema,
      { ...response, answers: { csat: 6, nps: 11, mood: 3 } },
      { locale: 'en' },
    );
    expect(result.success === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['answers.csat', 'number_too_big'],
      ['answers.ces', 'required'],
      ['answers.nps', 'number_too_big'],
      ['answers', 'unknown_fields'],
    ]);
  });

  it('follows a custom definition', () => {
    const schema = createSurveyResponseSchema({
      id: 'workshop',
      version: '2',
      questions: [{ id: 'useful', kind: 'agreement', required: true, label: { ar: 'مفيدة', en: 'Useful' } }],
      askChannel: false,
      askService: false,
      allowAnonymous: true,
    });
    expect(validate(schema, { answers: { useful: 4 }, anonymous: false }).success).toBe(true);
    expect(validate(schema, { answers: { useful: 0 }, anonymous: false }).success).toBe(false);
  });
});

describe('summarizeSatisfaction', () => {
  it('computes CSAT, NPS and CES with counts, distributions, dimensions and groups', () => {
    const responses = [
      {
        answers: { csat: 5, ces: 7, nps: 10, courtesy: 5, answered_in_period: 'yes' },
        channel: 'phone',
        serviceType: 'training',
      },
      { answers: { csat: 4, ces: 5, nps: 8, courtesy: 3, answered_in_period: 'no' }, channel: 'phone' },
      { answers: { csat: 2, ces: 3, nps: 3 }, channel: 'website', serviceType: 'training' },
    ];
    const summary = summarizeSatisfaction(responses);
    expect(summary.n).toBe(3);
    expect(summary.csat).toEqual({ score: 66.7, n: 3, distribution: [0, 1, 0, 1, 1], satisfied: 2 });
    expect(summary.nps).toMatchObject({ score: 0, n: 3, promoters: 1, passives: 1, detractors: 1 });
    expect(summary.ces).toMatchObject({ score: 5, n: 3 });
    expect(summary.dimensions.courtesy).toEqual({ mean: 4, n: 2, distribution: [0, 0, 1, 0, 1] });
    expect(summary.yesNo.answered_in_period).toEqual({ yes: 1, no: 1, unknown: 0 });
    expect(summary.byChannel.phone?.csat.score).toBe(100);
    expect(summary.byChannel.website?.n).toBe(1);
    expect(summary.byService.training?.nps.score).toBe(0);
  });

  it('gives null scores for no responses', () => {
    expect(summarizeSatisfaction([])).toMatchObject({
      n: 0,
      csat: { score: null },
      nps: { score: null },
      ces: { score: null },
    });
  });
});
