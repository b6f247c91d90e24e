import { zodResolver } from '@hookform/resolvers/zod';
import { createErrorMap } from '@mord/core';
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { useMord } from '../provider/useMord';

/**
 * `useForm` set up the Mord way: validation by a core schema with messages in the provider's locale,
 * uncontrolled inputs, validation on submit and then on blur (never on every keystroke), focus on the
 * first error.
 */
export function useMordForm<T extends FieldValues>(
  schema: z.core.$ZodType,
  defaultValues: DefaultValues<T>,
): UseFormReturn<T> {
  const { locale, numberingSystem } = useMord();
  return useForm<T>({
    // The resolver's output type is the schema's normalised output; forms work with the raw input values.
    resolver: zodResolver(schema as never, { error: createErrorMap(locale, { numberingSystem }) }) as never,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    shouldFocusError: true,
  });
}
