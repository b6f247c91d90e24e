import * as z from 'zod/mini';
import { DECLARATION_TEXTS } from '../declaration/declarationTexts';
import { type NotificationTemplateKey, notificationTemplates } from '../notifications/notificationTemplates';
import { REQUEST_STATES } from '../workflow/states';
import type { AssociationConfig } from './associationConfig';

const id = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/));
const localized = z.strictObject({
  ar: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  en: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});
const item = z.strictObject({ id, label: localized });
const days = z.int().check(z.minimum(1), z.maximum(365));

const configSchema = z.strictObject({
  version: z.literal(1),
  name: localized,
  services: z
    .array(
      z.strictObject({
        id,
        label: localized,
        cash: z.optional(z.boolean()),
        documents: z.optional(z.array(id).check(z.maxLength(50))),
      }),
    )
    .check(z.minLength(1), z.maxLength(100)),
  documents: z.array(item).check(z.minLength(1), z.maxLength(100)),
  checklist: z.array(item).check(z.maxLength(50)),
  branches: z.array(item).check(z.maxLength(200)),
  decision: z.strictObject({ days, wording: z.enum(['within', 'at_least']) }),
  declarations: z.record(z.string(), z.string()),
  stageTargets: z.partialRecord(z.enum(REQUEST_STATES), days),
  rejectionReasons: z.optional(z.array(item).check(z.minLength(1), z.maxLength(50))),
  notifications: z.optional(
    z.strictObject({
      templates: z.optional(
        z.strictObject({
          ar: z.optional(z.record(z.string(), z.string().check(z.minLength(1), z.maxLength(2000)))),
          en: z.optional(z.record(z.string(), z.string().check(z.minLength(1), z.maxLength(2000)))),
        }),
      ),
      quietHours: z.optional(
        z.strictObject({
          start: z.int().check(z.minimum(0), z.maximum(23)),
          end: z.int().check(z.minimum(0), z.maximum(23)),
        }),
      ),
    }),
  ),
  verification: z.optional(z.strictObject({ completeBeforeCommittee: z.optional(z.boolean()) })),
});

const placeholders = (text: string) =>
  [...new Set(text.match(/\{\w+\}/g) ?? [])].map((p) => p.slice(1, -1)).sort();

function where(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(root)';
}

function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${where(issue.path)}: expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `${where(issue.path)}: unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.join(', ')}`;
    case 'too_small':
      return `${where(issue.path)}: at least ${String(issue.minimum)}`;
    case 'too_big':
      return `${where(issue.path)}: at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `${where(issue.path)}: ids are lower-case letters, digits and _, starting with a letter`;
    case 'invalid_value':
      return `${where(issue.path)}: expected one of ${issue.values.map(String).join(', ')}`;
    default:
      return `${where(issue.path)}: not valid`;
  }
}

function duplicates(list: readonly { id: string }[], path: string): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const [index, entry] of list.entries()) {
    if (seen.has(entry.id)) errors.push(`${path}.${index}.id: "${entry.id}" is listed twice`);
    seen.add(entry.id);
  }
  return errors;
}

/**
 * Checks a configuration read from a file (JSON) and explains every problem in one line each, with its
 * path: shape, ids, periods, duplicate ids, documents a service names that are not listed, declaration
 * versions the library does not have.
 * @example const parsed = parseAssociationConfig(JSON.parse(text)); if (!parsed.success) throw new Error(parsed.errors.join('\n'))
 */
export function parseAssociationConfig(
  input: unknown,
): { success: true; config: AssociationConfig } | { success: false; errors: string[] } {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) return { success: false, errors: parsed.error.issues.slice(0, 50).map(explain) };
  const config = parsed.data as AssociationConfig;
  const known = new Set(config.documents.map((doc) => doc.id));
  const errors = [
    ...duplicates(config.services, 'services'),
    ...duplicates(config.documents, 'documents'),
    ...duplicates(config.checklist, 'checklist'),
    ...duplicates(config.branches, 'branches'),
    ...duplicates(config.rejectionReasons ?? [], 'rejectionReasons'),
  ];
  for (const [index, service] of config.services.entries()) {
    for (const doc of service.documents ?? []) {
      if (!known.has(doc))
        errors.push(`services.${index}.documents: "${doc}" is not one of the listed documents`);
    }
  }
  for (const locale of ['ar', 'en'] as const) {
    for (const [key, template] of Object.entries(config.notifications?.templates?.[locale] ?? {})) {
      if (!Object.hasOwn(notificationTemplates.en, key)) {
        errors.push(`notifications.templates.${locale}.${key}: no such message`);
        continue;
      }
      // The same placeholders as the message it replaces: none lost (her link, her reference), none unknown.
      const wanted = placeholders(notificationTemplates[locale][key as NotificationTemplateKey]);
      const given = placeholders(template);
      if (wanted.join() !== given.join())
        errors.push(
          `notifications.templates.${locale}.${key}: uses {${given.join('}, {')}} where the message has {${wanted.join('}, {')}}`,
        );
    }
  }
  for (const [text, version] of Object.entries(config.declarations)) {
    const entry = Object.hasOwn(DECLARATION_TEXTS, text)
      ? (DECLARATION_TEXTS as Record<string, { version: string }>)[text]
      : undefined;
    if (!entry) errors.push(`declarations.${text}: no such declaration text`);
    else if (entry.version !== version)
      errors.push(
        `declarations.${text}: version "${version}" is not available (this release has "${entry.version}")`,
      );
  }
  return errors.length ? { success: false, errors } : { success: true, config };
}
