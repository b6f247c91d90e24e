import { createMemoryAdapter, exampleSupportRequestSubmission } from '@mord/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { workspaceMessages as uiMessages } from '../i18n/staffMessages';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { RequestReview } from './RequestReview';

describe('NotificationLog', () => {
  it.each(['ar', 'en'] as const)(
    'shows staff what she was told, how, and whether it went (%s)',
    async (locale) => {
      const m = uiMessages[locale];
      const backend = createMemoryAdapter({
        staffKeys: { officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' } },
        notifications: { channels: ['email', 'sms'], statusUrl: 'https://mord.example/#/status?reference=' },
      });
      const receipt = await backend.submit(
        'support-request',
        await exampleSupportRequestSubmission({
          mutate: (input) => {
            input.contact.preferredContact = 'email';
            input.contact.email = 'hind@example.org';
          },
        }),
        { idempotencyKey: `notification-log-${locale}` },
      );
      const { container } = renderWithMord(
        <RequestReview staff={backend.staff({ key: 'officer' })} reference={receipt.reference} />,
        { backend, locale },
      );
      const log = await screen.findByRole('region', { name: m['notifications.title'] });
      const entry = within(log).getByRole('listitem');
      expect(entry).toHaveTextContent(m['notifications.kind.received']);
      expect(entry).toHaveAttribute('data-state', 'pending');
      expect(entry).toHaveTextContent(`استلمنا طلبكِ ${receipt.reference}`);
      await expectNoAxeViolations(container);
    },
  );
});
