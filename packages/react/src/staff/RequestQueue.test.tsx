import { createMemoryAdapter, exampleSupportRequestSubmission, getStatusText } from '@mord/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { workspaceMessages as uiMessages } from '../i18n/staffMessages';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { RequestQueue } from './RequestQueue';

async function queueOf(count: number) {
  const backend = createMemoryAdapter({
    staffKeys: { officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' } },
  });
  const names = ['نورة', 'هيا', 'مها', 'أمل', 'ريم'];
  const references: string[] = [];
  for (let i = 0; i < count; i++) {
    const receipt = await backend.submit(
      'support-request',
      await exampleSupportRequestSubmission({
        mutate: (input) => {
          input.applicant.firstName = names[i % names.length]!;
        },
      }),
      { idempotencyKey: `queue-test-${i}` },
    );
    references.push(receipt.reference);
  }
  return { backend, officer: backend.staff({ key: 'officer' }), references };
}

describe('RequestQueue', () => {
  it.each(['ar', 'en'] as const)(
    'searches by name, counts by status and opens a request (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const { backend, officer, references } = await queueOf(3);
      await officer.transition(references[0]!, { to: 'verifying' });
      const onOpen = vi.fn();
      const { container } = renderWithMord(<RequestQueue staff={officer} onOpen={onOpen} />, {
        backend,
        locale,
      });
      const table = await screen.findByRole('table');
      expect(within(table).getAllByRole('row')).toHaveLength(4);
      const counts = screen.getByRole('heading', { name: m['queue.counts'] }).nextElementSibling!;
      // In the reader's digits.
      const n = (value: number) =>
        new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-arab' : 'en').format(value);
      expect(counts).toHaveTextContent(`${getStatusText('submitted', locale).title}: ${n(2)}`);
      expect(counts).toHaveTextContent(`${getStatusText('verifying', locale).title}: ${n(1)}`);
      await expectNoAxeViolations(container);
      await user.type(screen.getByLabelText(m['queue.search']), 'هيا');
      await user.click(screen.getByRole('button', { name: m['queue.apply'] }));
      await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
      await user.click(screen.getByRole('button', { name: `${m['queue.open']} ${references[1]}` }));
      expect(onOpen).toHaveBeenCalledWith(references[1]);
    },
  );

  it.each(['ar', 'en'] as const)(
    'shows who each request is assigned to and filters "assigned to me" (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const { backend, officer, references } = await queueOf(3);
      await officer.assign(references[2]!, 'o1');
      const { container } = renderWithMord(<RequestQueue staff={officer} onOpen={() => undefined} />, {
        backend,
        locale,
      });
      const table = await screen.findByRole('table');
      expect(within(table).getByRole('columnheader', { name: m['queue.assignee'] })).toBeInTheDocument();
      await user.click(screen.getByRole('checkbox', { name: m['queue.assignedToMe'] }));
      await user.click(screen.getByRole('button', { name: m['queue.apply'] }));
      await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
      const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
      expect(row).toHaveTextContent(references[2]!);
      expect(row).toHaveTextContent('منيرة');
      await expectNoAxeViolations(container);
    },
  );

  it('never shows one person’s queue to the next who signs in on the same page', async () => {
    const backend = createMemoryAdapter({
      staffKeys: {
        officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' },
        researcher: { id: 'r1', name: 'هيفاء', role: 'social_researcher' },
      },
    });
    await backend.submit('support-request', await exampleSupportRequestSubmission(), {
      idempotencyKey: 'queue-scope-1',
    });
    const first = renderWithMord(
      <RequestQueue staff={backend.staff({ key: 'officer' })} onOpen={() => undefined} />,
      {
        backend,
        locale: 'en',
      },
    );
    expect(within(await screen.findByRole('table')).getAllByRole('row')).toHaveLength(2);
    first.unmount();
    renderWithMord(<RequestQueue staff={backend.staff({ key: 'researcher' })} onOpen={() => undefined} />, {
      backend,
      locale: 'en',
    });
    expect(await screen.findByText(uiMessages.en['queue.empty'])).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages through a long queue and says when nothing matches', async () => {
    const user = userEvent.setup();
    const m = uiMessages.en;
    const { backend, officer } = await queueOf(5);
    renderWithMord(<RequestQueue staff={officer} onOpen={() => undefined} pageSize={2} />, {
      backend,
      locale: 'en',
    });
    await screen.findByRole('table');
    expect(screen.getByRole('button', { name: m['queue.previous'] })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: m['queue.next'] }));
    await user.click(await screen.findByRole('button', { name: m['queue.next'] }));
    await screen.findByText('Page 3');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('button', { name: m['queue.next'] })).toBeDisabled();
    await user.type(screen.getByLabelText(m['queue.search']), 'MRD-ZZZZZ');
    await user.click(screen.getByRole('button', { name: m['queue.apply'] }));
    expect(await screen.findByText(m['queue.empty'])).toBeInTheDocument();
  });
});
