import type { Locale } from '@mord/core';
import { InquiryForm, MordProvider, SupportRequestForm } from '@mord/react';

/** The same tree on the server and in the browser: the wizard and the inquiry, in one language. */
export function HydrationApp(props: { locale: Locale }) {
  return (
    <MordProvider locale={props.locale}>
      <main>
        <SupportRequestForm />
        <InquiryForm />
      </main>
    </MordProvider>
  );
}
