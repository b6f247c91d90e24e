import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { ReceivedNotification } from '@mord/adapter-testkit';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that parses every message it receives. */
/** A real SMTP server on loopback; `delayMs` holds each message before accepting it (a slow provider). */
export async function smtpReceiver(options: { delayMs?: number } = {}) {
  const received: (ReceivedNotification & { messageId?: string; contentLanguage?: string })[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refuse) {
          refuse = false;
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          return;
        }
        void new Promise((r) => setTimeout(r, options.delayMs ?? 0))
          .then(() => simpleParser(Buffer.concat(chunks)))
          .then((mail) => {
            received.push({
              channel: 'email',
              to: session.envelope.rcptTo[0]!.address,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              ...(mail.messageId ? { messageId: mail.messageId } : {}),
              contentLanguage: String(mail.headers.get('content-language') ?? ''),
            });
            callback();
          }, callback);
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: () => {
      refuse = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
