import type { FieldValues, UseFormReturn } from 'react-hook-form';

interface InputEvent {
  type: string;
  target: { value: string; readOnly?: boolean };
}

/**
 * @internal `register` for a single-value control (text input, text area, select) that leaves the `name`
 * attribute out of the DOM and tells react-hook-form the field's name with each event instead.
 *
 * Why: Chromium indexes a form's controls by id and by name, and React writes `name` again after every
 * input event, so the index is rebuilt over every control on each keystroke. With both an id (which the
 * label needs) and a different name, the index is twice as large: in a 300-field form that was about
 * half the cost of mounting and of each keystroke (docs/benchmarks.md). Radios and checkboxes keep their
 * name, which groups them for the browser.
 */
export function registerInput(form: UseFormReturn<FieldValues>, name: string) {
  const { ref, onChange, onBlur } = form.register(name);
  const forward = (handler: typeof onChange) => (event: InputEvent) =>
    handler({
      type: event.type,
      target: { name, value: event.target.value, readOnly: event.target.readOnly },
    });
  return { ref, onChange: forward(onChange), onBlur: forward(onBlur) };
}
