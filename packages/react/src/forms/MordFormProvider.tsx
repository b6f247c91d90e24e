import { createContext, type ReactNode, useEffect, useState } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { createErrorStore, type ErrorStore } from './createErrorStore';

export type { ErrorStore };

/** @internal The error store of the nearest {@link MordFormProvider}. */
export const ErrorStoreContext = createContext<ErrorStore | null>(null);

/**
 * `FormProvider` for forms built from Mord fields: besides react-hook-form's context it keeps one
 * subscription to the form's errors and hands each field only its own, so typing never wakes up the
 * other fields. Fields also work under a plain `FormProvider`.
 * @example <MordFormProvider form={form}><TextField name="name" label="الاسم" /></MordFormProvider>
 */
export function MordFormProvider<T extends FieldValues>(props: {
  form: UseFormReturn<T>;
  children: ReactNode;
}) {
  const [store] = useState(createErrorStore);
  const { form } = props;
  useEffect(() => {
    store.update(form.formState.errors);
    return form.subscribe({
      formState: { errors: true },
      callback: ({ errors }) => store.update(errors ?? {}),
    });
  }, [form, store]);
  return (
    <FormProvider {...props.form}>
      <ErrorStoreContext.Provider value={store}>{props.children}</ErrorStoreContext.Provider>
    </FormProvider>
  );
}
