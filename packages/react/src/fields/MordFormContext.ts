import { createContext } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { ErrorStore } from './createErrorStore';

/** @internal What fields read from the nearest {@link MordFormProvider}; the same object for the form's lifetime. */
export interface MordFormContextValue {
  form: UseFormReturn<FieldValues>;
  errors: ErrorStore;
}

/** @internal The nearest {@link MordFormProvider}'s form and error store. */
export const MordFormContext = createContext<MordFormContextValue | null>(null);
