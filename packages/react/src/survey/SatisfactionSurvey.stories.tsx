import type { Meta, StoryObj } from '@storybook/react-vite';
import { seedStoryData } from '../testing/storyBackend';
import { SatisfactionSurvey } from './SatisfactionSurvey';

const meta = { title: 'Survey/Satisfaction survey', component: SatisfactionSurvey } satisfies Meta<
  typeof SatisfactionSurvey
>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The open, anonymous survey. */
export const General: Story = {};
/** Opened from an invitation after service delivery. */
export const Invitation: Story = {
  loaders: [async () => ({ seed: await seedStoryData() })],
  render: (_args, { loaded }) => <SatisfactionSurvey token={loaded.seed.surveyToken} />,
};
/** A custom question set from a definition object. */
export const CustomDefinition: Story = {
  args: {
    definition: {
      id: 'workshop',
      version: '1',
      questions: [
        { id: 'csat', kind: 'csat', required: true },
        {
          id: 'useful',
          kind: 'agreement',
          required: true,
          label: {
            ar: 'كانت ورشة ريادة الأعمال مفيدة لي',
            en: 'The entrepreneurship workshop was useful to me',
          },
        },
      ],
      askChannel: false,
      askService: false,
      allowAnonymous: true,
    },
  },
};
/** The association's own wording for the introduction and a default question, per locale. */
export const CustomWording: Story = {
  args: {
    messages: {
      ar: {
        intro: 'شكرًا لأنكِ معنا. تقييمكِ حق لكِ، ونستعمله لتحسين خدماتنا فقط.',
        'question.csat': 'ما مدى رضاكِ عن زيارتكِ لفرع الجمعية؟',
      },
      en: {
        intro:
          'Thank you for being with us. Rating us is your right; we use it only to improve our services.',
        'question.csat': 'How satisfied are you with your visit to our branch?',
      },
    },
  },
};
/** Errors after submitting without the required answers. */
export const WithErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: /إرسال|Submit/ }));
  },
};
