import type * as z from 'zod/mini';
import { type AssociationConfig, DEFAULT_ASSOCIATION_CONFIG } from '../config/associationConfig';
import type { DeclarationTextId } from '../declaration/declarationTexts';
import { type Inquiry, inquirySchema } from '../schemas/inquirySchema';
import { createSupportRequestSchema, type SupportRequest } from '../schemas/supportRequestSchema';
import { type VolunteerApplication, volunteerApplicationSchema } from '../schemas/volunteerApplicationSchema';
import { MESSAGE_TRANSITIONS, TRANSITIONS, type Transition } from '../workflow/transitions';
import type { FormId } from './formIds';

/** The normalised data of each form, by id. */
export interface FormDataMap {
  'support-request': SupportRequest;
  inquiry: Inquiry;
  volunteer: VolunteerApplication;
}

/** A form's data typed by its id: `record.form === 'inquiry'` narrows `record.data` to an {@link Inquiry}. */
export type FormRecord = { [F in FormId]: { form: F; data: FormDataMap[F] } }[FormId];

/** Everything the library knows about one form; the backend, the views and the server look it up here. */
export interface FormDefinition<F extends FormId = FormId> {
  readonly id: F;
  /** The schema of its data for a configuration (the services and documents it offers). */
  readonly schema: (config?: AssociationConfig) => z.ZodMiniType<FormDataMap[F], unknown>;
  /** Its workflow table. */
  readonly transitions: readonly Transition[];
  /** The declaration she signs with it, or null when it needs none. */
  readonly declaration: DeclarationTextId | null;
  /** Whether the research committee decides it (and she is promised a date). */
  readonly hasDecision: boolean;
  /** Whether it carries documents. */
  readonly attachments: boolean;
  /** The name staff see in the queue. */
  readonly displayName: (data: FormDataMap[F]) => string;
  /** The service it is about (the first support type asked for), for survey statistics. */
  readonly service: (data: FormDataMap[F]) => string | undefined;
}

const supportRequest: FormDefinition<'support-request'> = {
  id: 'support-request',
  schema: (config = DEFAULT_ASSOCIATION_CONFIG) => createSupportRequestSchema(config),
  transitions: TRANSITIONS,
  declaration: 'support-request',
  hasDecision: true,
  attachments: true,
  displayName: ({ applicant }) =>
    [applicant.firstName, applicant.fatherName, applicant.grandfatherName, applicant.familyName]
      .filter(Boolean)
      .join(' '),
  service: (data) => data.request.supportTypes[0],
};

/** A form answered by a relations officer, without a committee, declaration or documents; shown by its sender's name. */
function messageForm<F extends 'inquiry' | 'volunteer'>(
  id: F,
  schema: z.ZodMiniType<FormDataMap[F], unknown>,
): FormDefinition<F> {
  return {
    id,
    schema: () => schema,
    transitions: MESSAGE_TRANSITIONS,
    declaration: null,
    hasDecision: false,
    attachments: false,
    displayName: (data) => data.name,
    service: () => undefined,
  };
}

/**
 * The one table of forms: schema, workflow, declaration, committee decision, documents, display name and
 * service of each. Code asks the table (`FORM_DEFINITIONS[form].hasDecision`) instead of naming a form.
 */
export const FORM_DEFINITIONS: { readonly [F in FormId]: FormDefinition<F> } = {
  'support-request': supportRequest,
  inquiry: /* @__PURE__ */ messageForm('inquiry', inquirySchema),
  volunteer: /* @__PURE__ */ messageForm('volunteer', volunteerApplicationSchema),
};

/** A form's definition, typed loosely for code that holds any form's data as `unknown`. */
export function formDefinition(form: FormId): FormDefinition<FormId> {
  return FORM_DEFINITIONS[form] as unknown as FormDefinition<FormId>;
}

/** The workflow table that applies to a form. */
export function transitionsFor(form: FormId): readonly Transition[] {
  return FORM_DEFINITIONS[form].transitions;
}

/**
 * The name staff see in the queue for stored data: the applicant's four-part name or the sender's name;
 * empty for an erased stub or data that does not have it.
 */
export function displayName(form: FormId, data: unknown): string {
  try {
    const name = formDefinition(form).displayName(data as never);
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}
