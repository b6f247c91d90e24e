import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';

/**
 * Renders its children only while a field's value passes a test. Only this small component re-renders
 * when that field changes, not the form around it.
 */
export function When(props: { name: string; is: (value: unknown) => boolean; children: ReactNode }) {
  const value = useWatch({ name: props.name });
  return props.is(value) ? props.children : null;
}
