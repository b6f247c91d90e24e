import { createErrorMap } from '@mord/core';
import { useMemo, useRef, useState } from 'react';
import {
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod/mini';
import { useMord } from '../provider/useMord';
import { schemaResolver } from './schemaResolver';

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
  // The form keeps its first resolver; this one reads the latest schema and locale (a configuration served
  // after the first render, a language switch) without re-creating the form.
  const current = useRef<Resolver<T>>(null as never);
  current.current = useMemo(
    // The resolver's output type is the schema's normalised output; forms work with the raw input values.
    () => schemaResolver<T>(schema, createErrorMap(locale, { numberingSystem })),
    [schema, locale, numberingSystem],
  );
  const [resolver] = useState<Resolver<T>>(
    () =>
      (...args: Parameters<Resolver<T>>) =>
        current.current(...args),
  );
  return useForm<T>({
    resolver,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    shouldFocusError: true,
  });
}
