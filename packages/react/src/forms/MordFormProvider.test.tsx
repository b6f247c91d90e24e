import { createMemoryAdapter } from '@mord/core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { SelectField } from '../fields/choiceFields';
import { TextField } from '../fields/TextField';
import { MordProvider } from '../provider/MordProvider';
import { MordFormProvider } from './MordFormProvider';

type Values = { name: string; region: string };
const backend = createMemoryAdapter();
const REGIONS = [
  { id: 'riyadh', label: 'Riyadh' },
  { id: 'makkah', label: 'Makkah' },
];
let form: UseFormReturn<Values>;
let rerenderForm: () => void;

function Form(props: { onSubmit: (values: Values) => void }) {
  form = useForm<Values>({ defaultValues: { name: '', region: '' } });
  const [, setTick] = useState(0);
  rerenderForm = () => setTick((n) => n + 1);
  return (
    <MordFormProvider form={form}>
      <form onSubmit={form.handleSubmit(props.onSubmit)}>
        <TextField name="name" label="Name" />
        <SelectField name="region" label="Region" options={REGIONS} />
        <button type="submit">Send</button>
      </form>
    </MordFormProvider>
  );
}

function renderForm() {
  const onSubmit = vi.fn();
  render(
    <MordProvider backend={backend} locale="en">
      <Form onSubmit={onSubmit} />
    </MordProvider>,
  );
  return onSubmit;
}

describe('MordFormProvider', () => {
  it('does not render the fields again when only the form re-renders', async () => {
    renderForm();
    const register = vi.spyOn(form, 'register');
    act(() => rerenderForm());
    expect(register).not.toHaveBeenCalled();
  });

  it('renders no field again while she types, and only the field whose error changes on submit', async () => {
    renderForm();
    const user = userEvent.setup();
    const register = vi.spyOn(form, 'register');
    await user.type(screen.getByLabelText(/Name/), 'نورة');
    expect(register).not.toHaveBeenCalled();
    act(() => form.setError('region', { message: 'Choose a region' }));
    expect(screen.getByText('Choose a region')).toBeInTheDocument();
    expect(register.mock.calls.map(([name]) => name)).toEqual(['region']);
  });

  it('typed values and choices reach the submitted values, though the controls carry no name attribute', async () => {
    const onSubmit = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Name/), 'نورة ١٢');
    await user.selectOptions(screen.getByLabelText(/Region/), 'makkah');
    expect(screen.getByLabelText(/Name/)).not.toHaveAttribute('name');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'نورة ١٢', region: 'makkah' }, expect.anything());
  });

  it('after reset() the fields register again, show the new values and submit them', async () => {
    const onSubmit = renderForm();
    await act(async () => form.reset({ name: 'فاطمة', region: 'riyadh' }, { keepDefaultValues: true }));
    expect(screen.getByLabelText(/Name/)).toHaveValue('فاطمة');
    expect(screen.getByLabelText(/Region/)).toHaveValue('riyadh');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Name/), ' علي');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'فاطمة علي', region: 'riyadh' }, expect.anything());
  });
});
