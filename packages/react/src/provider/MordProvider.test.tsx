import { createMemoryAdapter } from '@mord/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMessages } from '../i18n/useMessages';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { SupportRequestForm } from '../wizard/SupportRequestForm';
import { MordProvider } from './MordProvider';

function Probe() {
  const { t, formatNumber } = useMessages();
  return (
    <p>
      {t('common.next')} {formatNumber(1447)}
    </p>
  );
}

describe('MordProvider', () => {
  it('has no axe violations', async () => {
    const { container } = render(
      <MordProvider backend={createMemoryAdapter()}>
        <Probe />
      </MordProvider>,
    );
    await expectNoAxeViolations(container);
  });

  it('is Arabic and right-to-left by default, with Arabic-Indic digits', () => {
    const { container } = render(
      <MordProvider backend={createMemoryAdapter()}>
        <Probe />
      </MordProvider>,
    );
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('التالي ١٤٤٧')).toBeInTheDocument();
  });

  it('sets lang and dir together for English and takes Latin digits on request', () => {
    const { container } = render(
      <MordProvider backend={createMemoryAdapter()} locale="en">
        <Probe />
      </MordProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute('dir', 'ltr');
    expect(container.firstElementChild).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Next 1447')).toBeInTheDocument();
  });

  it('applies the theme as CSS custom properties', () => {
    const { container } = render(
      <MordProvider
        backend={createMemoryAdapter()}
        theme={{ accent: 'rebeccapurple', accentContrast: '#fff' }}
      >
        <Probe />
      </MordProvider>,
    );
    const style = (container.firstElementChild as HTMLElement).style;
    expect(style.getPropertyValue('--mord-accent')).toBe('rebeccapurple');
    expect(style.getPropertyValue('--mord-accent-contrast')).toBe('#fff');
  });

  it('explains when a component is used outside it', () => {
    expect(() => render(<Probe />)).toThrow(/inside <MordProvider>/);
  });

  it.each([
    ['ar', 'اسم العائلة'],
    ['en', 'Family name'],
  ] as const)(
    "takes the integrator's wording in %s, shown as text even when it holds markup",
    (locale, family) => {
      const hostile = '<img src=x onerror="window.pwned=1"><b>';
      const { container } = render(
        <MordProvider
          backend={createMemoryAdapter()}
          locale={locale}
          messages={{ [locale]: { 'field.firstName': `${hostile} ${locale}` } }}
        >
          <SupportRequestForm />
        </MordProvider>,
      );
      expect(
        screen.getByLabelText(new RegExp(`^<img src=x onerror="window.pwned=1"><b> ${locale}`)),
      ).toBeInTheDocument();
      expect(screen.getByLabelText(new RegExp(`^${family}`))).toBeInTheDocument();
      expect(container.querySelector('img, b')).toBeNull();
    },
  );
});
