import { createMemoryAdapter } from '@mord/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { InquiryForm } from './InquiryForm';
import { VolunteerForm } from './VolunteerForm';

const staffKeys = { o: { id: 'o', name: 'O', role: 'relations_officer' as const } };

describe('InquiryForm', () => {
  it.each(['ar', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    const { container } = renderWithMord(<InquiryForm chooseChannel />, { locale });
    await expectNoAxeViolations(container);
  });

  it('sends a question taken by phone through the staff route and shows its reference', async () => {
    const user = userEvent.setup();
    const backend = createMemoryAdapter({ staffKeys });
    renderWithMord(<InquiryForm channel="phone" staff={backend.staff({ key: 'o' })} />, { backend });
    await user.type(screen.getByLabelText(/^الاسم الكامل/), 'نورة سعد');
    await user.type(screen.getByLabelText(/^رقم الجوال/), '٠٥٠١٢٣٤٥٦٧');
    await user.selectOptions(screen.getByLabelText(/^الموضوع/), 'eligibility');
    await user.type(screen.getByLabelText(/^رسالتكِ/), 'هل يمكنني التقديم وأنا أسكن في الخرج؟');
    await user.click(screen.getByRole('checkbox', { name: /أوافق على معالجة بياناتي/ }));
    await user.click(screen.getByRole('button', { name: 'إرسال' }));
    // The reference sits in its own <bdi> inside the sentence.
    const sent = await screen.findByText((_, element) =>
      Boolean(element?.matches('p') && /^استلمنا سؤالكِ. الرقم المرجعي: MRD-/.test(element.textContent ?? '')),
    );
    expect(sent.querySelector('bdi')?.textContent).toMatch(/^MRD-/);
    const [request] = await backend.staff({ key: 'o' }).listRequests({ form: 'inquiry' });
    expect(request).toMatchObject({ channel: 'phone', name: 'نورة سعد' });
  });

  it.each([
    ['ar', 'تعذّر قبول طلبكِ كما أُرسل'],
    ['en', 'We could not accept your request as it was sent'],
  ] as const)(
    'shows a refusal in her language, keeping her answers, when a public body claims a staff channel (%s)',
    async (locale, text) => {
      const user = userEvent.setup();
      const backend = createMemoryAdapter({ staffKeys });
      renderWithMord(<InquiryForm channel="phone" />, { backend, locale });
      await user.type(screen.getByLabelText(locale === 'ar' ? /^الاسم الكامل/ : /^Full name/), 'Noura');
      await user.type(
        screen.getByLabelText(locale === 'ar' ? /^رقم الجوال/ : /^Mobile number/),
        '0501234567',
      );
      await user.selectOptions(
        screen.getByLabelText(locale === 'ar' ? /^الموضوع/ : /^Subject/),
        'eligibility',
      );
      await user.type(
        screen.getByLabelText(locale === 'ar' ? /^رسالتكِ/ : /^Your message/),
        'A question about the hours',
      );
      await user.click(screen.getAllByRole('checkbox')[0]!);
      await user.click(screen.getByRole('button', { name: locale === 'ar' ? 'إرسال' : 'Submit' }));
      expect((await screen.findByRole('alert')).textContent).toContain(text);
      expect(screen.getByLabelText(locale === 'ar' ? /^الاسم الكامل/ : /^Full name/)).toHaveValue('Noura');
      expect(await backend.staff({ key: 'o' }).listRequests()).toHaveLength(0);
    },
  );

  it('shows English messages for missing answers', async () => {
    const user = userEvent.setup();
    renderWithMord(<InquiryForm />, { locale: 'en' });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findAllByText('This field is required.')).not.toHaveLength(0);
    expect(screen.getByText('You need to agree to this to continue.')).toBeInTheDocument();
  });
});

describe('VolunteerForm', () => {
  it.each(['ar', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    const { container } = renderWithMord(<VolunteerForm />, { locale });
    await expectNoAxeViolations(container);
  });

  it('sends an application', async () => {
    const user = userEvent.setup();
    const backend = createMemoryAdapter({ staffKeys });
    renderWithMord(<VolunteerForm />, { backend, locale: 'en' });
    await user.type(screen.getByLabelText(/^Full name/), 'Huda Al-Harbi');
    await user.type(screen.getByLabelText(/^ID or Iqama number/), '1234567897');
    await user.type(screen.getByLabelText('Day'), '2');
    await user.selectOptions(screen.getByLabelText('Month'), '4');
    await user.type(screen.getByLabelText('Year'), '1995');
    await user.type(screen.getByLabelText(/^Mobile number/), '0551234567');
    await user.selectOptions(screen.getByLabelText(/^Region/), 'riyadh');
    await user.type(screen.getByLabelText(/^City/), 'Riyadh');
    await user.selectOptions(screen.getByLabelText(/^Education/), 'bachelor');
    await user.click(screen.getByRole('checkbox', { name: 'Mentoring entrepreneurs' }));
    await user.click(screen.getByRole('checkbox', { name: 'Weekends' }));
    await user.type(screen.getByLabelText(/^Hours per month/), '٨');
    await user.click(screen.getByRole('checkbox', { name: /I agree that my data is processed/ }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/Your application has been received/)).toBeInTheDocument();
    expect(await backend.staff({ key: 'o' }).listRequests({ form: 'volunteer' })).toHaveLength(1);
  });
});
