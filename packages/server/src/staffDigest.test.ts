import { DEFAULT_ASSOCIATION_CONFIG, exampleSupportRequestSubmission } from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  DATABASES,
  postJson,
  runCli,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './hostile/harness';
import { smtpReceiver } from './notify/smtpReceiver';

describe.each(DATABASES)('the staff’s daily summary by e-mail ($kind)', ({ kind }) => {
  let target: Target | undefined;
  let receiver: Awaited<ReturnType<typeof smtpReceiver>> | undefined;
  afterEach(async () => {
    await stopTarget(target);
    await receiver?.close();
    target = undefined;
    receiver = undefined;
  });

  it('goes once a day to each staff member with an address, in her language: what waits on her past its target, and what was given to her', async () => {
    receiver = await smtpReceiver();
    target = await startTarget(kind, {
      smtpUrl: receiver.url,
      mailFrom: '"جمعية مورد" <noreply@mord.example>',
      publicUrl: 'https://mord.example',
      notifyIntervalMs: 50,
      digestHour: 0,
      // A new request is late at once: its first stage's target is 0 days.
      association: {
        ...DEFAULT_ASSOCIATION_CONFIG,
        stageTargets: { ...DEFAULT_ASSOCIATION_CONFIG.stageTargets, submitted: 0 },
      },
    });
    const newKey = async (input: object) => {
      const response = await asStaff(target!, 'admin', '/keys', { method: 'POST', json: input });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    await newKey({ name: 'منيرة', role: 'relations_officer', email: 'munira@mord.example', locale: 'ar' });
    const haifa = await newKey({
      name: 'Haifa',
      role: 'social_researcher',
      email: 'haifa@mord.example',
      locale: 'en',
    });
    // The address is the administrator's to see, not in the list of people every staff member reads.
    const keys = await (await asStaff(target, 'admin', '/keys')).text();
    expect(keys).toContain('haifa@mord.example');
    expect(await (await asStaff(target, 'relations_officer', '/people')).text()).not.toContain('@');
    const bad = await asStaff(target, 'admin', '/keys', {
      method: 'POST',
      json: { name: 'x', role: 'committee', email: 'not an address' },
    });
    expect(bad.status).toBe(400);

    const late = await submitExample(target);
    const referred = await submitExample(target);
    const move = async (json: object) =>
      expect(
        (
          await asStaff(target!, 'relations_officer', `/requests/${referred}/transitions`, {
            method: 'POST',
            json,
          })
        ).status,
      ).toBe(200);
    await move({ to: 'verifying' });
    await move({ to: 'with_social_researcher', assignee: haifa, question: 'هل السكن مستأجر؟' });

    expect(await target.server.sendStaffDigests()).toBe(2);
    for (let i = 0; i < 200 && receiver.received.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
    const munira = receiver.received.find((mail) => mail.to === 'munira@mord.example')!;
    const haifaMail = receiver.received.find((mail) => mail.to === 'haifa@mord.example')!;
    expect(munira.subject).toBe('ملخص اليوم — متأخرة: ١، جديدة لك: ٠');
    expect(munira.text).toContain(late);
    expect(munira.text).not.toContain(referred);
    expect(munira.text).toContain('https://mord.example/#/staff');
    expect(haifaMail.subject).toBe('Your daily summary: 0 overdue, 1 new for you');
    expect(haifaMail.text).toContain(referred);
    // References and stages only: no beneficiary's name or number travels in a staff e-mail.
    for (const mail of [munira, haifaMail]) {
      expect(mail.text).not.toContain('فاطمة');
      expect(mail.text).not.toContain('1000000008');
      expect(mail.text).not.toContain('0551234567');
    }
    // Once a day, whatever runs it again: the worker, or an operator's command.
    expect(await target.server.sendStaffDigests()).toBe(2);
    const command = await runCli(target, kind, ['digest', 'send'], {
      MORD_SMTP_URL: receiver.url,
      MORD_MAIL_FROM: 'noreply@mord.example',
      MORD_PUBLIC_URL: 'https://mord.example',
    });
    expect(command).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^\d daily summaries for today\.$/),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received).toHaveLength(2);
  });

  it('tells whoever asked her for more that she answered, in the request’s log too', async () => {
    receiver = await smtpReceiver();
    target = await startTarget(kind, {
      smtpUrl: receiver.url,
      mailFrom: 'noreply@mord.example',
      publicUrl: 'https://mord.example',
      notifyIntervalMs: 50,
    });
    const created = await asStaff(target, 'admin', '/keys', {
      method: 'POST',
      json: { name: 'منيرة', role: 'relations_officer', email: 'munira@mord.example' },
    });
    const munira = ((await created.json()) as { key: string }).key;
    const submitted = await postJson(target, SUBMISSIONS, await exampleSupportRequestSubmission());
    const { reference, accessToken } = (await submitted.json()) as { reference: string; accessToken: string };
    for (const json of [{ to: 'verifying' }, { to: 'needs_information', missing: ['family_card'] }]) {
      const moved = await fetch(`${target.url}/v1/staff/requests/${reference}/transitions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${munira}`, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
      expect(moved.status).toBe(200);
    }
    const replied = await fetch(`${target.url}/v1/requests/${reference}/replies`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'سأحضر سجل الأسرة إلى الفرع غدًا.' }),
    });
    expect(replied.status).toBe(201);
    for (let i = 0; i < 200 && !receiver.received.some((m) => m.to === 'munira@mord.example'); i++)
      await new Promise((r) => setTimeout(r, 25));
    const told = receiver.received.find((mail) => mail.to === 'munira@mord.example')!;
    expect(told.subject).toBe(`وصل ردّ المستفيدة على الطلب ${reference}`);
    expect(told.text).toContain('https://mord.example/#/staff');
    // Her words stay in the request, not in an e-mail.
    expect(told.text).not.toContain('سجل الأسرة إلى الفرع');
    const log = (await (await asStaff(target, 'admin', `/requests/${reference}/notifications`)).json()) as {
      kind: string;
      status: string;
    }[];
    expect(log.find((m) => m.kind === 'reply_received')).toMatchObject({ status: 'sent' });
  });
});
