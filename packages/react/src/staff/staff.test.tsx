import {
  CONTACT_METHODS,
  createMemoryAdapter,
  DEFAULT_ASSOCIATION_CONFIG,
  DEFAULT_REJECTION_REASONS,
  exampleInquirySubmission,
  exampleSupportRequestSubmission,
  formatMessage as format,
  getStatusText,
  INQUIRY_TOPICS,
  inspectDeclaration,
  publicAssociationConfig,
  type StaffApi,
  type StaffRequestRecord,
  surveyMessages,
  VERIFICATION_CHECKLIST,
} from '@mord/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { workspaceMessages as uiMessages } from '../i18n/staffMessages';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { RequestReview } from './RequestReview';
import { SatisfactionReport } from './SatisfactionReport';

const staffKeys = {
  officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' as const },
  researcher: { id: 'r1', name: 'هيفاء', role: 'social_researcher' as const },
  committee: { id: 'c1', name: 'اللجنة', role: 'committee' as const },
  admin: { id: 'a1', name: 'مديرة النظام', role: 'admin' as const },
};

async function setup() {
  const backend = createMemoryAdapter({ staffKeys });
  const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
    idempotencyKey: 'review-test-1',
  });
  return { backend, reference: receipt.reference };
}

describe('RequestReview', () => {
  it.each([
    ['ar', /مُحيت البيانات الشخصية والمستندات والتوقيع لهذا الطلب في/],
    ['en', /The personal data, documents and signature of this request were erased on/],
  ] as const)('says when a request was erased, showing none of her data (%s)', async (locale, text) => {
    const { backend, reference } = await setup();
    await backend.staff({ key: 'admin' }).erase(reference);
    const { container } = renderWithMord(
      <RequestReview staff={backend.staff({ key: 'officer' })} reference={reference} />,
      { backend, locale },
    );
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(container.textContent).not.toContain('فاطمة');
    expect(container.textContent).not.toContain('1000000008');
    await expectNoAxeViolations(container);
  });

  it.each(['ar', 'en'] as const)(
    'shows every section she entered, in the staff member’s language, with the documents by type (%s)',
    async (locale) => {
      const m = uiMessages[locale];
      // Taken under a configuration that asked for no documents; reviewed under the defaults, where a food
      // basket needs her ID and family record: the one attached is listed, the other flagged missing.
      const pdf = Uint8Array.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', (c) =>
        c.charCodeAt(0),
      );
      const lenient = {
        ...DEFAULT_ASSOCIATION_CONFIG,
        services: DEFAULT_ASSOCIATION_CONFIG.services.map((s) => ({ ...s, documents: [] })),
      };
      const strictBackend = createMemoryAdapter({ staffKeys, config: lenient });
      const stored = await strictBackend.attachments.put({
        name: 'هوية.pdf',
        mediaType: 'application/pdf',
        bytes: pdf,
      });
      const receipt = await strictBackend.submit(
        'support-request',
        await exampleSupportRequestSubmission({
          locale,
          config: lenient,
          mutate: (request) => {
            request.request.supportTypes = ['food_basket'];
            request.attachments = [{ ...stored, kind: 'id_copy', name: 'هوية.pdf' }];
          },
        }),
        { idempotencyKey: `whole-request-${locale}` },
      );
      const { container } = renderWithMord(
        <RequestReview staff={strictBackend.staff({ key: 'officer' })} reference={receipt.reference} />,
        { backend: strictBackend, locale, config: publicAssociationConfig(DEFAULT_ASSOCIATION_CONFIG) },
      );
      await screen.findByRole('heading', { name: m['wizard.step.household'] });
      for (const step of ['applicant', 'contact', 'housing', 'income', 'request'] as const)
        expect(screen.getByRole('heading', { name: m[`wizard.step.${step}`] })).toBeInTheDocument();
      // The household, the income, the rent and the address: what the checklist asks her to confirm.
      expect(container.textContent).toContain('سارة عبد الرحمن القحطاني');
      expect(container.textContent).toContain(locale === 'ar' ? '٢٤٠٠٠' : '24000');
      expect(container.textContent).toContain('النسيم');
      // The document by its type, openable; the one the service also requires flagged as missing.
      const idCopy = DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'id_copy')!.label[locale];
      const family = DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'family_card')!.label[locale];
      expect(screen.getByText(idCopy, { selector: 'dt' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `${m['staff.openDocument']} هوية.pdf` })).toBeInTheDocument();
      const missing = container.querySelector('[data-state="missing"]')!;
      expect(missing).toHaveTextContent(m['staff.documentsMissing']);
      expect(missing).toHaveTextContent(family);
      expect(missing).not.toHaveTextContent(idCopy);
      await expectNoAxeViolations(container);
    },
  );

  it.each(['ar', 'en'] as const)(
    'reads an inquiry in full: who, how to answer her, the topic and the message (%s)',
    async (locale) => {
      const backend = createMemoryAdapter({ staffKeys });
      const m = uiMessages[locale];
      const receipt = await backend.submit(
        'inquiry',
        exampleInquirySubmission({
          name: 'هند العتيبي',
          mobile: '0551234567',
          email: 'hind@example.org',
          preferredContact: 'email',
          topic: 'complaint',
          message: 'تأخر الرد على طلبي أكثر من أسبوعين.\nأرجو المتابعة.',
          channel: 'website',
        }),
        { idempotencyKey: `inquiry-review-${locale}` },
      );
      const { container } = renderWithMord(
        <RequestReview staff={backend.staff({ key: 'officer' })} reference={receipt.reference} />,
        { backend, locale },
      );
      await screen.findByText(/تأخر الرد على طلبي/);
      expect(screen.getByText(m['field.topic'])).toBeInTheDocument();
      expect(container.textContent).toContain(
        INQUIRY_TOPICS.find((o) => o.id === 'complaint')!.label[locale],
      );
      expect(container.textContent).toContain(CONTACT_METHODS.find((o) => o.id === 'email')!.label[locale]);
      expect(container.textContent).toContain('hind@example.org');
      await expectNoAxeViolations(container);
    },
  );

  it.each(['ar', 'en'] as const)(
    'keeps the committee move closed until the checklist is saved, and sends a request back with what is missing (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const { backend, reference } = await setup();
      const m = uiMessages[locale];
      const officer = backend.staff({ key: 'officer' });
      await officer.transition(reference, { to: 'verifying' });
      const { container } = renderWithMord(<RequestReview staff={officer} reference={reference} />, {
        backend,
        locale,
      });
      const committee = await screen.findByRole('button', {
        name: format(m['staff.moveTo'], { state: getStatusText('in_committee', locale).title }),
      });
      expect(committee).toBeDisabled();
      expect(screen.getByText(m['staff.checklistFirst'])).toBeInTheDocument();
      const back = screen.getByRole('button', {
        name: format(m['staff.moveTo'], { state: getStatusText('needs_information', locale).title }),
      });
      expect(back).toBeDisabled();
      const family = DEFAULT_ASSOCIATION_CONFIG.documents.find((d) => d.id === 'family_card')!.label[locale];
      await user.click(
        within(screen.getByRole('group', { name: m['staff.missing'] })).getByRole('checkbox', {
          name: family,
        }),
      );
      await expectNoAxeViolations(container);
      await user.click(back);
      await waitFor(async () =>
        expect((await officer.getRequest(reference))?.status).toBe('needs_information'),
      );
      expect((await officer.getRequest(reference))?.history.at(-1)?.missing).toEqual(['family_card']);
      // The history says what was missing, by name.
      await waitFor(() =>
        expect(container.querySelector('.mord-history li:last-child')?.textContent).toContain(family),
      );
    },
  );

  it.each(['ar', 'en'] as const)(
    'answers an inquiry and closes it; the answer stays in its history (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const backend = createMemoryAdapter({ staffKeys });
      const m = uiMessages[locale];
      const receipt = await backend.submit(
        'inquiry',
        exampleInquirySubmission({
          name: 'هند العتيبي',
          mobile: '0551234567',
          preferredContact: 'phone',
          topic: 'complaint',
          message: 'لم يتصل بي أحد بعد زيارتي للفرع.',
          channel: 'website',
        }),
        { idempotencyKey: `inquiry-answer-${locale}` },
      );
      const officer = backend.staff({ key: 'officer' });
      const { container } = renderWithMord(<RequestReview staff={officer} reference={receipt.reference} />, {
        backend,
        locale,
      });
      await user.type(await screen.findByLabelText(m['staff.answer']), 'نعتذر منكِ، ستتصل بكِ المشرفة غدًا.');
      await expectNoAxeViolations(container);
      await user.click(
        screen.getByRole('button', {
          name: format(m['staff.moveTo'], { state: getStatusText('closed', locale).title }),
        }),
      );
      await waitFor(async () => expect((await officer.getRequest(receipt.reference))?.status).toBe('closed'));
      expect((await officer.getRequest(receipt.reference))?.history.at(-1)?.answer).toBe(
        'نعتذر منكِ، ستتصل بكِ المشرفة غدًا.',
      );
      await waitFor(() =>
        expect(container.querySelector('.mord-history li:last-child')).toHaveTextContent(
          'ستتصل بكِ المشرفة غدًا',
        ),
      );
    },
  );

  it.each(['ar', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    const { backend, reference } = await setup();
    const { container } = renderWithMord(
      <RequestReview staff={backend.staff({ key: 'officer' })} reference={reference} />,
      { backend, locale },
    );
    await screen.findByText(locale === 'ar' ? /تم التحقق/ : /Verified/);
    await expectNoAxeViolations(container);
  });

  it('shows the declaration verified and offers only the moves of the role, with a note', async () => {
    const user = userEvent.setup();
    const { backend, reference } = await setup();
    const officer = backend.staff({ key: 'officer' });
    renderWithMord(<RequestReview staff={officer} reference={reference} />, { backend, locale: 'en' });
    expect(
      await screen.findByText('Verified: the data is exactly what the applicant signed.'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Move to/ }).map((b) => b.textContent)).toEqual([
      'Move to: Checking your information',
    ]);
    await user.click(screen.getByRole('button', { name: 'Move to: Checking your information' }));
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^(Move to|Refer)/ }).map((b) => b.textContent)).toEqual([
        'Move to: We need more information',
        'Refer to a social researcher',
        'Move to: With the research committee',
      ]),
    );
    // A referral names what to study; until then it is closed.
    const refer = screen.getByRole('button', { name: 'Refer to a social researcher' });
    expect(refer).toBeDisabled();
    const referral = screen.getByRole('group', { name: 'Referral to a social researcher' });
    await within(referral).findByRole('option', { name: 'هيفاء' });
    await user.selectOptions(within(referral).getByLabelText('Social researcher'), 'هيفاء');
    await user.type(screen.getByLabelText('What should be studied'), 'هل السكن مستأجر؟');
    await user.type(screen.getByLabelText('Note'), 'زيارة منزلية مطلوبة');
    await user.click(refer);
    await waitFor(async () =>
      expect((await officer.getRequest(reference))?.status).toBe('with_social_researcher'),
    );
    expect((await officer.getRequest(reference))?.history.at(-1)).toMatchObject({
      note: 'زيارة منزلية مطلوبة',
      question: 'هل السكن مستأجر؟',
      assignee: { id: 'r1', name: 'هيفاء' },
    });
    expect(
      await screen.findByText('There is nothing your role can do on this request now.'),
    ).toBeInTheDocument();
  });

  it.each(['ar', 'en'] as const)(
    'lets the researcher record her study and forward it; the committee asks for a visit, then rejects with a reason (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const { backend, reference } = await setup();
      const officer = backend.staff({ key: 'officer' });
      await officer.transition(reference, { to: 'verifying' });
      await officer.updateChecklist(
        reference,
        Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
      );
      await officer.transition(reference, {
        to: 'with_social_researcher',
        question: 'ما مصدر الدخل؟',
        assignee: 'r1',
      });
      const researcher = backend.staff({ key: 'researcher' });
      const view = renderWithMord(<RequestReview staff={researcher} reference={reference} />, {
        backend,
        locale,
      });
      const forward = await screen.findByRole('button', {
        name: format(m['staff.moveTo'], { state: getStatusText('in_committee', locale).title }),
      });
      expect(forward).toBeDisabled();
      expect(screen.getByText('ما مصدر الدخل؟')).toBeInTheDocument();
      const study = screen.getByRole('group', { name: m['staff.study'] });
      await user.type(within(study).getByLabelText(m['staff.visitDate']), '2025-11-20');
      await user.type(within(study).getByLabelText(m['staff.findings']), 'الدخل من الضمان الاجتماعي فقط.');
      await user.click(within(study).getByRole('radio', { name: m['staff.recommendation.accept'] }));
      await expectNoAxeViolations(view.container);
      await user.click(forward);
      await waitFor(async () =>
        expect((await researcher.getRequest(reference))?.status).toBe('in_committee'),
      );
      expect((await researcher.getRequest(reference))?.history.at(-1)?.study).toEqual({
        visitDate: '2025-11-20',
        findings: 'الدخل من الضمان الاجتماعي فقط.',
        recommendation: 'accept',
      });
      view.unmount();

      const committee = backend.staff({ key: 'committee' });
      const decide = renderWithMord(<RequestReview staff={committee} reference={reference} />, {
        backend,
        locale,
      });
      // The committee reads the study, and acts with action labels.
      await screen.findByText('الدخل من الضمان الاجتماعي فقط.');
      expect(
        screen
          .getAllByRole('button', {
            name: new RegExp(
              `^(${[m['staff.action.accepted'], m['staff.action.rejected'], m['staff.action.askInformation'], m['staff.action.homeVisit']].join('|')})$`,
            ),
          })
          .map((b) => b.textContent),
      ).toEqual([
        m['staff.action.accepted'],
        m['staff.action.rejected'],
        m['staff.action.askInformation'],
        m['staff.action.homeVisit'],
      ]);
      await user.type(screen.getByLabelText(m['staff.question']), 'زيارة للتحقق من السكن');
      await user.click(screen.getByRole('button', { name: m['staff.action.homeVisit'] }));
      await waitFor(async () =>
        expect((await committee.getRequest(reference))?.status).toBe('with_social_researcher'),
      );
      await researcher.transition(reference, {
        to: 'in_committee',
        study: { findings: 'السكن ملك للأسرة.', recommendation: 'reject' },
      });
      await screen.findByText(m['staff.noActions']);
      decide.unmount();
      const again = renderWithMord(<RequestReview staff={committee} reference={reference} />, {
        backend,
        locale,
      });
      const reject = await screen.findByRole('button', { name: m['staff.action.rejected'] });
      expect(reject).toBeDisabled();
      const reason = DEFAULT_REJECTION_REASONS.find((r) => r.id === 'not_eligible')!.label[locale];
      await user.selectOptions(screen.getByLabelText(m['staff.reason']), reason);
      await expectNoAxeViolations(again.container);
      await user.click(reject);
      await waitFor(async () => expect((await committee.getRequest(reference))?.status).toBe('rejected'));
      expect((await committee.getRequest(reference))?.history.at(-1)?.reason).toBe('not_eligible');
      await waitFor(() =>
        expect(again.container.querySelector('.mord-history li:last-child')).toHaveTextContent(reason),
      );
    },
  );

  it.each(['ar', 'en'] as const)(
    'assigns a request: the officer to a colleague, a researcher takes one herself (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const { backend, reference } = await setup();
      const officer = backend.staff({ key: 'officer' });
      const view = renderWithMord(<RequestReview staff={officer} reference={reference} />, {
        backend,
        locale,
      });
      const assignee = await screen.findByRole('region', { name: m['staff.assignee'] });
      expect(assignee).toHaveTextContent(m['staff.unassigned']);
      await within(assignee).findByRole('option', { name: 'هيفاء' });
      await user.selectOptions(within(assignee).getByLabelText(m['staff.assignTo']), 'هيفاء');
      await user.click(within(assignee).getByRole('button', { name: m['staff.assign'] }));
      await waitFor(() =>
        expect(assignee.querySelector('[data-part="assignee"]')).toHaveTextContent('هيفاء'),
      );
      await expectNoAxeViolations(view.container);
      view.unmount();
      // Assigned to her, she reads it; she cannot hand it to others, only let it go.
      const researcher = backend.staff({ key: 'researcher' });
      renderWithMord(<RequestReview staff={researcher} reference={reference} />, { backend, locale });
      const hers = await screen.findByRole('region', { name: m['staff.assignee'] });
      expect(within(hers).queryByLabelText(m['staff.assignTo'])).toBeNull();
      await user.click(within(hers).getByRole('button', { name: m['staff.unassign'] }));
      await waitFor(async () => expect((await officer.getRequest(reference))?.assignee).toBeNull());
    },
  );

  it.each(['ar', 'en'] as const)('shows her reply and opens the document she added (%s)', async (locale) => {
    const m = uiMessages[locale];
    const { backend, reference } = await setup();
    const officer = backend.staff({ key: 'officer' });
    await officer.transition(reference, { to: 'verifying' });
    await officer.transition(reference, { to: 'needs_information', missing: ['family_card'] });
    const meta = await backend.attachments.put({
      name: 'سجل.pdf',
      mediaType: 'application/pdf',
      bytes: Uint8Array.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', (c) => c.charCodeAt(0)),
    });
    const { accessToken } = await backend.staff({ key: 'officer' }).reissueAccessCode(reference);
    await backend.reply!(reference, accessToken, {
      message: 'أرفقت سجل الأسرة.',
      attachments: [{ ...meta, kind: 'family_card', name: 'سجل.pdf' }],
    });
    const { container } = renderWithMord(<RequestReview staff={officer} reference={reference} />, {
      backend,
      locale,
    });
    const reply = await screen.findByText(/أرفقت سجل الأسرة\./);
    const part = reply.closest('[data-part="reply"]')!;
    expect(part).toHaveTextContent(m['staff.history.reply']);
    expect(
      within(part as HTMLElement).getByRole('button', { name: `${m['staff.openDocument']} سجل.pdf` }),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('lets the relations officer tick and save the checklist, and not the committee', async () => {
    const user = userEvent.setup();
    const { backend, reference } = await setup();
    const view = renderWithMord(
      <RequestReview staff={backend.staff({ key: 'officer' })} reference={reference} />,
      { backend, locale: 'en' },
    );
    await user.click(
      await screen.findByRole('checkbox', { name: 'Identity document matches the ID number' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save checklist' }));
    await waitFor(async () =>
      expect((await backend.staff({ key: 'officer' }).getRequest(reference))?.checklist).toEqual({
        identity: true,
      }),
    );
    view.unmount();
    // The committee reads it once it is before the committee, and cannot tick.
    const officer = backend.staff({ key: 'officer' });
    await officer.transition(reference, { to: 'verifying' });
    await officer.updateChecklist(
      reference,
      Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
    );
    await officer.transition(reference, { to: 'in_committee' });
    renderWithMord(<RequestReview staff={backend.staff({ key: 'committee' })} reference={reference} />, {
      backend,
      locale: 'en',
    });
    expect(
      within(await screen.findByRole('group', { name: 'Verification checklist' })).getByRole('checkbox', {
        name: 'Identity document matches the ID number',
      }),
    ).toBeDisabled();
  });

  it('shows a record whose data changed after signing as not verified', async () => {
    const { backend, reference } = await setup();
    const officer = backend.staff({ key: 'officer' });
    // A staff API over a store where someone edited the data in place, as a third-party backend could be.
    const tamperedStore: StaffApi = {
      ...officer,
      async getRequest(ref) {
        const record = (await officer.getRequest(ref)) as StaffRequestRecord;
        const data = structuredClone(record.data) as { request: { description: string } };
        data.request.description = 'نص مختلف بعد التوقيع';
        const verification = await inspectDeclaration(record.declaration!, data);
        return { ...record, data, verification } as StaffRequestRecord;
      },
    };
    renderWithMord(<RequestReview staff={tamperedStore} reference={reference} />, { backend });
    expect(
      await screen.findByText('غير مطابق: تغيّرت البيانات أو نص الإقرار بعد التوقيع.'),
    ).toBeInTheDocument();
  });
});

/** Answers the open survey as a form would: with the nonce of a freshly opened form. */
async function answerGeneral(
  backend: ReturnType<typeof createMemoryAdapter>,
  response: Record<string, unknown>,
) {
  const context = await backend.getSurvey('general');
  return backend.submitSurveyResponse('general', { ...response, nonce: context?.nonce });
}

describe('SatisfactionReport', () => {
  it.each(['ar', 'en'] as const)(
    'has no axe violations and shows counts under 30 responses (%s)',
    async (locale) => {
      const backend = createMemoryAdapter({ staffKeys });
      await answerGeneral(backend, {
        answers: { csat: 5, ces: 6, nps: 9 },
        channel: 'phone',
        anonymous: true,
      });
      await answerGeneral(backend, {
        answers: { csat: 2, ces: 3, nps: 4 },
        channel: 'website',
        anonymous: true,
      });
      const { container } = renderWithMord(<SatisfactionReport staff={backend.staff({ key: 'officer' })} />, {
        backend,
        locale,
      });
      await screen.findByText(locale === 'ar' ? 'عدد الردود: ٢' : 'Responses: 2');
      await expectNoAxeViolations(container);
      expect(
        screen.getByText(
          locale === 'ar'
            ? 'الردود أقل من ٣٠، لذا تُعرض الأعداد بدلًا من النسب المئوية.'
            : /Fewer than 30 responses/,
        ),
      ).toBeInTheDocument();
      expect(
        screen.getAllByText(locale === 'ar' ? '١ من ٢ راضيات' : '1 of 2 satisfied')[0],
      ).toBeInTheDocument();
      expect(screen.getByText(locale === 'ar' ? /الاتصالات الهاتفية/ : /Phone call/)).toBeInTheDocument();
    },
  );

  it.each(['ar', 'en'] as const)(
    'shows the service dimensions and her comments, newest first and searchable (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      let now = new Date('2026-03-01T09:00:00Z');
      const backend = createMemoryAdapter({ staffKeys, now: () => now });
      await answerGeneral(backend, {
        answers: { csat: 5, ces: 6, nps: 9, courtesy: 5, answered_in_period: 'yes' },
        comment: 'الموظفة كانت لطيفة جدًا.',
        channel: 'phone',
        anonymous: true,
      });
      now = new Date('2026-03-05T09:00:00Z');
      await answerGeneral(backend, {
        answers: { csat: 3, ces: 4, nps: 6, courtesy: 3, answered_in_period: 'no' },
        comment: 'تأخر الرد على طلبي.',
        anonymous: true,
      });
      const { container } = renderWithMord(<SatisfactionReport staff={backend.staff({ key: 'officer' })} />, {
        backend,
        locale,
      });
      const dimensions = await screen.findByRole('table', { name: m['report.dimensions'] });
      const courtesy = within(dimensions).getByRole('row', {
        name: new RegExp(surveyMessages[locale]['question.courtesy']),
      });
      expect(courtesy).toHaveTextContent(locale === 'ar' ? '٤ من ٥' : '4 of 5');
      expect(dimensions).toHaveTextContent(
        format(m['report.yesNo'], {
          yes: locale === 'ar' ? '١' : '1',
          no: locale === 'ar' ? '١' : '1',
          unknown: locale === 'ar' ? '٠' : '0',
        }),
      );
      const comments = container.querySelectorAll('.mord-comments li');
      expect([...comments].map((li) => li.querySelector('p')?.textContent)).toEqual([
        'تأخر الرد على طلبي.',
        'الموظفة كانت لطيفة جدًا.',
      ]);
      await expectNoAxeViolations(container);
      await user.type(screen.getByLabelText(m['report.commentsSearch']), 'لطيفة');
      expect(container.querySelectorAll('.mord-comments li')).toHaveLength(1);
    },
  );

  it.each(['ar', 'en'] as const)(
    'counts inquiries, complaints and suggestions by topic (%s)',
    async (locale) => {
      const backend = createMemoryAdapter({ staffKeys });
      const topics = ['complaint', 'complaint', 'suggestion'] as const;
      for (const [i, topic] of topics.entries())
        await backend.submit('inquiry', exampleInquirySubmission({ topic }), {
          idempotencyKey: `topics-${locale}-${i}`,
        });
      await answerGeneral(backend, { answers: { csat: 5, ces: 6, nps: 9 }, anonymous: true });
      const { container } = renderWithMord(<SatisfactionReport staff={backend.staff({ key: 'officer' })} />, {
        backend,
        locale,
      });
      const table = await screen.findByRole('table', { name: uiMessages[locale]['report.inquiries'] });
      const complaint = INQUIRY_TOPICS.find((topic) => topic.id === 'complaint')!.label[locale];
      expect(within(table).getByRole('row', { name: new RegExp(complaint) })).toHaveTextContent(
        locale === 'ar' ? '٢' : '2',
      );
      expect(table.querySelector('[data-topic="suggestion"]')).toHaveTextContent(locale === 'ar' ? '١' : '1');
      await expectNoAxeViolations(container);
    },
  );

  it('shows percentages from 30 responses on', async () => {
    const backend = createMemoryAdapter({ staffKeys });
    for (let i = 0; i < 30; i++) {
      await answerGeneral(backend, {
        answers: { csat: i % 5 === 0 ? 3 : 5, ces: 6, nps: 10 },
        anonymous: true,
      });
    }
    renderWithMord(<SatisfactionReport staff={backend.staff({ key: 'officer' })} />, {
      backend,
      locale: 'en',
    });
    expect((await screen.findAllByText('80%'))[0]).toBeInTheDocument();
    expect(screen.queryByText(/Fewer than 30/)).not.toBeInTheDocument();
  });

  it.each(['ar', 'en'] as const)(
    'shows a labelled trend month by month, the branches, a chosen period, and the figures as CSV (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      // Signed now (a declaration is never from the future); the later answers come two months on.
      const first = new Date();
      const later = new Date(first.getTime() + 61 * 24 * 60 * 60 * 1000);
      let now = first;
      const config = {
        ...DEFAULT_ASSOCIATION_CONFIG,
        branches: [{ id: 'north', label: { ar: 'فرع الشمال', en: 'North branch' } }],
      };
      const backend = createMemoryAdapter({
        config,
        now: () => now,
        staffKeys: {
          ...staffKeys,
          north: { id: 'n1', name: 'نوال', role: 'relations_officer', branch: 'north' },
        },
      });
      // A request taken at the north branch, served, and answered about.
      const north = backend.staff({ key: 'north' });
      const receipt = await north.submit(
        'support-request',
        { ...(await exampleSupportRequestSubmission()), assisted: { checklist: {} } } as never,
        { idempotencyKey: `report-branch-${locale}` },
      );
      await north.transition(receipt.reference, { to: 'verifying' });
      await north.updateChecklist(
        receipt.reference,
        Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
      );
      await north.transition(receipt.reference, { to: 'in_committee' });
      await backend.staff({ key: 'committee' }).transition(receipt.reference, { to: 'accepted' });
      await north.transition(receipt.reference, { to: 'registered' });
      await north.transition(receipt.reference, { to: 'service_delivered' });
      const { token } = await north.createSurveyInvitation(receipt.reference);
      await backend.submitSurveyResponse(token, { answers: { csat: 5, ces: 6, nps: 9 }, anonymous: false });
      now = later;
      await answerGeneral(backend, { answers: { csat: 2, ces: 3, nps: 4 }, anonymous: true });
      await answerGeneral(backend, { answers: { csat: 4, ces: 3, nps: 4 }, anonymous: true });

      const { container } = renderWithMord(<SatisfactionReport staff={backend.staff({ key: 'admin' })} />, {
        backend,
        locale,
      });
      const trend = await screen.findByRole('table', { name: m['report.trend'] });
      const rows = within(trend).getAllByRole('row').slice(1);
      expect(rows.map((row) => row.getAttribute('data-month'))).toEqual([
        first.toISOString().slice(0, 7),
        later.toISOString().slice(0, 7),
      ]);
      expect(rows[1]).toHaveTextContent(locale === 'ar' ? '١ من ٢' : '1 of 2');
      // Each chart says its figures, and opens them as a table.
      const distribution = [...container.querySelectorAll('figure')].find(
        (figure) =>
          figure.querySelector('figcaption')?.textContent ===
          `${m['report.csat']} — ${m['report.distribution']}`,
      )!;
      expect(distribution.querySelector('svg')?.textContent).toContain(locale === 'ar' ? '١' : '1');
      expect(within(distribution).getByRole('table', { hidden: true })).toBeInTheDocument();
      expect(screen.getByText(m['report.byBranch']).parentElement).toHaveTextContent(
        config.branches[0]!.label[locale],
      );
      await expectNoAxeViolations(container);
      const link = screen.getByRole('link', { name: m['report.csv'] });
      const csv = decodeURIComponent(
        link.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''),
      );
      expect(csv).toContain(`branch,${config.branches[0]!.label[locale]},1,`);
      expect(csv.split('\r\n').filter((line) => line.startsWith('month,'))).toHaveLength(2);

      // A period: the later day only.
      const day = later.toISOString().slice(0, 10);
      await user.type(screen.getByLabelText(m['report.from']), day);
      await user.type(screen.getByLabelText(m['report.to']), day);
      await user.click(screen.getByRole('button', { name: m['report.applyPeriod'] }));
      await screen.findByText(locale === 'ar' ? 'عدد الردود: ٢' : 'Responses: 2');
    },
  );
});
