import type { NotificationChannel, NotificationMessage, Notifier } from '@mord/core';
import { describe, expect, it } from 'vitest';
import { ARABIC_SAMPLE } from './fixtures';

/** A message as the receiving end (an SMTP server, a gateway, a log) got it. */
export interface ReceivedNotification {
  channel: NotificationChannel;
  to: string;
  subject?: string;
  text: string;
  html?: string;
}

/** What the suite works on: a notifier, and the receiving end it sends to. */
export interface NotifierUnderTest {
  notifier: Notifier;
  /** Every message the receiving end got so far, oldest first. */
  received(): Promise<ReceivedNotification[]>;
  /** Makes the receiving end refuse the next message (a provider's error), when it can. */
  refuseNext?(): void;
  dispose?(): void | Promise<void>;
}

/** Options of {@link testNotifier}. */
export interface NotifierSuiteOptions {
  name: string;
  create: () => NotifierUnderTest | Promise<NotifierUnderTest>;
}

let sequence = 0;

/** An Arabic message for a channel, with bidi marks and a link, as the service renders them. */
function message(
  channel: NotificationChannel,
  overrides: Partial<NotificationMessage> = {},
): NotificationMessage {
  sequence += 1;
  const link = `https://mord.example/s/Ab${sequence}`;
  return {
    id: `evt_${Date.now()}_${sequence}`,
    channel,
    to: channel === 'email' ? `hind${sequence}@example.org` : '+966551234567',
    locale: 'ar',
    ...(channel === 'email'
      ? {
          subject: `استلمنا طلبكِ MRD-2026-${String(sequence).padStart(6, '0')}`,
          html: `<!doctype html><html lang="ar" dir="rtl"><body dir="rtl"><p>${ARABIC_SAMPLE}</p><p><a href="${link}">${link}</a></p></body></html>`,
        }
      : {}),
    text: `مرحبًا هند،\n${ARABIC_SAMPLE}\n${link}`,
    ...overrides,
  };
}

/**
 * The `Notifier` conformance suite: run it against any transport with its receiving end on loopback (an
 * SMTP server, a gateway's stand-in, a log). Each declared channel delivers Arabic text intact — subject,
 * text and HTML for e-mail — to the right recipient, with the provider's id in the receipt; a channel it
 * does not declare and a provider's refusal reject, so an outbox retries.
 * @example testNotifier({ name: 'console', create: () => { const lines = []; … } })
 */
export function testNotifier(options: NotifierSuiteOptions): void {
  const withNotifier = (test: (subject: NotifierUnderTest) => Promise<void>) => async () => {
    const subject = await options.create();
    try {
      await test(subject);
    } finally {
      await subject.dispose?.();
    }
  };

  describe(`Notifier: ${options.name}`, () => {
    it(
      'delivers Arabic messages on every channel it declares, to the right recipient, with a provider id',
      withNotifier(async ({ notifier, received }) => {
        expect(notifier.capabilities.channels.length).toBeGreaterThan(0);
        const sent = notifier.capabilities.channels.map((channel) => message(channel));
        for (const item of sent) {
          const receipt = await notifier.send(item);
          expect(typeof receipt.providerId).toBe('string');
          expect(receipt.providerId.length).toBeGreaterThan(0);
        }
        const got = await received();
        expect(got).toHaveLength(sent.length);
        for (const [index, item] of sent.entries()) {
          const delivered = got[index]!;
          expect(delivered.channel).toBe(item.channel);
          expect(delivered.to).toBe(item.to);
          expect(delivered.text.trim()).toBe(item.text.trim());
          if (item.channel === 'email') {
            expect(delivered.subject).toBe(item.subject);
            expect(delivered.html).toContain('dir="rtl"');
            expect(delivered.html).toContain(ARABIC_SAMPLE);
          }
        }
      }),
    );

    it(
      'refuses a channel it does not declare, and rejects when the provider refuses',
      withNotifier(async ({ notifier, received, refuseNext }) => {
        const missing = (['email', 'sms', 'whatsapp'] as const).find(
          (channel) => !notifier.capabilities.channels.includes(channel),
        );
        if (missing) await expect(notifier.send(message(missing))).rejects.toThrow();
        if (refuseNext) {
          refuseNext();
          await expect(notifier.send(message(notifier.capabilities.channels[0]!))).rejects.toThrow();
        }
        expect(await received()).toHaveLength(0);
      }),
    );
  });
}
