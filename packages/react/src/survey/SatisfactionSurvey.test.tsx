import {
  createMemoryAdapter,
  DEFAULT_ASSOCIATION_CONFIG,
  exampleSupportRequestSubmission,
  surveyMessages,
  VERIFICATION_CHECKLIST,
} from '@mord/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../testing/expectNoAxeViolations';
import { renderWithMord } from '../testing/renderWithMord';
import { SatisfactionSurvey } from './SatisfactionSurvey';

const staffKeys = {
  a: { id: 'a', name: 'A', role: 'admin' as const },
  o: { id: 'o', name: 'O', role: 'relations_officer' as const },
  c: { id: 'c', name: 'C', role: 'committee' as const },
};

async function invitation() {
  const backend = createMemoryAdapter({ staffKeys });
  const admin = backend.staff({ key: 'a' });
  const officer = backend.staff({ key: 'o' });
  const { reference } = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
    idempotencyKey: 'survey-test-1',
  });
  await officer.transition(reference, { to: 'verifying' });
  await officer.updateChecklist(
    reference,
    Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
  );
  await officer.transition(reference, { to: 'in_committee' });
  await backend.staff({ key: 'c' }).transition(reference, { to: 'accepted' });
  for (const to of ['registered', 'service_delivered'] as const) await officer.transition(reference, { to });
  const { token } = await officer.createSurveyInvitation(reference);
  return { backend, admin, token };
}

async function answer(user: ReturnType<typeof userEvent.setup>, locale: 'ar' | 'en') {
  const five = locale === 'ar' ? '٥' : '5';
  await user.click(screen.getAllByRole('radio', { name: new RegExp(`^${five} — `) })[0]!);
  await user.click(screen.getAllByRole('radio', { name: locale === 'ar' ? /^٧ — / : /^7 — / })[0]!);
  await user.click(screen.getAllByRole('radio', { name: locale === 'ar' ? /^١٠ — / : /^10 — / })[0]!);
}

describe('SatisfactionSurvey', () => {
  it.each(['ar', 'en'] as const)('has no axe violations (%s)', async (locale) => {
    const { container } = renderWithMord(<SatisfactionSurvey />, { locale });
    await screen.findByRole('form');
    await expectNoAxeViolations(container);
  });

  it.each(['ar', 'en'] as const)(
    'shows the integrator wording for texts and default questions as plain text (%s)',
    async (locale) => {
      const messages = {
        ar: { intro: '<b>رأيكِ</b> يهمنا', 'question.csat': 'ما رأيكِ في الخدمة؟' },
        en: { intro: '<b>Your view</b> matters', 'question.csat': 'How was the service?' },
      };
      const { container } = renderWithMord(<SatisfactionSurvey messages={messages} />, { locale });
      expect(await screen.findByText(messages[locale].intro)).toBeInTheDocument();
      expect(container.querySelector('b')).toBeNull();
      expect(screen.getByRole('group', { name: messages[locale]['question.csat'] })).toBeInTheDocument();
      // Texts not overridden keep the built-in wording.
      expect(screen.getByRole('button', { name: locale === 'ar' ? 'إرسال' : 'Submit' })).toBeInTheDocument();
    },
  );

  it('says first that evaluating is her right and never used to punish', async () => {
    renderWithMord(<SatisfactionSurvey />);
    expect(await screen.findByText(/حقٌّ من حقوقكِ/)).toBeInTheDocument();
  });

  it('takes an answer once per invitation and refuses reuse with a clear message', async () => {
    const user = userEvent.setup();
    const { backend, admin, token } = await invitation();
    const first = renderWithMord(<SatisfactionSurvey token={token} />, { backend });
    await screen.findByRole('form');
    await answer(user, 'ar');
    await user.click(screen.getByRole('button', { name: 'إرسال' }));
    expect(await screen.findByText('شكرًا لرأيكِ، فهو يساعدنا على تحسين خدمتنا.')).toBeInTheDocument();
    expect((await admin.satisfactionSummary()).n).toBe(1);
    first.unmount();
    renderWithMord(<SatisfactionSurvey token={token} />, { backend });
    expect(
      await screen.findByText('استُخدم رابط الاستبانة من قبل. شكرًا لكِ، فقد وصلتنا إجاباتكِ.'),
    ).toBeInTheDocument();
  });

  it.each(['ar', 'en'] as const)('takes one answer to the open survey from a device (%s)', async (locale) => {
    localStorage.clear();
    const user = userEvent.setup();
    const backend = createMemoryAdapter({ staffKeys });
    const submit = locale === 'ar' ? 'إرسال' : 'Submit';
    const first = renderWithMord(<SatisfactionSurvey token="general" />, { backend, locale });
    await screen.findByRole('form');
    await answer(user, locale);
    await user.click(screen.getByRole('button', { name: submit }));
    expect(await screen.findByText(surveyMessages[locale]['ui.thanks'])).toBeInTheDocument();
    first.unmount();
    renderWithMord(<SatisfactionSurvey token="general" />, { backend, locale });
    await screen.findByRole('form');
    await answer(user, locale);
    await user.click(screen.getByRole('button', { name: submit }));
    expect(await screen.findByText(surveyMessages[locale]['ui.used'])).toBeInTheDocument();
    expect((await backend.staff({ key: 'a' }).satisfactionSummary()).n).toBe(1);
  });

  it('stores scale values as numbers whatever the reading direction', async () => {
    const user = userEvent.setup();
    const { backend, admin, token } = await invitation();
    renderWithMord(<SatisfactionSurvey token={token} />, { backend, locale: 'en' });
    await screen.findByRole('form');
    await answer(user, 'en');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByText(/Thank you for your opinion/);
    const summary = await admin.satisfactionSummary();
    expect(summary).toMatchObject({ csat: { score: 100 }, ces: { score: 7 }, nps: { score: 100 } });
  });

  it.each([
    ['ar', '(ثلاثة أسابيع)'],
    ['en', '(three weeks)'],
  ] as const)('names the period the association announced in its question (%s)', async (locale, words) => {
    const backend = createMemoryAdapter({
      config: { ...DEFAULT_ASSOCIATION_CONFIG, decision: { days: 21, wording: 'within' } },
    });
    renderWithMord(<SatisfactionSurvey />, { locale, backend });
    expect(await screen.findByText((text) => text.includes(words))).toBeInTheDocument();
  });

  it('asks for the required answers', async () => {
    const user = userEvent.setup();
    renderWithMord(<SatisfactionSurvey />, { locale: 'en' });
    await screen.findByRole('form');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findAllByText('Please answer this question.')).toHaveLength(3);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Please answer the required questions marked below (3).',
    );
    expect(screen.getAllByRole('radio', { name: /^1 — / })[0]).toHaveFocus();
  });
});
