import { createMemoryAdapter, exampleSupportRequest } from '@mord/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptySupportRequest } from './emptySupportRequest';
import { SupportRequestForm } from './SupportRequestForm';

const filled = exampleSupportRequest();
const officer = createMemoryAdapter({
  staffKeys: { story: { id: 'officer-1', name: 'منيرة', role: 'relations_officer' } },
}).staff({ key: 'story' });

const meta = {
  title: 'Forms/Support request wizard',
  component: SupportRequestForm,
  args: { draftKey: 'story-wizard' },
} satisfies Meta<typeof SupportRequestForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The wizard as a beneficiary starts it; drafts are kept in this browser across reloads. */
export const Start: Story = { args: { draftKey: 'story-wizard-start' } };
/** Step 1 with its errors after pressing "Next" on an empty form. */
export const StepErrors: Story = {
  args: { draftKey: 'story-wizard-errors', defaultValues: emptySupportRequest() },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /التالي|Next/ }));
  },
};
export const Contact: Story = {
  args: { initialStep: 'contact', defaultValues: filled, draftKey: 'story-step-contact' },
};
export const Housing: Story = {
  args: { initialStep: 'housing', defaultValues: filled, draftKey: 'story-step-housing' },
};
export const Household: Story = {
  args: { initialStep: 'household', defaultValues: filled, draftKey: 'story-step-household' },
};
export const Income: Story = {
  args: { initialStep: 'income', defaultValues: filled, draftKey: 'story-step-income' },
};
export const Request: Story = {
  args: { initialStep: 'request', defaultValues: filled, draftKey: 'story-step-request' },
};
export const Review: Story = {
  args: { initialStep: 'review', defaultValues: filled, draftKey: 'story-step-review' },
};
export const Declaration: Story = {
  args: { initialStep: 'declaration', defaultValues: filled, draftKey: 'story-step-declaration' },
};
/** Staff filling the request for a beneficiary at a branch: channel, staff member and document checklist. */
export const Assisted: Story = {
  args: {
    mode: 'assisted',
    staff: officer,
    initialStep: 'declaration',
    defaultValues: filled,
    draftKey: 'story-step-assisted',
  },
};
