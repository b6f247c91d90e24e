import type { ReactNode } from 'react';
import type { z } from 'zod/mini';
import { MordFormProvider } from '../forms/MordFormProvider';
import { useMordForm } from '../forms/useMordForm';

/** Counts renders of the harness's form, to prove typing does not re-render it. */
export const renders = { count: 0 };

/** A minimal form around fields under test: validates with the schema and reports the normalised output. */
export function FormHarness(props: {
  schema: z.core.$ZodType;
  defaultValues: Record<string, unknown>;
  onValid?: (values: unknown) => void;
  children: ReactNode;
}) {
  renders.count += 1;
  const form = useMordForm(props.schema, props.defaultValues);
  return (
    <MordFormProvider form={form}>
      <form noValidate onSubmit={form.handleSubmit((values) => props.onValid?.(values))} aria-label="harness">
        {props.children}
        <button type="submit">submit</button>
      </form>
    </MordFormProvider>
  );
}
