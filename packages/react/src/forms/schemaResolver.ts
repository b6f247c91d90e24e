import {
  type FieldErrors,
  type FieldValues,
  get,
  type Resolver,
  type ResolverResult,
  set,
} from 'react-hook-form';
import { type core, safeParseAsync } from 'zod/mini';

/**
 * @internal react-hook-form's resolver over a core schema: the schema's normalised output when it passes,
 * otherwise the first problem of each field, worded by `error` (the locale's error map). A few lines for
 * the one schema library the forms use, instead of a resolver package that carries every version's path.
 */
export function schemaResolver<T extends FieldValues>(
  schema: core.$ZodType,
  error: core.$ZodErrorMap,
): Resolver<T> {
  return async (values) => {
    const result = await safeParseAsync(schema, values, { error });
    if (result.success) return { values: result.data as T, errors: {} } as ResolverResult<T>;
    const errors: FieldErrors<T> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.') || 'root';
      if (!get(errors, path)) set(errors, path, { type: issue.code, message: issue.message });
    }
    return { values: {}, errors } as ResolverResult<T>;
  };
}
