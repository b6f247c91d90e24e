import { useContext } from 'react';
import { type FieldValues, type UseFormReturn, useFormContext } from 'react-hook-form';
import { MordFormContext } from './MordFormContext';

/**
 * @internal The form a field belongs to. Under a `MordFormProvider` it comes from a context that never
 * changes, so memoised fields skip the form's re-renders; under a plain `FormProvider` it is
 * react-hook-form's context, which changes with every form state update.
 */
export function useFieldForm(): UseFormReturn<FieldValues> {
  const mord = useContext(MordFormContext);
  // Whether a field sits under a MordFormProvider never changes while it is mounted, so the hook order is stable.
  // biome-ignore lint/correctness/useHookAtTopLevel: the branch is fixed for the component's lifetime
  return mord ? mord.form : useFormContext();
}
