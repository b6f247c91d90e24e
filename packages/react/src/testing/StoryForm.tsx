import { type ReactNode, useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { useMordForm } from '../forms/useMordForm';

/** Wraps field stories in a form; with `showErrors` it validates on mount so the error state is visible. */
export function StoryForm(props: {
  schema?: z.core.$ZodType;
  defaultValues: Record<string, unknown>;
  showErrors?: boolean;
  children: ReactNode;
}) {
  const plain = useForm({ defaultValues: props.defaultValues });
  const validated = useMordForm(props.schema ?? ({} as z.core.$ZodType), props.defaultValues);
  const form = props.schema ? validated : plain;
  useEffect(() => {
    if (props.showErrors) void form.trigger();
  }, [props.showErrors, form]);
  return (
    <FormProvider {...form}>
      <form className="mord-form" noValidate aria-label="story">
        {props.children}
      </form>
    </FormProvider>
  );
}
