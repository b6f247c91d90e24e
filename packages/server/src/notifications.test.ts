import { DEFAULT_ASSOCIATION_CONFIG } from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  completeChecklist,
  DATABASES,
  MOVE_EXTRAS,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './hostile/harness';
import { smtpReceiver } from './notify/smtpReceiver';

/** Waits until the receiver holds `count` messages (the worker runs every 50 ms here). */
async function delivered(receiver: Awaited<ReturnType<typeof smtpReceiver>>, count: number) {
  for (let i = 0; i < 200 && receiver.received.length < count; i++)
    await new Promise((r) => setTimeout(r, 25));
  return receiver.received;
}

describe.each(DATABASES)('telling her what happened, by e-mail ($kind)', ({ kind }) => {
  let target: Target | undefined;
  let receiver: Awaited<ReturnType<typeof smtpReceiver>> | undefined;
  /** A server that e-mails through a loopback SMTP server, and a request from her who chose e-mail. */
  async function emailing(overrides: Partial<Parameters<typeof startTarget>[1]> = {}, refuseFirst = false) {
    receiver = await smtpReceiver();
    if (refuseFirst) receiver.refuseNext();
    target = await startTarget(kind, {
      smtpUrl: receiver.url,
      mailFrom: '"جمعية مورد" <noreply@mord.example>',
      publicUrl: 'https://mord.example',
      notifyIntervalMs: 50,
      ...overrides,
    });
    const reference = await submitExample(target, (input) => {
      input.contact.preferredContact = 'email';
      input.contact.email = 'hind@example.org';
    });
    return { target, receiver, reference };
  }
  afterEach(async () => {
    await stopTarget(target);
    await receiver?.close();
    target = undefined;
    receiver = undefined;
  });

  it('writes each message with its change and delivers it once: received, what is missing, the survey after delivery', async () => {
    const { target, receiver, reference } = await emailing();
    const [first] = await delivered(receiver, 1);
    expect(first).toMatchObject({ to: 'hind@example.org', subject: `استلمنا طلبكِ ${reference}` });
    expect(first!.html).toContain('dir="rtl"');
    // Her status link opens her status, and nothing else; re-issuing her code revokes it.
    const link = new RegExp(`https://mord\\.example/#/status/${reference}/(\\S+)`).exec(first!.text)![1]!;
    const byLink = (token: string, scheme = 'StatusLink') =>
      fetch(`${target!.url}/v1/requests/${reference}`, { headers: { authorization: `${scheme} ${token}` } });
    expect(((await (await byLink(link)).json()) as { reference: string }).reference).toBe(reference);
    expect((await byLink(link, 'Bearer')).status).toBe(404);
    // Its last character changed (to one it is not): a wrong link.
    expect((await byLink(`${link.slice(0, -1)}${link.endsWith('x') ? 'y' : 'x'}`)).status).toBe(404);
    const move = async (role: Parameters<typeof asStaff>[1], to: string, extra: object = {}) => {
      if (to === 'in_committee') await completeChecklist(target!, reference);
      const response = await asStaff(target!, role, `/requests/${reference}/transitions`, {
        method: 'POST',
        json: { to, ...MOVE_EXTRAS, ...extra },
      });
      expect(response.status, to).toBe(200);
    };
    await move('relations_officer', 'verifying');
    await move('relations_officer', 'needs_information', { missing: ['family_card'] });
    const [, back] = await delivered(receiver, 2);
    expect(back!.text).toContain('سجل الأسرة');
    // Moves among staff send nothing; the decision, registration and delivery do.
    await move('relations_officer', 'verifying');
    await move('relations_officer', 'in_committee');
    await move('committee', 'accepted');
    await move('relations_officer', 'registered');
    await move('relations_officer', 'service_delivered');
    const all = await delivered(receiver, 5);
    expect(all.map((m) => m.subject)).toEqual([
      `استلمنا طلبكِ ${reference}`,
      `طلبكِ ${reference} يحتاج إلى معلومات إضافية`,
      `قُبل طلبكِ ${reference}`,
      `سُجّل طلبكِ ${reference}`,
      'أخبرينا عن الخدمة التي تلقيتِها',
    ]);
    // The survey invitation was made once, with the delivery, and its link works.
    const survey = /https:\/\/mord\.example\/survey\/(\S+)/.exec(all[4]!.text)![1]!;
    expect((await fetch(`${target.url}/v1/surveys/${survey}`)).status).toBe(200);
    // Each event once, with the provider's acknowledgement, visible to staff on the request.
    const log = (await (await asStaff(target, 'admin', `/requests/${reference}/notifications`)).json()) as {
      id: string;
      status: string;
      providerId?: string;
    }[];
    expect(log).toHaveLength(5);
    expect(new Set(log.map((m) => m.id)).size).toBe(5);
    expect(log.every((m) => m.status === 'sent' && m.providerId)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(5);
    expect(
      (await asStaff(target, 'relations_officer', `/requests/${reference}/access-code`, { method: 'POST' }))
        .status,
    ).toBe(201);
    expect((await byLink(link)).status).toBe(404);
  });

  it('keeps a message the mail server refused, to try again later with backoff, with no address in its error', async () => {
    const { target, receiver, reference } = await emailing({}, true);
    await new Promise((r) => setTimeout(r, 300));
    const log = (await (await asStaff(target, 'admin', `/requests/${reference}/notifications`)).json()) as {
      status: string;
      attempts: number;
      lastError?: string;
      nextAttemptAt: string;
    }[];
    expect(log[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(log[0]!.lastError).toBeTruthy();
    expect(log[0]!.lastError).not.toContain('hind@example.org');
    expect(Date.parse(log[0]!.nextAttemptAt)).toBeGreaterThan(Date.now() + 20_000);
    expect(receiver.received).toHaveLength(0);
  });

  it('sends her lost code to the contact on file when her ID number matches, answering the same either way', async () => {
    const { target, receiver, reference } = await emailing();
    await delivered(receiver, 1);
    const remind = (ref: string, idNumber: unknown) =>
      fetch(`${target!.url}/v1/requests/${ref}/code-reminders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ idNumber }),
      });
    const answers = await Promise.all([
      remind(reference, '2000000005'),
      remind('MRD-2026-999999', '1000000008'),
      remind(reference, '١٠٠٠٠٠٠٠٠٨'),
    ]);
    const bodies = await Promise.all(answers.map(async (answer) => [answer.status, await answer.text()]));
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(bodies[0]![0]).toBe(202);
    const [, reminder] = await delivered(receiver, 2);
    expect(reminder!.subject).toBe(`رمز متابعة طلبكِ ${reference}`);
    const code = /: ([A-Za-z0-9_-]{32})/.exec(reminder!.text)![1]!;
    const status = await fetch(`${target.url}/v1/requests/${reference}`, {
      headers: { authorization: `Bearer ${code}` },
    });
    expect(status.status).toBe(200);
    // Once in ten minutes, whatever is asked.
    expect((await remind(reference, '1000000008')).status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(2);
    expect((await remind(reference, { $ne: 1 })).status).toBe(400);
  });

  it('words her messages as the association’s configuration says', async () => {
    const { target, receiver, reference } = await emailing({
      association: {
        ...DEFAULT_ASSOCIATION_CONFIG,
        notifications: { templates: { ar: { 'received.subject': 'وصلنا طلبكِ {reference}، شكرًا لكِ' } } },
      },
    });
    const [message] = await delivered(receiver, 1);
    expect(message!.subject).toBe(`وصلنا طلبكِ ${reference}، شكرًا لكِ`);
    // Internal: the public configuration does not carry it.
    expect(JSON.stringify(await (await fetch(`${target.url}/v1/config`)).json())).not.toContain('شكرًا لكِ');
  });
});
