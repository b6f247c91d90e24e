import type { Meta, StoryObj } from '@storybook/react-vite';
import { SignRequest } from '../status/SignRequest';
import { STORY_STAFF, seedStoryData, storyBackend } from '../testing/storyBackend';
import { RequestQueue } from './RequestQueue';
import { RequestReview } from './RequestReview';
import { SatisfactionReport } from './SatisfactionReport';
import { StaffKeys } from './StaffKeys';

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
/** The administrator's screen of people and keys. */
export const Keys: Story = {
  render: () => <StaffKeys staff={storyBackend.staff({ key: STORY_STAFF.admin })} />,
};
/** The queue, as a relations officer sees it. */
export const Queue: Story = {
  render: () => (
    <RequestQueue
      staff={storyBackend.staff({ key: STORY_STAFF.relations_officer })}
      onOpen={() => undefined}
    />
  ),
};
/** A request taken by phone, waiting for her signature: the signing link, the printed copy, the paper's code. */
export const AwaitingSignature: Story = {
  render: (_args, { loaded }) => (
    <RequestReview
      staff={storyBackend.staff({ key: STORY_STAFF.relations_officer })}
      reference={loaded.seed.byPhone}
    />
  ),
};
/** Her page behind the signing link: her request as taken, and the declaration to sign. */
export const SignByLink: Story = {
  render: (_args, { loaded }) => <SignRequest token={loaded.seed.signingToken} />,
};
