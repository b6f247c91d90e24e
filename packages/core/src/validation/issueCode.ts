import type { core } from 'zod/mini';
import type { MessageParams } from '../i18n/formatMessage';
import type { ValidationCode } from './validationMessages';

type AnyIssue = core.$ZodRawIssue | core.$ZodIssue;

/** The stable code and message parameters of a zod issue, in the vocabulary of our catalogs. */
export interface IssueDescriptor {
  code: ValidationCode;
  params?: MessageParams;
}

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/** Maps a zod issue (raw or final) to our validation code, so messages and API errors stay stable across zod versions. */
export function describeIssue(issue: AnyIssue): IssueDescriptor {
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as { mord?: ValidationCode } & MessageParams;
      const { mord, ...rest } = params;
      return { code: mord ?? 'invalid', params: rest };
    }
    case 'invalid_type':
      if (isEmpty(issue.input)) return { code: 'required' };
      if (issue.expected === 'number' || issue.expected === 'int') return { code: 'not_a_number' };
      return { code: 'invalid' };
    case 'invalid_value':
      if (isEmpty(issue.input)) return { code: 'required' };
      return issue.values.length === 1 && issue.values[0] === true
        ? { code: 'consent_required' }
        : { code: 'choose_option' };
    case 'invalid_union':
      return { code: isEmpty(issue.input) ? 'required' : 'invalid' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { code: 'required' } : { code: 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_few_items', params: { min } };
      return { code: 'number_too_small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_many_items', params: { max } };
      return { code: 'number_too_big', params: { max } };
    }
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'email' : 'invalid' };
    case 'not_multiple_of':
      return { code: issue.divisor === 1 ? 'not_whole_number' : 'invalid' };
    case 'unrecognized_keys':
      // The keys are the sender's words: never echoed.
      return { code: 'unknown_fields' };
    default:
      return { code: 'invalid' };
  }
}
