import { get, useFormState } from 'react-hook-form';

/** The error message of one field, re-rendering only when that field's error changes. */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name, exact: true });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}
