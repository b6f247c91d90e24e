import {
  createMemoryAdapter,
  DEFAULT_ASSOCIATION_CONFIG,
  defineAssociationConfig,
  missingDocumentsMessage,
  StorageError,
  type SubmissionBackend,
} from '@mord/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uiMessages } from '../i18n/uiMessages';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { fillSupportRequest, next } from '../testing/fillSupportRequest';
import { renderWithMord } from '../testing/renderWithMord';
import { SupportRequestForm } from './SupportRequestForm';

const VERIFICATION_LABEL_AR = DEFAULT_ASSOCIATION_CONFIG.checklist[0]!.label.ar;
const staffKeys = { officer: { id: 'o1', name: 'Officer', role: 'relations_officer' as const } };

describe('SupportRequestForm', () => {
  it.each(['ar', 'en'] as const)('has no axe violations on its first and last steps (%s)', async (locale) => {
    const first = renderWithMord(<SupportRequestForm />, { locale });
    await expectNoAxeViolations(first.container);
    first.unmount();
    const last = renderWithMord(<SupportRequestForm initialStep="declaration" />, { locale });
    await expectNoAxeViolations(last.container);
  });

  it.each(['ar', 'en'] as const)(
    'names the identity number after the document she chose, the ten-digit hint only for an ID (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      renderWithMord(<SupportRequestForm />, { locale });
      expect(screen.getByText(m['field.idNumber.hint'])).toBeInTheDocument();
      await user.selectOptions(screen.getByLabelText(new RegExp(`^${m['field.idType']}`)), 'passport');
      expect(screen.getByLabelText(new RegExp(`^${m['field.idNumber.passport']}`))).toBeInTheDocument();
      expect(screen.queryByText(m['field.idNumber.hint'])).toBeNull();
      await user.selectOptions(screen.getByLabelText(new RegExp(`^${m['field.idType']}`)), 'iqama');
      expect(screen.getByLabelText(new RegExp(`^${m['field.idNumber']}`))).toBeInTheDocument();
    },
  );

  it.each(['ar', 'en'] as const)(
    'is completed step by step and submitted once, with a confirmation (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const backend = createMemoryAdapter({ staffKeys });
      renderWithMord(<SupportRequestForm />, { locale, backend });
      await fillSupportRequest(user, locale);
      const submit = screen.getByRole('button', { name: uiMessages[locale]['common.submit'] });
      await user.dblClick(submit);
      const heading = await screen.findByRole('heading', { name: uiMessages[locale]['confirmation.title'] });
      await waitFor(() => expect(heading).toHaveFocus());
      const requests = await backend.staff({ key: 'officer' }).listRequests();
      expect(requests).toHaveLength(1);
      expect(screen.getByText(requests[0]!.reference)).toBeInTheDocument();
      const record = await backend.staff({ key: 'officer' }).getRequest(requests[0]!.reference);
      expect(record?.verification?.valid).toBe(true);
      expect(record?.data).toMatchObject({
        applicant: { idNumber: '1000000008', dateOfBirth: { iso: '1985-03-23' } },
        contact: { mobile: '+966551234567' },
        housing: { annualRent: 24000 },
      });
    },
  );

  it.each(['ar', 'en'] as const)(
    'asks for the documents the chosen support requires, by name, and moves on once they are attached (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      renderWithMord(<SupportRequestForm initialStep="request" />, { locale });
      await user.click(
        screen.getByRole('checkbox', { name: locale === 'ar' ? 'سلة غذائية' : 'Food basket' }),
      );
      await user.type(
        screen.getByLabelText(new RegExp(`^${m['field.description']}`)),
        'أحتاج إلى سلة غذائية شهرية.',
      );
      const documents = DEFAULT_ASSOCIATION_CONFIG.documents;
      const name = (id: string) => documents.find((d) => d.id === id)!.label[locale];
      expect(screen.getByTestId('required-documents')).toHaveTextContent(name('id_copy'));
      expect(screen.getByTestId('required-documents')).toHaveTextContent(name('family_card'));
      await user.click(screen.getByRole('button', { name: m['common.next'] }));
      await screen.findByText(
        missingDocumentsMessage(['id_copy', 'family_card'], DEFAULT_ASSOCIATION_CONFIG, locale),
      );
      expect(screen.getByRole('heading', { name: new RegExp(m['wizard.step.request']) })).toBeInTheDocument();
      const pdf = () =>
        new File(['%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], 'scan.pdf', {
          type: 'application/pdf',
        });
      await user.upload(screen.getByLabelText(m['file.choose']), pdf());
      await screen.findByText(m['file.uploaded'].replace('{name}', 'scan.pdf'));
      await user.selectOptions(screen.getByLabelText(m['file.kind']), 'family_card');
      await user.upload(screen.getByLabelText(m['file.choose']), pdf());
      await waitFor(() =>
        expect(
          screen.getAllByRole('button', { name: new RegExp(`^${m['file.remove'].split('{')[0]}`) }),
        ).toHaveLength(2),
      );
      await next(user, locale, 7);
    },
  );

  it('follows the configuration its backend serves: a service it added, its period worded as the policy reads', async () => {
    const config = defineAssociationConfig({
      ...DEFAULT_ASSOCIATION_CONFIG,
      services: [{ id: 'school_bag', label: { ar: 'الحقيبة المدرسية', en: 'School bag' } }],
      decision: { days: 21, wording: 'at_least' },
    });
    const backend = createMemoryAdapter({ config });
    const request = renderWithMord(<SupportRequestForm initialStep="request" />, { backend });
    await screen.findByRole('checkbox', { name: 'الحقيبة المدرسية' });
    expect(screen.queryByRole('checkbox', { name: 'سلة غذائية' })).toBeNull();
    request.unmount();
    renderWithMord(<SupportRequestForm initialStep="declaration" />, { backend });
    await screen.findByText(/خلال مدة لا تقل عن ٢١ يومًا من إحالته/);
  });

  it('stops on a step with errors, says how many, and focuses the first one', async () => {
    const user = userEvent.setup();
    renderWithMord(<SupportRequestForm />, { locale: 'en' });
    await user.type(screen.getByLabelText(/^First name/), 'Fatimah');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Please correct the fields marked below \(\d+\)/,
    );
    expect(screen.getByLabelText(/^Father's name/)).toHaveFocus();
    expect(screen.getByRole('heading', { name: /Step 1 of 8/ })).toBeInTheDocument();
  });

  it('refuses to submit without an acknowledged signature', async () => {
    const user = userEvent.setup();
    renderWithMord(<SupportRequestForm />, { locale: 'en' });
    await fillSupportRequest(user, 'en');
    await user.click(screen.getByRole('checkbox', { name: uiMessages.en['declaration.acknowledge'] }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(uiMessages.en['declaration.acknowledgeRequired'])).toBeInTheDocument();
  });

  it('keeps the data after a network failure and retries with the same key: one request', async () => {
    const user = userEvent.setup();
    const memory = createMemoryAdapter({ staffKeys });
    let failures = 1;
    const keys: string[] = [];
    const flaky: SubmissionBackend = {
      ...memory,
      async submit(form, payload, options) {
        keys.push(options.idempotencyKey);
        const receipt = await memory.submit(form, payload, options);
        if (failures-- > 0) throw new StorageError('unavailable', 'connection lost');
        return receipt;
      },
    };
    renderWithMord(<SupportRequestForm />, { locale: 'ar', backend: flaky });
    await fillSupportRequest(user, 'ar');
    await user.click(screen.getByRole('button', { name: 'إرسال' }));
    expect(await screen.findByText(uiMessages.ar['submit.offline'])).toBeInTheDocument();
    expect(screen.getByLabelText(uiMessages.ar['declaration.signerName'])).toHaveValue(
      'فاطمة عبد الله محمد القحطاني',
    );
    await user.click(screen.getByRole('button', { name: 'إعادة المحاولة' }));
    await screen.findByRole('heading', { name: uiMessages.ar['confirmation.title'] });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(await memory.staff({ key: 'officer' }).listRequests()).toHaveLength(1);
  });

  it('says the request is saved on the device when an outbox queued it offline', async () => {
    const user = userEvent.setup();
    const memory = createMemoryAdapter();
    const offline: SubmissionBackend = {
      ...memory,
      async submit() {
        throw new StorageError('unavailable', 'queued', { retryable: true, queued: true });
      },
    };
    renderWithMord(<SupportRequestForm />, { locale: 'en', backend: offline });
    await fillSupportRequest(user, 'en');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const message = await screen.findByText(uiMessages.en['submit.queued']);
    // A status, not an error: nothing for her to do, and no retry button (the outbox delivers it).
    expect(message.closest('[data-state]')).toHaveAttribute('data-state', 'queued');
    expect(message.closest('[role]')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: uiMessages.en['common.retry'] })).toBeNull();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeEnabled();
  });

  it('autosaves a draft and restores it, with its step, after the page is reopened', async () => {
    const user = userEvent.setup();
    const drafts = createMemoryAdapter();
    const first = renderWithMord(<SupportRequestForm />, { draftStore: drafts });
    await user.type(screen.getByLabelText(/^الاسم الأول/), 'فاطمة');
    await waitFor(() => expect(screen.getByRole('status')).toHaveAttribute('data-state', 'saved'), {
      timeout: 3000,
    });
    first.unmount();
    renderWithMord(<SupportRequestForm />, { draftStore: drafts });
    await screen.findByText(uiMessages.ar['draft.restored']);
    expect(screen.getByLabelText(/^الاسم الأول/)).toHaveValue('فاطمة');
  });

  it('clears the draft after a successful submit', async () => {
    const user = userEvent.setup();
    const drafts = createMemoryAdapter();
    renderWithMord(<SupportRequestForm />, { draftStore: drafts });
    await fillSupportRequest(user, 'ar');
    await user.click(screen.getByRole('button', { name: 'إرسال' }));
    await screen.findByRole('heading', { name: uiMessages.ar['confirmation.title'] });
    expect(await drafts.getItem('support-request')).toBeNull();
  });

  it('sends assisted requests through the staff route: who took it comes from the key', async () => {
    const user = userEvent.setup();
    const backend = createMemoryAdapter({
      staffKeys: { ...staffKeys, munira: { id: 'staff-7', name: 'منيرة', role: 'relations_officer' } },
    });
    renderWithMord(<SupportRequestForm mode="assisted" staff={backend.staff({ key: 'munira' })} />, {
      backend,
    });
    expect(screen.getByText(/القائمة بالتعبئة/)).toHaveTextContent('منيرة');
    await fillSupportRequest(user, 'ar');
    await user.click(screen.getByRole('checkbox', { name: VERIFICATION_LABEL_AR }));
    expect(screen.getByLabelText(uiMessages.ar['declaration.signerName'])).toHaveAttribute(
      'autocomplete',
      'off',
    );
    await user.click(screen.getByRole('button', { name: 'إرسال' }));
    await screen.findByRole('heading', { name: uiMessages.ar['confirmation.title'] });
    const [summary] = await backend.staff({ key: 'officer' }).listRequests();
    const record = await backend.staff({ key: 'officer' }).getRequest(summary!.reference);
    expect(record).toMatchObject({
      channel: 'branch_representative',
      assisted: { staffId: 'staff-7', staffName: 'منيرة', checklist: { identity: true } },
    });
  });

  it.each(['ar', 'en'] as const)(
    'offers the browser saved entries to a beneficiary but never in assisted mode on a shared device (%s)',
    async (locale) => {
      const firstName = locale === 'ar' ? /^الاسم الأول/ : /^First name/;
      const self = renderWithMord(<SupportRequestForm />, { locale });
      expect(screen.getByLabelText(firstName)).toHaveAttribute('autocomplete', 'given-name');
      self.unmount();
      const memory = createMemoryAdapter({
        staffKeys: { munira: { id: 'staff-7', name: 'منيرة', role: 'relations_officer' } },
      });
      renderWithMord(<SupportRequestForm mode="assisted" staff={memory.staff({ key: 'munira' })} />, {
        locale,
        backend: memory,
      });
      expect(screen.getByLabelText(firstName)).toHaveAttribute('autocomplete', 'off');
    },
  );

  it('goes back to a step from the review', async () => {
    const user = userEvent.setup();
    renderWithMord(<SupportRequestForm />, { locale: 'en' });
    await fillSupportRequest(user, 'en');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: /Edit.*Housing/ }));
    expect(await screen.findByRole('heading', { name: /Step 3 of 8: Housing/ })).toHaveFocus();
    expect(screen.getByLabelText(/^Annual rent/)).toHaveValue('٢٤٬٠٠٠');
    await next(user, 'en', 4);
  });
});
