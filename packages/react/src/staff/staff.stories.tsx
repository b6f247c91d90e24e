import type { Meta, StoryObj } from '@storybook/react-vite';
import { STORY_STAFF, seedStoryData, storyBackend } from '../testing/storyBackend';
import { RequestReview } from './RequestReview';
import { SatisfactionReport } from './SatisfactionReport';

const meta = {
  title: 'Staff/Request review',
  loaders: [async () => ({ seed: await seedStoryData() })],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** The committee deciding on a request in front of it. */
export const Committee: Story = {
  render: (_args, { loaded }) => (
    <RequestReview
      staff={storyBackend.staff({ key: STORY_STAFF.committee })}
      reference={loaded.seed.reference}
    />
  ),
};
/** The relations officer's view: checklist and no decision. */
export const RelationsOfficer: Story = {
  render: (_args, { loaded }) => (
    <RequestReview
      staff={storyBackend.staff({ key: STORY_STAFF.relations_officer })}
      reference={loaded.seed.reference}
    />
  ),
};
/** The satisfaction report (fewer than 30 responses: counts). */
export const Report: Story = {
  render: () => <SatisfactionReport staff={storyBackend.staff({ key: STORY_STAFF.admin })} />,
};
