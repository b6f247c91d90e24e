import {
  amountSchema,
  dateSchema,
  mobileSchema,
  optionalField,
  REGIONS,
  saudiIdSchema,
  text,
} from '@mord/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { FormHarness, renders } from '../testing/FormHarness';
import { renderWithMord } from '../testing/renderWithMord';
import { CheckboxGroupField, RadioGroupField, SelectField } from './choiceFields';
import { DateField } from './DateField';
import { NpsField, RatingField } from './RatingField';
import { MobileField, MoneyField, SaudiIdField } from './specialFields';
import { TextField } from './TextField';

const schema = z.object({
  name: text(60),
  id: saudiIdSchema,
  mobile: mobileSchema,
  amount: amountSchema(),
  region: z.enum(['riyadh', 'makkah']),
  dob: dateSchema({ past: true }),
  rating: z.pipe(z.string(), z.transform(Number)),
  note: optionalField(text(20)),
});

function AllFields(props: { onValid?: (v: unknown) => void }) {
  return (
    <FormHarness
      schema={schema}
      onValid={props.onValid}
      defaultValues={{
        name: '',
        id: '',
        mobile: '',
        amount: '',
        region: '',
        dob: { calendar: 'islamic-umalqura', year: '', month: '', day: '' },
        rating: '',
        note: '',
      }}
    >
      <TextField name="name" label="الاسم" required />
      <SaudiIdField name="id" label="رقم الهوية" required />
      <MobileField name="mobile" label="الجوال" required />
      <MoneyField name="amount" label="المبلغ" required />
      <SelectField name="region" label="المنطقة" options={REGIONS.slice(0, 2)} required />
      <DateField name="dob" label="تاريخ الميلاد" required />
      <RatingField name="rating" label="التقييم" minLabel="سيئ" maxLabel="ممتاز" required />
      <TextField name="note" label="ملاحظة" />
    </FormHarness>
  );
}

describe('field components', () => {
  it.each(['ar', 'en'] as const)('have no axe violations (%s), also with errors shown', async (locale) => {
    const user = userEvent.setup();
    const { container } = renderWithMord(<AllFields />, { locale });
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'submit' }));
    await screen.findAllByText(locale === 'ar' ? 'هذا الحقل مطلوب.' : 'This field is required.');
    await expectNoAxeViolations(container);
  });

  it('accept Arabic-Indic digits and separators and give the normalised values', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    renderWithMord(<AllFields onValid={onValid} />);
    await user.type(screen.getByLabelText(/الاسم/), 'نورة');
    await user.type(screen.getByLabelText(/رقم الهوية/), '١٠٠٠٠٠٠٠٠٨');
    await user.type(screen.getByLabelText(/الجوال/), '٠٥٥١٢٣٤٥٦٧');
    await user.type(screen.getByLabelText(/المبلغ/), '٣٬٥٠٠٫٥٠');
    await user.selectOptions(screen.getByLabelText(/المنطقة/), 'riyadh');
    await user.type(screen.getByLabelText('اليوم'), '١');
    await user.selectOptions(screen.getByLabelText('الشهر'), '9');
    await user.type(screen.getByLabelText('السنة'), '١٤٤٥');
    await user.click(screen.getByRole('radio', { name: '٥ — ممتاز' }));
    await user.click(screen.getByRole('button', { name: 'submit' }));
    await waitFor(() => expect(onValid).toHaveBeenCalled());
    expect(onValid.mock.calls[0]![0]).toMatchObject({
      id: '1000000008',
      mobile: '+966551234567',
      amount: 3500.5,
      dob: { calendar: 'islamic-umalqura', year: 1445, month: 9, day: 1, iso: '2024-03-11' },
      rating: 5,
    });
  });

  it('tie errors to inputs with aria-invalid and aria-describedby, and focus the first one', async () => {
    const user = userEvent.setup();
    renderWithMord(<AllFields />, { locale: 'en' });
    await user.type(screen.getByLabelText(/رقم الهوية/), '1000000007');
    await user.click(screen.getByRole('button', { name: 'submit' }));
    const name = screen.getByLabelText(/الاسم/);
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('This field is required.');
    const id = screen.getByLabelText(/رقم الهوية/);
    expect(id).toHaveAccessibleDescription('This ID number is not valid. Check the digits.');
  });

  it('write numbers and codes left to right inside Arabic forms', () => {
    renderWithMord(<AllFields />);
    expect(screen.getByLabelText(/رقم الهوية/)).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText(/الجوال/)).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText(/الجوال/)).toHaveAttribute('type', 'tel');
    expect(screen.getByLabelText(/الاسم/)).toHaveAttribute('dir', 'auto');
  });

  it('do not re-render the form on each keystroke', async () => {
    const user = userEvent.setup();
    renderWithMord(<AllFields />);
    const before = renders.count;
    await user.type(screen.getByLabelText(/الاسم/), 'عبد الرحمن بن محمد');
    expect(renders.count).toBe(before);
  });
});

describe('DateField', () => {
  it('flags a Hijri day the month does not have at once, and shows the Gregorian day otherwise', async () => {
    const user = userEvent.setup();
    renderWithMord(<AllFields />);
    await user.type(screen.getByLabelText('اليوم'), '٣٠');
    await user.selectOptions(screen.getByLabelText('الشهر'), '1');
    await user.type(screen.getByLabelText('السنة'), '1445');
    expect(await screen.findByText('عدد أيام هذا الشهر الهجري ٢٩ يومًا فقط.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('اليوم'));
    await user.type(screen.getByLabelText('اليوم'), '29');
    expect(await screen.findByText(/يوافق: ١٦ أغسطس ٢٠٢٣/)).toBeInTheDocument();
  });

  it('switches to Gregorian and shows the Hijri day in English', async () => {
    const user = userEvent.setup();
    renderWithMord(<AllFields />, { locale: 'en' });
    await user.click(screen.getByRole('radio', { name: 'Gregorian' }));
    await user.type(screen.getByLabelText('Day'), '11');
    await user.selectOptions(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2024');
    expect(await screen.findByText(/Equivalent: .*Ramadan 1445/)).toBeInTheDocument();
  });
});

describe('RatingField', () => {
  it('keeps values in numeric order whatever the direction', () => {
    renderWithMord(
      <FormHarness schema={z.object({ n: z.string() })} defaultValues={{ n: '' }}>
        <NpsField name="n" label="التوصية" />
      </FormHarness>,
    );
    const values = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    expect(values).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });
});

describe('choice groups', () => {
  it('are fieldsets with a legend, and checkbox groups give arrays', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    renderWithMord(
      <FormHarness
        schema={z.object({ pick: z.array(z.string()), one: z.string() })}
        defaultValues={{ pick: [], one: '' }}
        onValid={onValid}
      >
        <CheckboxGroupField name="pick" label="اختاري" options={REGIONS.slice(0, 3)} />
        <RadioGroupField name="one" label="واحدة" options={REGIONS.slice(0, 2)} />
      </FormHarness>,
    );
    expect(screen.getByRole('group', { name: /اختاري/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'الرياض' }));
    await user.click(screen.getByRole('checkbox', { name: 'المدينة المنورة' }));
    await user.click(screen.getByRole('radio', { name: 'مكة المكرمة' }));
    await user.click(screen.getByRole('button', { name: 'submit' }));
    await waitFor(() => expect(onValid).toHaveBeenCalledWith({ pick: ['riyadh', 'madinah'], one: 'makkah' }));
  });
});
