// The demo's inbox: a real SMTP server and an SMS/WhatsApp gateway on loopback that keep every message the
// reference server sends, and a page that lists them ("sent messages"), newest first. Nothing leaves the
// machine. The messages are also at `/messages.json`, which the end-to-end tests read.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
// The server package's own test receivers: the same smtp-server and mailparser, one version in the workspace.
const require = createRequire(join(ROOT, 'packages/server/package.json'));
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const PAGE_CSP = "default-src 'none'; style-src 'self'; form-action 'none'; frame-ancestors 'none'";
const CSS = `body{font-family:system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem;line-height:1.6;color:#1f2328}
article{border:1px solid #8c959f;border-radius:.5rem;padding:.75rem 1rem;margin-block:1rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:0}p.meta{color:#4a5159;margin:.25rem 0}
pre{white-space:pre-wrap;font:inherit;margin:.5rem 0 0}a{color:#0b5cad}`;

const CHANNEL_NAMES = { sms: 'رسالة نصية', whatsapp: 'واتساب' };

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
const linkify = (text) =>
  escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function page(messages) {
  const items = messages
    .toReversed()
    .map(
      (m) => `<article dir="auto" lang="${escapeHtml(m.locale ?? '')}">
  <h2 dir="auto">${escapeHtml(m.channel === 'email' ? m.subject : (CHANNEL_NAMES[m.channel] ?? m.channel))}</h2>
  <p class="meta" dir="ltr">${escapeHtml(m.channel)} → <bdi>${escapeHtml(m.to)}</bdi> · ${escapeHtml(m.at)}</p>
  <pre dir="auto">${linkify(m.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>الرسائل المرسلة — Sent messages (demo)</title>
<link rel="stylesheet" href="/inbox.css"></head>
<body><main>
<h1>الرسائل المرسلة <span lang="en" dir="ltr">(Sent messages — demo inbox)</span></h1>
<p>ما أرسله الخادم إلى المستفيدات في هذا العرض التجريبي: البريد الإلكتروني والرسائل النصية. لا يخرج شيء من هذا الجهاز. تُؤجَّل الرسائل النصية ليلًا (من ١٠ مساءً إلى ٧ صباحًا بتوقيت الرياض).</p>
${items || '<p>لا رسائل بعد. <span lang="en" dir="ltr">No messages yet.</span></p>'}
</main></body></html>`;
}

/**
 * Starts the inbox: SMTP on `smtpPort`, the page and the gateway (`POST /sms`, JSON `{ to, text, id, channel }`)
 * on `httpPort`. Returns the settings that point the reference server at it.
 */
export async function startDemoInbox({ host = '127.0.0.1', smtpPort, httpPort }) {
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push({
          channel: 'email',
          to: session.envelope.rcptTo.map((r) => r.address).join(', '),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          locale: String(mail.headers.get('content-language') ?? ''),
          messageId: mail.messageId ?? '',
          at: new Date().toISOString(),
        });
        callback();
      }, callback);
    },
  });
  smtp.listen(smtpPort, host);
  await once(smtp.server, 'listening');

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/sms') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => {
        body += chunk;
        if (body.length > 64 * 1024) req.destroy();
      });
      req.on('end', () => {
        let sms;
        try {
          sms = JSON.parse(body);
        } catch {
          return res.writeHead(400).end();
        }
        const id = `demo-sms-${messages.length + 1}`;
        messages.push({
          channel: String(sms.channel ?? 'sms'),
          to: `+${String(sms.to ?? '')}`,
          subject: '',
          text: String(sms.text ?? ''),
          at: new Date().toISOString(),
          messageId: id,
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      });
      return;
    }
    if (req.method !== 'GET') return res.writeHead(405, { allow: 'GET' }).end();
    if (path === '/messages.json')
      return res
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify(messages));
    if (path === '/inbox.css')
      return res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(CSS);
    if (path === '/')
      return res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': PAGE_CSP,
          'cache-control': 'no-store',
          'referrer-policy': 'no-referrer',
        })
        .end(page(messages));
    res.writeHead(404).end('Not found');
  });
  http.listen(httpPort, host);
  await once(http, 'listening');
  return {
    url: `http://${host}:${httpPort}/`,
    env: {
      MORD_SMTP_URL: `smtp://${host}:${smtpPort}`,
      MORD_MAIL_FROM: '"جمعية مورد (تجريبي)" <no-reply@mord.example>',
      MORD_SMS_URL: `http://${host}:${httpPort}/sms`,
      MORD_SMS_FORMAT: 'json',
      MORD_SMS_BODY: JSON.stringify({ to: '{to}', text: '{text}', id: '{id}', channel: '{channel}' }),
      MORD_SMS_ID_PATH: 'id',
      MORD_SMS_CHANNELS: 'sms,whatsapp',
    },
    close() {
      smtp.close();
      http.close();
    },
  };
}
