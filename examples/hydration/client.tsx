// The browser half of a server-rendered page (as a Next.js or Remix page would be): hydrates the markup the
// server sent for the wizard and the inquiry, then registers the embed's elements, as a client effect would.
import { defineMordElements } from '@mord/embed';
import { hydrateRoot } from 'react-dom/client';
import { HydrationApp } from './HydrationApp';

const state = window as unknown as { recoverable: string[]; hydrated: boolean; elements: boolean };
state.recoverable = [];
const locale = document.documentElement.lang === 'en' ? 'en' : 'ar';
hydrateRoot(document.getElementById('root')!, <HydrationApp locale={locale} />, {
  onRecoverableError: (error) => state.recoverable.push(String(error)),
});
defineMordElements();
state.elements = customElements.get('mord-inquiry') !== undefined;
state.hydrated = true;
