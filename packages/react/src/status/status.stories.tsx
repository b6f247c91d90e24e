import type { Meta, StoryObj } from '@storybook/react-vite';
import { seedStoryData } from '../testing/storyBackend';
import { Confirmation } from './Confirmation';
import { RequestStatus } from './RequestStatus';

const meta = { title: 'Status/Request status', component: RequestStatus } satisfies Meta<
  typeof RequestStatus
>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The empty lookup form. */
export const Lookup: Story = {};
/** A request waiting for the research committee. */
export const InCommittee: Story = {
  loaders: [async () => ({ seed: await seedStoryData() })],
  render: (_args, { loaded }) => (
    <RequestStatus reference={loaded.seed.reference} accessToken={loaded.seed.accessToken} />
  ),
};
/** A wrong access code. */
export const NotFound: Story = {
  args: { reference: 'MRD-2026-999999', accessToken: 'wrong-code-wrong-code' },
};
/** The confirmation after submitting, with the deadline in both calendars. */
export const AfterSubmit: Story = {
  render: () => (
    <Confirmation
      receipt={{
        reference: 'MRD-2026-000123',
        accessToken: 'Yt3kQw9-sample-access-code',
        status: 'submitted',
        submittedAt: '2026-11-25T08:00:00.000Z',
        decisionDueAt: '2026-12-09T08:00:00.000Z',
      }}
      statusHref="#status"
    />
  ),
};
