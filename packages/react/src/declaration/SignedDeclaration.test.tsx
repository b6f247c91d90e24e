import { createSignatureRecord, signatureProblem } from '@mord/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { EMPTY_SIGNATURE, type SignatureState, SignedDeclaration } from './SignedDeclaration';

const applicantName = {
  firstName: 'فاطمة',
  fatherName: 'عبد الله',
  grandfatherName: 'محمد',
  familyName: 'القحطاني',
};

function Harness(props: { showErrors?: boolean; onState?: (s: SignatureState) => void }) {
  const [value, setValue] = useState(EMPTY_SIGNATURE);
  return (
    <SignedDeclaration
      value={value}
      onChange={(v) => {
        setValue(v);
        props.onState?.(v);
      }}
      applicantName={applicantName}
      showErrors={props.showErrors}
    />
  );
}

describe('SignedDeclaration', () => {
  it.each(['ar', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    const { container } = renderWithMord(<Harness showErrors />, { locale });
    await expectNoAxeViolations(container);
  });

  it('shows the full versioned text with an unticked acknowledgement', () => {
    renderWithMord(<Harness />);
    expect(screen.getByText(/وأتحمّل المسؤولية المباشرة عن صحتها/)).toBeInTheDocument();
    expect(screen.getByText(/لجنة البحث/).closest('blockquote')).toHaveAttribute('data-version', '1');
    expect(screen.getByRole('checkbox', { name: 'قرأتُ الإقرار أعلاه وأوافق عليه.' })).not.toBeChecked();
  });

  it('warns when the signer name does not match the applicant, by name key', async () => {
    const user = userEvent.setup();
    renderWithMord(<Harness />, { locale: 'en' });
    const name = screen.getByLabelText('Your full name');
    await user.type(name, 'نورة القحطاني');
    expect(screen.getByText(/does not match the applicant’s name/)).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'فاطمه عبدالله القحطاني');
    expect(screen.queryByText(/does not match/)).not.toBeInTheDocument();
  });

  it.each([
    ['ar', 'يجب أن يكون اسم الموقّعة اسمَ مقدّمة الطلب (الاسم الأول واسم العائلة على الأقل).'],
    ['en', "The signer's name must be the applicant's name (at least her first and family names)."],
  ] as const)(
    'refuses another name than the applicant’s, as the server does (%s)',
    async (locale, message) => {
      const user = userEvent.setup();
      renderWithMord(<Harness showErrors />, { locale });
      await user.click(screen.getByRole('checkbox'));
      const name = screen.getByLabelText(locale === 'ar' ? 'اسمكِ الكامل' : 'Your full name');
      await user.type(name, 'نورة القحطاني');
      expect(screen.getByText(message)).toBeInTheDocument();
      expect(name).toHaveAttribute('aria-invalid', 'true');
      const typed = {
        acknowledged: true,
        signerName: 'نورة القحطاني',
        method: 'typed' as const,
        drawn: null,
      };
      expect(signatureProblem(typed, applicantName)).toBe('name_mismatch');
      expect(signatureProblem({ ...typed, signerName: 'فاطمه القحطاني' }, applicantName)).toBeNull();
    },
  );

  it('offers a typed signature rendered in the signature font, reachable by keyboard', async () => {
    const user = userEvent.setup();
    let state = EMPTY_SIGNATURE;
    renderWithMord(<Harness onState={(s) => (state = s)} />);
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('فاطمة القحطاني');
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(state).toMatchObject({ acknowledged: true, signerName: 'فاطمة القحطاني', method: 'typed' });
    expect(signatureProblem(state)).toBeNull();
    expect(document.querySelector('.mord-typed-signature-text')).toHaveTextContent('فاطمة القحطاني');
  });

  it('names what is missing', () => {
    expect(signatureProblem(EMPTY_SIGNATURE)).toBe('acknowledge');
    expect(signatureProblem({ ...EMPTY_SIGNATURE, acknowledged: true })).toBe('name');
    expect(signatureProblem({ ...EMPTY_SIGNATURE, acknowledged: true, signerName: 'فاطمة' })).toBe('missing');
    const dot = { strokes: [{ points: [{ x: 1, y: 1, t: 0 }] }], box: { width: 300, height: 100 } };
    expect(signatureProblem({ acknowledged: true, signerName: 'فاطمة', method: 'drawn', drawn: dot })).toBe(
      'too_small',
    );
  });

  it('turns a signature into a record bound to the data', async () => {
    const record = await createSignatureRecord(
      { acknowledged: true, signerName: 'فاطمة', method: 'typed', drawn: null },
      { data: { a: 1 }, textId: 'support-request', locale: 'en', decisionDays: 14 },
    );
    expect(record).toMatchObject({ method: 'typed', signerName: 'فاطمة', locale: 'en' });
    expect(record.text).toContain('within two weeks');
  });
});
