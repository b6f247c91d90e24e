import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from './notificationTemplates';
import { DEFAULT_QUIET_HOURS, inQuietHours, nextSendingTime } from './quietHours';
import { renderNotification } from './renderNotification';
import { fitSms, smsSegments } from './smsSegments';

const params = {
  name: 'فاطمة <b>',
  reference: 'MRD-2026-000123',
  link: 'https://mord.example/s/AbC123',
  period: 'أسبوعين',
  missing: 'سجل الأسرة',
  reason: 'المستندات المطلوبة لم تكتمل',
  answer: 'يبدأ البرنامج في رجب.',
};

describe('SMS size', () => {
  it('counts Arabic as UCS-2 (70, then 67 a part) and Latin text as GSM-7 (160, then 153)', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(161)).segments).toBe(2);
    expect(smsSegments('{'.repeat(80))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSegments('ب'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSegments('ب'.repeat(71)).segments).toBe(2);
    expect(smsSegments('ب'.repeat(134)).segments).toBe(2);
    expect(smsSegments('ب'.repeat(135)).segments).toBe(3);
  });

  it('keeps the link whole and the message within two parts, shortening the text at a word', () => {
    const long = 'نحتاج إلى هذه المستندات لمتابعة طلبكِ: '.repeat(6);
    const fitted = fitSms(long, params.link);
    expect(fitted.endsWith(`\n${params.link}`)).toBe(true);
    expect(fitted).toContain('…');
    expect(smsSegments(fitted).segments).toBeLessThanOrEqual(2);
    expect(fitSms('قصيرة', params.link)).toBe(`قصيرة\n${params.link}`);
  });
});

describe('renderNotification', () => {
  it.each(['ar', 'en'] as const)('renders every event for e-mail and SMS (%s)', (locale) => {
    // What staff are told is not addressed to her: `staffDigest` and `composeStaffNotice` render it.
    for (const kind of NOTIFICATION_KINDS.filter((k) => k !== 'staff_digest' && k !== 'reply_received')) {
      const email = renderNotification(kind, params, { channel: 'email', locale });
      expect(email.subject).toContain(kind === 'service_delivered' ? '' : params.reference);
      expect(email.text).toContain(params.link);
      expect(email.text).not.toMatch(/\{\w+\}/);
      expect(email.html).toContain(`dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
      expect(email.html).toContain(`<a href="${params.link}">`);
      // Her data is text in the HTML, never markup.
      expect(email.html).toContain('فاطمة &lt;b&gt;');
      const sms = renderNotification(kind, params, { channel: 'sms', locale });
      expect(sms.text.endsWith(params.link)).toBe(true);
      expect(smsSegments(sms.text).segments).toBeLessThanOrEqual(2);
      expect(sms.subject).toBeUndefined();
    }
  });

  it('says what is missing, the reason and the answer in her words, and takes the association’s own wording', () => {
    const ar = (kind: (typeof NOTIFICATION_KINDS)[number]) =>
      renderNotification(kind, params, { channel: 'email', locale: 'ar' }).text;
    expect(ar('needs_information')).toContain('سجل الأسرة');
    expect(ar('rejected')).toContain('المستندات المطلوبة لم تكتمل');
    expect(ar('inquiry_answered')).toContain('يبدأ البرنامج في رجب.');
    expect(ar('received')).toContain('أسبوعين');
    const own = renderNotification('received', params, {
      channel: 'sms',
      locale: 'ar',
      overrides: { ar: { 'received.sms': 'وصلنا طلبكِ {reference}' } },
    });
    expect(own.text).toBe(`وصلنا طلبكِ ${params.reference}\n${params.link}`);
  });
});

describe('quiet hours', () => {
  it('holds messages to a phone from 22:00 to 07:00 in Riyadh (UTC+3), until the hour they end', () => {
    expect(inQuietHours(new Date('2026-03-01T18:59:00Z'))).toBe(false); // 21:59
    expect(inQuietHours(new Date('2026-03-01T19:00:00Z'))).toBe(true); // 22:00
    expect(inQuietHours(new Date('2026-03-02T03:59:00Z'))).toBe(true); // 06:59
    expect(inQuietHours(new Date('2026-03-02T04:00:00Z'))).toBe(false); // 07:00
    expect(nextSendingTime(new Date('2026-03-01T20:30:00Z')).toISOString()).toBe('2026-03-02T04:00:00.000Z');
    const day = new Date('2026-03-01T09:15:00Z');
    expect(nextSendingTime(day)).toBe(day);
    expect(
      inQuietHours(new Date('2026-03-01T13:00:00Z'), { ...DEFAULT_QUIET_HOURS, start: 14, end: 16 }),
    ).toBe(false);
    expect(
      inQuietHours(new Date('2026-03-01T11:30:00Z'), { ...DEFAULT_QUIET_HOURS, start: 14, end: 16 }),
    ).toBe(true);
  });
});
