import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { EMPTY_SIGNATURE, SignedDeclaration } from './SignedDeclaration';

function Controlled(props: { showErrors?: boolean; method?: 'drawn' | 'typed' }) {
  const [value, setValue] = useState({ ...EMPTY_SIGNATURE, method: props.method ?? 'drawn' });
  return (
    <div className="mord-form">
      <SignedDeclaration
        value={value}
        onChange={setValue}
        showErrors={props.showErrors}
        applicantName={{
          firstName: 'فاطمة',
          fatherName: 'عبد الله',
          grandfatherName: 'محمد',
          familyName: 'القحطاني',
        }}
      />
      <output data-testid="signature-state" dir="ltr">
        {JSON.stringify({
          strokes: value.drawn?.strokes.length ?? 0,
          box: value.drawn?.box ?? null,
          points: value.drawn?.strokes.reduce((n, s) => n + s.points.length, 0) ?? 0,
        })}
      </output>
    </div>
  );
}

const meta = { title: 'Declaration/Signed declaration', component: Controlled } satisfies Meta<
  typeof Controlled
>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Draw with a finger, pen or mouse. */
export const Drawn: Story = {};
/** The keyboard-accessible typed signature. */
export const Typed: Story = { args: { method: 'typed' } };
/** What she sees when she tries to submit without agreeing or signing. */
export const WithErrors: Story = { args: { showErrors: true } };
