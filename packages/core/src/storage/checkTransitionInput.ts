import type { AssociationConfig } from '../config/associationConfig';
import type { Locale } from '../i18n/locale';
import { issueMessage } from '../validation/createErrorMap';
import type { StaffValidationCode, ValidationCode } from '../validation/validationMessages';
import {
  type Assignee,
  parseQuestion,
  parseStudy,
  type ResearchStudy,
  rejectionReasons,
  transitionNeeds,
} from '../workflow/referral';
import type { RequestState } from '../workflow/states';
import { parseMissingItems } from '../workflow/verification';
import type { StaffPerson, StaffTransitionInput } from './contracts';
import { StorageError } from './StorageError';

/** The extras of a move, read and checked. */
export interface CheckedTransitionExtras {
  missing?: string[];
  question?: string;
  study?: ResearchStudy;
  reason?: string;
  assignee?: Assignee;
}

function refuse(path: string, code: ValidationCode | StaffValidationCode, locale: Locale) {
  return new StorageError('validation_failed', 'The move lacks what it must carry', {
    issues: [{ path, code, message: issueMessage(code, locale) }],
  });
}

/**
 * Reads what a move carries against `transitionNeeds(from, to)`: the list of what is missing, the question
 * and the researcher referred to (who must be a social researcher with an active key, when named), the
 * study, the configured reason. Extras a move does not take are dropped.
 * @throws {StorageError} `validation_failed` naming the first thing missing or wrong.
 */
export function checkTransitionInput(
  config: AssociationConfig,
  from: RequestState,
  input: StaffTransitionInput,
  context: { people: readonly StaffPerson[]; locale: Locale; today: Date },
): CheckedTransitionExtras {
  const { locale } = context;
  const extras: CheckedTransitionExtras = {};
  for (const need of transitionNeeds(from, input.to)) {
    switch (need) {
      case 'missing': {
        const missing = parseMissingItems(config, input.missing);
        if (!missing) throw refuse('missing', 'missing.required', locale);
        extras.missing = missing;
        break;
      }
      case 'question': {
        const question = parseQuestion(input.question);
        if (!question) throw refuse('question', 'question.required', locale);
        extras.question = question;
        if (input.assignee !== undefined && input.assignee !== null && input.assignee !== '') {
          const person = context.people.find(
            (p) => p.id === input.assignee && p.role === 'social_researcher',
          );
          if (!person) throw refuse('assignee', 'assignee.not_researcher', locale);
          extras.assignee = { id: person.id, name: person.name };
        }
        break;
      }
      case 'study': {
        const study = parseStudy(input.study, context.today);
        if (!study) throw refuse('study', 'study.required', locale);
        extras.study = study;
        break;
      }
      case 'reason': {
        const reason = input.reason;
        if (typeof reason !== 'string' || !rejectionReasons(config).some((r) => r.id === reason))
          throw refuse('reason', 'reason.required', locale);
        extras.reason = reason;
        break;
      }
    }
  }
  return extras;
}
