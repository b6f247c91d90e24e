import {
  createMemoryAdapter,
  formatMessage as format,
  getDeclarationText,
  isolate,
  type StaffApi,
  VERIFICATION_CHECKLIST,
} from '@mord/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { workspaceMessages as uiMessages } from '../i18n/staffMessages';
import { SignRequest } from '../status/SignRequest';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { fillSupportRequest } from '../testing/fillSupportRequest';
import { renderWithMord } from '../testing/renderWithMord';
import { SupportRequestForm } from '../wizard/SupportRequestForm';
import { RequestReview } from './RequestReview';

const staffKeys = {
  officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' as const },
  committee: { id: 'c1', name: 'اللجنة', role: 'committee' as const },
};

/** Takes a request by phone through the wizard in assisted mode, attested by the officer; returns its receipt. */
async function takenByPhone(locale: 'ar' | 'en') {
  const user = userEvent.setup();
  const m = uiMessages[locale];
  const backend = createMemoryAdapter({ staffKeys });
  const officer = backend.staff({ key: 'officer' });
  const view = renderWithMord(<SupportRequestForm mode="assisted" staff={officer} />, { backend, locale });
  await fillSupportRequest(user, locale, { channel: 'phone', sign: false });
  // Her consents are recorded as what she told staff.
  expect(screen.getByText(m['field.consents.told'])).toBeInTheDocument();
  // By phone she is not there to sign: the staff attestation replaces the signature pad.
  expect(screen.queryByLabelText(m['declaration.signerName'])).toBeNull();
  const attestation = screen.getByRole('group', { name: m['assisted.attestation'] });
  expect(attestation).toHaveTextContent(getDeclarationText('staff-attestation', locale).text);
  await user.click(screen.getByRole('button', { name: m['common.submit'] }));
  expect(await within(attestation).findByRole('alert')).toHaveTextContent(m['assisted.attestRequired']);
  await expectNoAxeViolations(view.container);
  await user.click(within(attestation).getByRole('checkbox', { name: m['assisted.attest'] }));
  await user.click(screen.getByRole('button', { name: m['common.submit'] }));
  await screen.findByRole('heading', { name: m['confirmation.title'] });
  view.unmount();
  const [summary] = await officer.listRequests();
  return { backend, officer, user, m, reference: summary!.reference };
}

describe('a request taken by phone, signed later', () => {
  it.each(['ar', 'en'] as const)(
    'is attested by the officer, waits for her, and she signs through the link (%s)',
    async (locale) => {
      const { backend, officer, user, m, reference } = await takenByPhone(locale);
      const record = await officer.getRequest(reference);
      expect(record).toMatchObject({ channel: 'phone', awaitingSignature: true, declaration: null });
      expect(record?.assisted?.attestation?.textId).toBe('staff-attestation');

      const review = renderWithMord(
        <RequestReview
          staff={officer}
          reference={reference}
          signingHref={(token) => `https://example.org/#/sign/${token}`}
        />,
        { backend, locale },
      );
      const panel = await screen.findByRole('region', { name: m['signing.waiting'] });
      expect(panel).toHaveTextContent('منيرة');
      await user.click(within(panel).getByRole('button', { name: m['signing.createLink'] }));
      const shown = await within(panel).findByText(/^https:\/\/example\.org\/#\/sign\//);
      const token = shown.textContent!.split('/').at(-1)!;
      await expectNoAxeViolations(review.container);
      review.unmount();

      const page = renderWithMord(<SignRequest token={token} />, { backend, locale });
      await screen.findByText(m['sign.intro']);
      expect(page.container).toHaveTextContent('أرغب في التدريب على الخياطة');
      await user.click(screen.getByRole('checkbox', { name: m['declaration.acknowledge'] }));
      await user.type(screen.getByLabelText(m['declaration.signerName']), 'فاطمة عبد الله محمد القحطاني');
      await user.click(screen.getByRole('radio', { name: m['declaration.typed'] }));
      await expectNoAxeViolations(page.container);
      await user.click(screen.getByRole('button', { name: m['sign.submit'] }));
      expect(await screen.findByText(format(m['sign.done'], { reference }))).toBeInTheDocument();
      const signed = await officer.getRequest(reference);
      expect(signed).toMatchObject({ awaitingSignature: false, verification: { valid: true } });
      page.unmount();
      // The link works once.
      renderWithMord(<SignRequest token={token} />, { backend, locale });
      expect(await screen.findByText(m['sign.already'])).toBeInTheDocument();
    },
  );

  it.each(['ar', 'en'] as const)(
    'prints her copy with its code and QR, and records the signature on paper by that code (%s)',
    async (locale) => {
      const { backend, officer, user, m, reference } = await takenByPhone(locale);
      const view = renderWithMord(<RequestReview staff={officer} reference={reference} />, {
        backend,
        locale,
      });
      const panel = await screen.findByRole('region', { name: m['signing.waiting'] });
      await user.click(within(panel).getByRole('button', { name: m['signing.print'] }));
      const copy = await screen.findByRole('article', { name: m['print.title'] });
      // Her copy is in her request's language (the one she was served in), with her declaration's text.
      expect(copy).toHaveTextContent(getDeclarationText('support-request', locale).text);
      const { code } = await officer.printCode(reference);
      expect(copy).toHaveTextContent(code);
      expect(
        within(copy)
          .getByRole('img', { name: new RegExp(code) })
          .querySelector('path'),
      ).not.toBeNull();
      await expectNoAxeViolations(view.container);
      const field = within(panel).getByLabelText(m['signing.code']);
      await user.type(field, 'AAAA-AAAA');
      await user.click(within(panel).getByRole('button', { name: m['signing.record'] }));
      expect(await within(panel).findByRole('alert')).toHaveTextContent(
        locale === 'ar' ? 'هذا ليس الرمز المطبوع' : 'This is not the code printed',
      );
      await user.clear(field);
      await user.type(field, code.toLowerCase());
      await user.click(within(panel).getByRole('button', { name: m['signing.record'] }));
      await waitFor(async () => expect((await officer.getRequest(reference))?.awaitingSignature).toBe(false));
      expect(
        await screen.findByText(format(m['signing.wet'], { name: isolate('منيرة') })),
      ).toBeInTheDocument();
      // Signed: now it may go to the committee.
      await officer.transition(reference, { to: 'verifying' });
      await officer.updateChecklist(
        reference,
        Object.fromEntries(VERIFICATION_CHECKLIST.map((i) => [i, true])),
      );
      await (officer as StaffApi).transition(reference, { to: 'in_committee' });
    },
  );
});
