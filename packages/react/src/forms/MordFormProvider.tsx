import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { createErrorStore } from '../fields/createErrorStore';
import { MordFormContext } from '../fields/MordFormContext';

/**
 * `FormProvider` for forms built from Mord fields. Fields read the form through a context that never
 * changes, so a form-level re-render (react-hook-form's own state, a step change, submitting) skips every
 * field; and one subscription to the form's errors hands each field only its own, so typing never wakes up
 * the other fields. Fields also work under a plain `FormProvider`.
 * @example <MordFormProvider form={form}><TextField name="name" label="الاسم" /></MordFormProvider>
 */
export function MordFormProvider<T extends FieldValues>(props: {
  form: UseFormReturn<T>;
  children: ReactNode;
}) {
  const [errors] = useState(createErrorStore);
  const [generation, setGeneration] = useState(0);
  const { form } = props;
  useEffect(() => {
    errors.update(form.formState.errors);
    let registered = form.control._fields;
    return form.subscribe({
      formState: { errors: true },
      callback: (state) => {
        errors.update(state.errors ?? {});
        // reset() forgets every registered field and relies on the fields rendering again to register
        // themselves; memoised fields only do so when this context changes.
        if (form.control._fields !== registered) {
          registered = form.control._fields;
          setGeneration((n) => n + 1);
        }
      },
    });
  }, [form, errors]);
  // useForm returns the same object on every render, so this value only changes with another form or a reset.
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the signal to hand fields a new value
  const value = useMemo(
    () => ({ form: form as unknown as UseFormReturn<FieldValues>, errors }),
    [form, errors, generation],
  );
  return (
    <FormProvider {...form}>
      <MordFormContext.Provider value={value}>{props.children}</MordFormContext.Provider>
    </FormProvider>
  );
}
