import { zodResolver } from '@hookform/resolvers/zod';
import { createErrorMap, text } from '@mord/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { renderWithMord } from '../testing/renderWithMord';
import { TextField } from './TextField';

function PlainForm() {
  const form = useForm({
    defaultValues: { name: '' },
    resolver: zodResolver(z.object({ name: text(20) }), { error: createErrorMap('en') }),
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(() => undefined)} aria-label="plain">
        <TextField name="name" label="Name" required />
        <button type="submit">Send</button>
      </form>
    </FormProvider>
  );
}

describe('fields under a plain react-hook-form FormProvider', () => {
  it('still show and wire their errors', async () => {
    const user = userEvent.setup();
    renderWithMord(<PlainForm />, { locale: 'en' });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Name/)).toHaveAccessibleDescription('This field is required.');
  });
});
