import type { Meta, StoryObj } from '@storybook/react-vite';
import { InquiryForm } from './InquiryForm';
import { VolunteerForm } from './VolunteerForm';

const meta = { title: 'Forms/Inquiry and volunteering', component: InquiryForm } satisfies Meta<
  typeof InquiryForm
>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A question through the website. */
export const Inquiry: Story = { args: { draftKey: 'story-inquiry' } };
/** Staff recording a question received by phone or letter. */
export const InquiryByStaff: Story = {
  args: { draftKey: 'story-inquiry-staff', channel: 'phone', chooseChannel: true },
};
/** Errors after submitting an empty question. */
export const InquiryErrors: Story = {
  args: { draftKey: 'story-inquiry-errors' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /إرسال|Submit/ }));
  },
};
/** The volunteering application. */
export const Volunteer: Story = { render: () => <VolunteerForm draftKey="story-volunteer" /> };
