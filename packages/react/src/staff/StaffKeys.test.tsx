import {
  createMemoryAdapter,
  formatMessage as format,
  getRoleLabel,
  isolate,
  issueMessage,
} from '@mord/core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { workspaceMessages as uiMessages } from '../i18n/staffMessages';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { StaffKeys } from './StaffKeys';

const staffKeys = {
  admin: { id: 'a1', name: 'مديرة النظام', role: 'admin' as const },
  officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' as const },
};

describe('StaffKeys', () => {
  it.each(['ar', 'en'] as const)(
    'lists keys, makes one for a new person shown once, replaces and revokes another’s — not her own (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const m = uiMessages[locale];
      const backend = createMemoryAdapter({ staffKeys });
      const admin = backend.staff({ key: 'admin' });
      const { container } = renderWithMord(<StaffKeys staff={admin} />, { backend, locale });
      const table = await screen.findByRole('table', { name: m['keys.caption'] });
      const own = within(table).getByRole('row', { name: /مديرة النظام/ });
      expect(within(own).queryByRole('button')).toBeNull();
      await expectNoAxeViolations(container);

      await user.type(screen.getByLabelText(m['keys.name']), 'سارة الغامدي');
      await user.selectOptions(
        screen.getByLabelText(m['keys.role']),
        getRoleLabel('social_researcher', locale),
      );
      // Her daily summary goes to her work e-mail, in the language she reads.
      await user.type(screen.getByLabelText(m['keys.email']), 'sara@mord.example');
      await user.selectOptions(screen.getByLabelText(m['keys.locale']), m['keys.locale.en']);
      await user.click(screen.getByRole('button', { name: m['keys.create'] }));
      const shown = await screen.findByText(format(m['keys.shown'], { name: isolate('سارة الغامدي') }));
      const key = shown.parentElement!.querySelector('code')!.textContent!;
      expect(key).toMatch(/^mrdk_/);
      expect(backend.staff({ key }).actor).toMatchObject({ name: 'سارة الغامدي', role: 'social_researcher' });
      await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
      expect((await admin.listKeys()).find((k) => k.name === 'سارة الغامدي')).toMatchObject({
        email: 'sara@mord.example',
        locale: 'en',
      });
      expect(within(table).getByRole('row', { name: /سارة الغامدي/ })).toHaveTextContent('sara@mord.example');
      // The key is never listed.
      expect(table.textContent).not.toContain(key);

      const officer = within(table).getByRole('row', { name: /منيرة/ });
      await user.click(within(officer).getByRole('button', { name: new RegExp(m['keys.rotate']) }));
      await screen.findByText(format(m['keys.shown'], { name: isolate('منيرة') }));
      expect(() => backend.staff({ key: 'officer' })).toThrow();
      const active = within(table)
        .getAllByRole('row')
        .find((row) => row.textContent?.includes('منيرة') && row.getAttribute('data-state') === 'active')!;
      await user.click(within(active).getByRole('button', { name: new RegExp(m['keys.revoke']) }));
      await user.click(
        within(active).getByRole('button', { name: format(m['keys.confirmRevoke'], { name: 'منيرة' }) }),
      );
      await waitFor(async () =>
        expect((await admin.listKeys()).filter((k) => k.id === 'o1').every((k) => k.revokedAt)).toBe(true),
      );
      await expectNoAxeViolations(container);
    },
  );

  it.each(['ar', 'en'] as const)(
    'says what is wrong with a new key’s person, in her language (%s)',
    async (locale) => {
      const user = userEvent.setup();
      const backend = createMemoryAdapter({ staffKeys });
      renderWithMord(<StaffKeys staff={backend.staff({ key: 'admin' })} />, { backend, locale });
      await screen.findByRole('table');
      await user.type(screen.getByLabelText(uiMessages[locale]['keys.name']), '   ');
      await user.click(screen.getByRole('button', { name: uiMessages[locale]['keys.create'] }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        locale === 'ar' ? 'اكتبي اسم الموظفة' : 'Write the person’s name',
      );
      await user.type(screen.getByLabelText(uiMessages[locale]['keys.name']), 'سارة');
      await user.type(screen.getByLabelText(uiMessages[locale]['keys.email']), 'sara@mord');
      await user.click(screen.getByRole('button', { name: uiMessages[locale]['keys.create'] }));
      await waitFor(() =>
        expect(screen.getByRole('alert')).toHaveTextContent(issueMessage('staff_key.email', locale)),
      );
    },
  );
});
