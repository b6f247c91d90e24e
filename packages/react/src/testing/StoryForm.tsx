import { type ReactNode, useEffect } from 'react';
import * as z from 'zod/mini';
import { MordFormProvider } from '../forms/MordFormProvider';
import { useMordForm } from '../forms/useMordForm';

const anything = z.unknown();

/** Wraps field stories in a form; with `showErrors` it validates on mount so the error state is visible. */
export function StoryForm(props: {
  schema?: z.core.$ZodType;
  defaultValues: Record<string, unknown>;
  showErrors?: boolean;
  children: ReactNode;
}) {
  const form = useMordForm(props.schema ?? anything, props.defaultValues);
  useEffect(() => {
    if (props.showErrors) void form.trigger();
  }, [props.showErrors, form]);
  return (
    <MordFormProvider form={form}>
      <form className="mord-form" noValidate aria-label="story">
        {props.children}
      </form>
    </MordFormProvider>
  );
}
