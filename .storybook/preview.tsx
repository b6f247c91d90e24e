import { MordProvider } from '@mord/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';
import '../packages/react/src/staff.css';
import { storyBackend } from '../packages/react/src/testing/storyBackend';
import { createLocalDraftStore } from './localDraftStore';

const drafts = createLocalDraftStore();

const withMord: Decorator = (Story, context) => {
  const locale = context.globals.locale === 'en' ? 'en' : 'ar';
  return (
    <MordProvider key={locale} backend={storyBackend} draftStore={drafts} locale={locale}>
      <Story />
    </MordProvider>
  );
};

const preview: Preview = {
  decorators: [withMord],
  initialGlobals: { locale: 'ar' },
  globalTypes: {
    locale: {
      description: 'Locale and direction of the forms',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ar', title: 'العربية (RTL)' },
          { value: 'en', title: 'English (LTR)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
  },
};

export default preview;
