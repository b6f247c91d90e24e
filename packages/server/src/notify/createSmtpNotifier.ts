import type { NotificationMessage, Notifier } from '@mord/core';
import nodemailer from 'nodemailer';

/** Options of {@link createSmtpNotifier}. */
export interface SmtpNotifierOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465` (`MORD_SMTP_URL`). */
  url: string;
  /** The sender, e.g. `"جمعية مورد" <noreply@mord.org.sa>` (`MORD_MAIL_FROM`). */
  from: string;
  /** Seconds to wait for the server at each step. @default 20 */
  timeoutSeconds?: number;
}

/**
 * E-mail over SMTP with nodemailer: a UTF-8 subject, a plain-text part and the right-to-left HTML part;
 * the event's id becomes the `Message-ID`, so a retried event carries the same one. Resolves with the
 * server's acknowledgement once it accepted the message; rejects otherwise (the outbox retries).
 */
export function createSmtpNotifier(options: SmtpNotifierOptions): Notifier & { close(): void } {
  const timeout = (options.timeoutSeconds ?? 20) * 1000;
  const transport = nodemailer.createTransport(options.url, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as never);
  const domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'mord.local';
  return {
    name: 'smtp',
    capabilities: { channels: ['email'] },
    async send(message: NotificationMessage) {
      if (message.channel !== 'email') throw new Error(`SMTP sends e-mail, not ${message.channel}`);
      const info = await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject ?? '',
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        messageId: `<${message.id}@${domain}>`,
        headers: { 'Content-Language': message.locale },
      });
      if (info.rejected.length > 0) throw new Error('The SMTP server refused the recipient');
      return { providerId: String(info.response || info.messageId) };
    },
    close: () => transport.close(),
  };
}
