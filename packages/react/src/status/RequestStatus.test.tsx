import {
  createMemoryAdapter,
  DEFAULT_ASSOCIATION_CONFIG,
  DEFAULT_REJECTION_REASONS,
  exampleInquirySubmission,
  exampleSupportRequestSubmission,
  getStatusText,
} from '@mord/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uiMessages } from '../i18n/uiMessages';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { Confirmation } from './Confirmation';
import { RequestStatus } from './RequestStatus';

async function submitted() {
  const backend = createMemoryAdapter({ staffKeys: { c: { id: 'c', name: 'C', role: 'admin' } } });
  const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
    idempotencyKey: 'status-test-1',
  });
  return { backend, receipt };
}

const officerKeys = { o: { id: 'o', name: 'منيرة', role: 'relations_officer' as const } };

describe('RequestStatus', () => {
  it.each(['ar', 'en'] as const)(
    'shows her what is missing when her request comes back to her (%s)',
    async (locale) => {
      const backend = createMemoryAdapter({ staffKeys: officerKeys });
      const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
        idempotencyKey: `status-missing-${locale}`,
      });
      const officer = backend.staff({ key: 'o' });
      await officer.transition(receipt.reference, { to: 'verifying' });
      await officer.transition(receipt.reference, { to: 'needs_information', missing: ['family_card'] });
      const { container } = renderWithMord(
        <RequestStatus reference={receipt.reference} accessToken={receipt.accessToken} />,
        { backend, locale },
      );
      const banner = await screen.findByText(uiMessages[locale]['status.missing']);
      expect(banner.closest('[data-state="missing"]')).toHaveTextContent(
        DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'family_card')!.label[locale],
      );
      await expectNoAxeViolations(container);
    },
  );

  it.each(['ar', 'en'] as const)(
    'tells her the reason for a rejection in plain words, never the committee’s note (%s)',
    async (locale) => {
      const backend = createMemoryAdapter({
        staffKeys: {
          ...officerKeys,
          k: { id: 'k', name: 'لجنة', role: 'committee' },
        },
      });
      const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
        idempotencyKey: `status-reason-${locale}`,
      });
      const officer = backend.staff({ key: 'o' });
      await officer.transition(receipt.reference, { to: 'verifying' });
      await officer.updateChecklist(
        receipt.reference,
        Object.fromEntries(DEFAULT_ASSOCIATION_CONFIG.checklist.map((item) => [item.id, true])),
      );
      await officer.transition(receipt.reference, { to: 'in_committee' });
      await backend
        .staff({ key: 'k' })
        .transition(receipt.reference, { to: 'rejected', reason: 'no_budget', note: 'ملاحظة داخلية' });
      const { container } = renderWithMord(
        <RequestStatus reference={receipt.reference} accessToken={receipt.accessToken} />,
        { backend, locale },
      );
      const banner = await screen.findByText(new RegExp(uiMessages[locale]['status.reason']));
      expect(banner).toHaveTextContent(
        DEFAULT_REJECTION_REASONS.find((r) => r.id === 'no_budget')!.label[locale],
      );
      expect(container).not.toHaveTextContent('ملاحظة داخلية');
      await expectNoAxeViolations(container);
    },
  );

  it.each(['ar', 'en'] as const)(
    'tells her a request taken by phone waits for her own signature (%s)',
    async (locale) => {
      const backend = createMemoryAdapter({ staffKeys: officerKeys });
      const { declaration: _none, ...payload } = await exampleSupportRequestSubmission();
      const receipt = await backend
        .staff({ key: 'o' })
        .submit('support-request', { ...payload, channel: 'phone', assisted: { attest: true } } as never, {
          idempotencyKey: `status-unsigned-${locale}`,
        });
      const { container } = renderWithMord(
        <RequestStatus reference={receipt.reference} accessToken={receipt.accessToken} />,
        { backend, locale },
      );
      expect(await screen.findByText(uiMessages[locale]['status.awaitingSignature'])).toBeInTheDocument();
      await expectNoAxeViolations(container);
    },
  );

  it.each(['ar', 'en'] as const)(
    'opens her status from the link in her message, without the code (%s)',
    async (locale) => {
      const backend = createMemoryAdapter({
        staffKeys: officerKeys,
        notifications: { channels: ['sms'], statusUrl: 'https://mord.example/#/status/' },
      });
      const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
        idempotencyKey: `status-link-${locale}`,
      });
      const [message] = await backend.staff({ key: 'o' }).notifications(receipt.reference);
      const token = new RegExp(`#/status/${receipt.reference}/(\\S+)`).exec(message!.text)![1]!;
      const { container } = renderWithMord(
        <RequestStatus reference={receipt.reference} linkToken={token} />,
        { backend, locale },
      );
      expect(await screen.findByText(uiMessages[locale]['status.current'])).toBeInTheDocument();
      expect(screen.queryByLabelText(uiMessages[locale]['status.token'])).toBeInTheDocument();
      await expectNoAxeViolations(container);
      expect(await backend.getStatusByLink!(receipt.reference, `${token}x`)).toBeNull();
    },
  );

  it.each(['ar', 'en'] as const)(
    'sends her lost code to the contact on file, saying the same whatever she typed (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const backend = createMemoryAdapter({
        staffKeys: officerKeys,
        notifications: { channels: ['sms'], statusUrl: 'https://mord.example/#/status/' },
      });
      const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
        idempotencyKey: `status-reminder-${locale}`,
      });
      const { container } = renderWithMord(<RequestStatus />, { backend, locale });
      await user.click(screen.getByText(m['status.lostCode']));
      const reminder = container.querySelector('details')!;
      await user.type(
        within(reminder).getByLabelText(m['status.reference']),
        receipt.reference.toLowerCase(),
      );
      await user.type(within(reminder).getByLabelText(m['status.idNumber']), '١٠٠٠٠٠٠٠٠٨');
      await user.click(within(reminder).getByRole('button', { name: m['status.sendCode'] }));
      expect(await within(reminder).findByText(m['status.codeSent'])).toBeInTheDocument();
      await expectNoAxeViolations(container);
      const kinds = (await backend.staff({ key: 'o' }).notifications(receipt.reference)).map((n) => n.kind);
      expect(kinds).toEqual(['received', 'code_reminder']);
    },
  );

  it.each(['ar', 'en'] as const)(
    'lets her withdraw her request after a confirmation, and shows it withdrawn (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const { backend, receipt } = await submitted();
      const { container } = renderWithMord(
        <RequestStatus reference={receipt.reference} accessToken={receipt.accessToken} />,
        { backend, locale },
      );
      await user.click(await screen.findByRole('button', { name: m['status.withdraw'] }));
      const dialog = screen.getByRole('alertdialog');
      expect(dialog).toHaveTextContent(receipt.reference);
      await expectNoAxeViolations(container);
      await user.click(within(dialog).getByRole('button', { name: m['status.withdrawYes'] }));
      expect(
        await screen.findByText(getStatusText('withdrawn', locale).title, { selector: '.mord-status-title' }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: m['status.withdraw'] })).toBeNull();
    },
  );

  it.each(['ar', 'en'] as const)(
    'lets her send what is missing — a note and the document — and her request goes back to the officer (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const backend = createMemoryAdapter({ staffKeys: officerKeys });
      const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
        idempotencyKey: `status-reply-${locale}`,
      });
      const officer = backend.staff({ key: 'o' });
      await officer.transition(receipt.reference, { to: 'verifying' });
      await officer.transition(receipt.reference, { to: 'needs_information', missing: ['family_card'] });
      const { container } = renderWithMord(
        <RequestStatus reference={receipt.reference} accessToken={receipt.accessToken} />,
        { backend, locale },
      );
      const form = await screen.findByRole('form', { name: m['reply.title'] });
      const family = DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'family_card')!.label[locale];
      expect(within(form).getByLabelText(m['file.kind'])).toHaveDisplayValue(family);
      await user.type(within(form).getByLabelText(m['reply.message']), 'أرفقت سجل الأسرة.');
      const pdf = new File(['%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], 'سجل.pdf', {
        type: 'application/pdf',
      });
      await user.upload(within(form).getByLabelText(m['reply.file']), pdf);
      await within(form).findByText('سجل.pdf');
      await expectNoAxeViolations(container);
      await user.click(within(form).getByRole('button', { name: m['reply.send'] }));
      expect(
        await screen.findByText(getStatusText('verifying', locale).title, { selector: '.mord-status-title' }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('form', { name: m['reply.title'] })).toBeNull();
      const last = (await officer.getRequest(receipt.reference))?.history.at(-1);
      expect(last?.reply).toMatchObject({
        message: 'أرفقت سجل الأسرة.',
        attachments: [{ kind: 'family_card' }],
      });
    },
  );

  it.each(['ar', 'en'] as const)(
    'answers from the link of the message that asked her; a status link alone only shows (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const backend = createMemoryAdapter({
        staffKeys: officerKeys,
        notifications: { channels: ['sms'], statusUrl: 'https://mord.example/#/status/' },
      });
      const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
        idempotencyKey: `status-reply-link-${locale}`,
      });
      const officer = backend.staff({ key: 'o' });
      await officer.transition(receipt.reference, { to: 'verifying' });
      await officer.transition(receipt.reference, { to: 'needs_information', missing: ['family_card'] });
      const linkOf = (text: string) => new RegExp(`#/status/${receipt.reference}/(\\S+)`).exec(text)![1]!;
      const [received, asked] = await officer.notifications(receipt.reference);
      expect(asked!.kind).toBe('needs_information');
      // The first message's link shows her status and says how to answer; it cannot answer.
      const first = renderWithMord(
        <RequestStatus reference={receipt.reference} linkToken={linkOf(received!.text)} />,
        { backend, locale },
      );
      expect(await screen.findByText(m['reply.withCode'])).toBeInTheDocument();
      expect(screen.queryByRole('form', { name: m['reply.title'] })).toBeNull();
      await expect(
        backend.replyByLink!(receipt.reference, linkOf(received!.text), { message: 'x' }),
      ).rejects.toMatchObject({ code: 'invalid_transition' });
      first.unmount();

      const { container } = renderWithMord(
        <RequestStatus reference={receipt.reference} linkToken={linkOf(asked!.text)} />,
        { backend, locale },
      );
      const form = await screen.findByRole('form', { name: m['reply.title'] });
      expect(screen.queryByRole('button', { name: m['status.withdraw'] })).toBeNull();
      await user.type(within(form).getByLabelText(m['reply.message']), 'أرفقت سجل الأسرة.');
      await expectNoAxeViolations(container);
      await user.click(within(form).getByRole('button', { name: m['reply.send'] }));
      expect(
        await screen.findByText(getStatusText('verifying', locale).title, { selector: '.mord-status-title' }),
      ).toBeInTheDocument();
      // Answered: the same link shows her status and answers nothing more.
      await expect(
        backend.replyByLink!(receipt.reference, linkOf(asked!.text), { message: 'مرة أخرى' }),
      ).rejects.toMatchObject({ code: 'invalid_transition' });
      expect((await backend.getStatusByLink!(receipt.reference, linkOf(asked!.text)))?.status).toBe(
        'verifying',
      );
      await expect(
        backend.replyByLink!(receipt.reference, `${linkOf(asked!.text)}x`, { message: 'x' }),
      ).rejects.toMatchObject({ code: 'not_found' });
    },
  );

  it.each(['ar', 'en'] as const)('shows her the answer to her inquiry (%s)', async (locale) => {
    const backend = createMemoryAdapter({ staffKeys: officerKeys });
    const receipt = await backend.submit(
      'inquiry',
      exampleInquirySubmission({
        name: 'هند العتيبي',
        mobile: '0551234567',
        preferredContact: 'phone',
        topic: 'services',
        message: 'ما مواعيد برنامج الأسر المنتجة؟',
        channel: 'website',
      }),
      { idempotencyKey: `status-answer-${locale}` },
    );
    await backend.staff({ key: 'o' }).transition(receipt.reference, {
      to: 'closed',
      answer: 'يبدأ البرنامج في الأول من رجب، والتسجيل مفتوح الآن.',
    });
    const { container } = renderWithMord(
      <RequestStatus reference={receipt.reference} accessToken={receipt.accessToken} />,
      { backend, locale },
    );
    await screen.findByRole('heading', { name: uiMessages[locale]['status.answer'] });
    expect(screen.getByText('يبدأ البرنامج في الأول من رجب، والتسجيل مفتوح الآن.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it.each(['ar', 'en'] as const)('has no axe violations with a result (%s)', async (locale) => {
    const { backend, receipt } = await submitted();
    const { container } = renderWithMord(
      <RequestStatus reference={receipt.reference} accessToken={receipt.accessToken} />,
      { backend, locale },
    );
    await screen.findByText(locale === 'ar' ? 'تم الاستلام' : 'Received', { selector: '.mord-status-title' });
    await expectNoAxeViolations(container);
  });

  it('finds a request by reference and access code and explains its state', async () => {
    const user = userEvent.setup();
    const { backend, receipt } = await submitted();
    await backend.staff({ key: 'c' }).transition(receipt.reference, { to: 'verifying' });
    renderWithMord(<RequestStatus />, { backend });
    // Typed as one would: lower case, spaces for dashes, Arabic-Indic digits.
    const typed = receipt.reference
      .toLowerCase()
      .replace(/-/g, ' ')
      .replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    await user.type(screen.getByLabelText('الرقم المرجعي'), typed);
    await user.type(screen.getByLabelText('رمز المتابعة'), receipt.accessToken);
    await user.click(screen.getByRole('button', { name: 'استعلام' }));
    expect(
      await screen.findByText('جارٍ التحقق من البيانات', { selector: '.mord-status-title' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/تطابق موظفة علاقات المستفيدات/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('says nothing matches for a wrong code, like for an unknown reference', async () => {
    const user = userEvent.setup();
    const { backend, receipt } = await submitted();
    renderWithMord(<RequestStatus />, { backend, locale: 'en' });
    await user.type(screen.getByLabelText('Reference number'), receipt.reference);
    await user.type(screen.getByLabelText('Access code'), 'not-the-right-code');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      await screen.findByText('No request matches this reference number and access code.'),
    ).toBeInTheDocument();
  });
});

describe('Confirmation', () => {
  it.each(['ar', 'en'] as const)(
    'shows the reference, the code and the deadline in both calendars (%s)',
    async (locale) => {
      const { container } = renderWithMord(
        <Confirmation
          receipt={{
            reference: 'MRD-2026-000123',
            accessToken: 'tok_abcdefghijklmnopqrstuvwx',
            status: 'submitted',
            submittedAt: '2026-11-25T08:00:00.000Z',
            decisionDueAt: '2026-12-09T08:00:00.000Z',
          }}
        />,
        { locale },
      );
      await expectNoAxeViolations(container);
      expect(screen.getByText('MRD-2026-000123')).toBeInTheDocument();
      const due = container.querySelector('time')!;
      expect(due).toHaveAttribute('dateTime', '2026-12-09T08:00:00.000Z');
      expect(due.textContent).toMatch(
        locale === 'ar'
          ? /جمادى الآخرة ١٤٤٨ هـ الموافق ٩ ديسمبر ٢٠٢٦م/
          : /Jumada II 1448 AH — 9 December 2026/,
      );
      expect(
        screen.getByText(locale === 'ar' ? /تردّ خلال أسبوعين/ : /answers within two weeks/),
      ).toBeInTheDocument();
    },
  );
});
