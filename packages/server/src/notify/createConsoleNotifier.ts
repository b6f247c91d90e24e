import { type NotificationMessage, type Notifier, randomToken } from '@mord/core';

/** A message the console transport sent, kept for the demo's "sent messages" page. */
export interface SentMessage extends NotificationMessage {
  sentAt: string;
}

/**
 * For development and the demo: every channel, each message written as one line to `write` (the console by
 * default) and the last `keep` kept in memory (`sent()`). Never use it in production: it writes what the
 * message says.
 */
export function createConsoleNotifier(
  options: { write?: (line: string) => void; keep?: number } = {},
): Notifier & { sent(): SentMessage[] } {
  const write = options.write ?? ((line: string) => console.log(line));
  const keep = options.keep ?? 200;
  const sent: SentMessage[] = [];
  return {
    name: 'console',
    capabilities: { channels: ['email', 'sms', 'whatsapp'] },
    async send(message) {
      const entry = { ...message, sentAt: new Date().toISOString() };
      sent.push(entry);
      if (sent.length > keep) sent.shift();
      write(
        `[message ${message.channel} → ${message.to}] ${message.subject ? `${message.subject} — ` : ''}${message.text.replace(/\n+/g, ' ')}`,
      );
      return { providerId: `console_${randomToken(8)}` };
    },
    sent: () => sent.map((entry) => ({ ...entry })),
  };
}
