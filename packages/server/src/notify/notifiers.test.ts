import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceivedNotification } from '@mord/adapter-testkit';
import { testNotifier } from '@mord/adapter-testkit';
import { describe, expect, it } from 'vitest';
import { createConsoleNotifier } from './createConsoleNotifier';
import { createHttpGatewayNotifier } from './createHttpGatewayNotifier';
import { createSmtpNotifier } from './createSmtpNotifier';
import { smtpReceiver } from './smtpReceiver';

/** A gateway's stand-in on loopback: records each call's body and answers like a provider. */
async function gatewayReceiver(format: 'json' | 'form') {
  const received: ReceivedNotification[] = [];
  const headers: string[] = [];
  let refuse = false;
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      headers.push(String(req.headers.authorization));
      if (refuse) {
        refuse = false;
        res.writeHead(503).end('{"error":"busy"}');
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      const body =
        format === 'json'
          ? (JSON.parse(text) as Record<string, string>)
          : Object.fromEntries(new URLSearchParams(text));
      received.push({ channel: body.channel as 'sms', to: `+${body.recipient}`, text: body.message! });
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: { id: `gw-${++count}` } }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    received,
    headers,
    refuseNext: () => {
      refuse = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

testNotifier({
  name: 'SMTP (nodemailer) to a real SMTP server on loopback',
  async create() {
    const receiver = await smtpReceiver();
    const notifier = createSmtpNotifier({ url: receiver.url, from: '"جمعية مورد" <noreply@mord.example>' });
    return {
      notifier,
      received: async () => receiver.received,
      refuseNext: receiver.refuseNext,
      dispose: async () => {
        notifier.close();
        await receiver.close();
      },
    };
  },
});

for (const format of ['json', 'form'] as const) {
  testNotifier({
    name: `HTTP gateway (${format}) to a loopback receiver`,
    async create() {
      const receiver = await gatewayReceiver(format);
      const notifier = createHttpGatewayNotifier({
        url: receiver.url,
        channels: ['sms', 'whatsapp'],
        format,
        headers: { authorization: 'Bearer gateway-key' },
        body: { recipient: '{to}', message: '{text}', channel: '{channel}', ref: '{id}' },
        idPath: 'data.id',
      });
      return {
        notifier,
        received: async () => receiver.received,
        refuseNext: receiver.refuseNext,
        dispose: receiver.close,
      };
    },
  });
}

testNotifier({
  name: 'console',
  create() {
    const lines: string[] = [];
    const notifier = createConsoleNotifier({ write: (line) => lines.push(line) });
    return {
      notifier,
      received: async () =>
        notifier.sent().map(({ channel, to, subject, text, html }) => ({
          channel,
          to,
          text,
          ...(subject ? { subject } : {}),
          ...(html ? { html } : {}),
        })),
    };
  },
});

describe('the transports', () => {
  it('sends e-mail with the event id as its Message-ID, her language, and an RTL HTML part beside the text', async () => {
    const receiver = await smtpReceiver();
    const notifier = createSmtpNotifier({ url: receiver.url, from: 'Mord <noreply@mord.example>' });
    try {
      await notifier.send({
        id: 'evt_received_MRD-2026-000001',
        channel: 'email',
        to: 'hind@example.org',
        locale: 'ar',
        subject: 'استلمنا طلبكِ MRD-2026-000001',
        text: 'مرحبًا هند،\nاستلمنا طلبكِ.',
        html: '<!doctype html><html lang="ar" dir="rtl"><body dir="rtl"><p>مرحبًا هند،</p></body></html>',
      });
      const [mail] = receiver.received;
      expect(mail).toMatchObject({
        subject: 'استلمنا طلبكِ MRD-2026-000001',
        messageId: '<evt_received_MRD-2026-000001@mord.example>',
        contentLanguage: 'ar',
      });
      expect(mail!.text).toContain('استلمنا طلبكِ.');
      expect(mail!.html).toContain('dir="rtl"');
    } finally {
      notifier.close();
      await receiver.close();
    }
  });

  it('calls the gateway with its key and reads the provider id from the answer', async () => {
    const receiver = await gatewayReceiver('json');
    const notifier = createHttpGatewayNotifier({
      url: receiver.url,
      headers: { authorization: 'Bearer gateway-key' },
      body: { recipient: '{to}', message: '{text}', channel: '{channel}' },
      idPath: 'data.id',
    });
    try {
      const receipt = await notifier.send({
        id: 'evt_1',
        channel: 'sms',
        to: '+966551234567',
        locale: 'ar',
        text: 'استلمنا طلبكِ.',
      });
      expect(receipt.providerId).toBe('gw-1');
      expect(receiver.headers).toEqual(['Bearer gateway-key']);
      expect(receiver.received[0]!.to).toBe('+966551234567');
    } finally {
      await receiver.close();
    }
  });
});

describe('the worker', () => {
  it('keeps a provider’s error without the address or number it echoes', async () => {
    const { createMemoryRepository } = await import('@mord/core');
    const { startNotificationWorker } = await import('./startNotificationWorker');
    const repository = createMemoryRepository();
    const at = '2026-03-01T09:00:00.000Z';
    const request = (await import('@mord/adapter-testkit')).storedRequest({ submittedAt: at });
    await repository.insertRequest(
      request,
      { key: request.reference, bodyDigest: 'd' },
      [],
      [
        {
          id: 'evt_1',
          reference: request.reference,
          kind: 'received',
          channel: 'email',
          to: 'hind@example.org',
          locale: 'ar',
          text: 'نص',
          status: 'pending',
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at,
        },
      ],
    );
    const errors: string[] = [];
    const worker = startNotificationWorker({
      repository,
      notifiers: [
        {
          capabilities: { channels: ['email'] },
          send: async () => {
            throw new Error('550 5.1.1 <hind@example.org>: Recipient rejected; call +966 55 123 4567');
          },
        },
      ],
      now: () => new Date('2026-03-01T10:00:00.000Z'),
      intervalMs: 60_000,
      onError: (_id, reason) => errors.push(reason),
    });
    await worker.tick();
    await worker.stop();
    const [message] = await repository.listNotifications(request.reference);
    expect(message!.lastError).toBe('550 5.1.1 <<address>>: Recipient rejected; call <number>');
    expect(errors[0]).not.toContain('hind');
  });
});
