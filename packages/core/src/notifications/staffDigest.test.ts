import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSOCIATION_CONFIG } from '../config/associationConfig';
import type { QueueRow } from '../storage/BackendRepository';
import { getStatusText } from '../workflow/getStatusText';
import type { RequestState } from '../workflow/states';
import { digestDay, staffDigest, staffDigestItems, waitsOn } from './staffDigest';

const now = new Date('2026-12-02T05:00:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000).toISOString();

function row(
  reference: string,
  status: RequestState,
  enteredDaysAgo: number,
  assignee?: { id: string; at: string },
): QueueRow {
  return {
    reference,
    form: 'support-request',
    status,
    submittedAt: daysAgo(enteredDaysAgo),
    channel: 'website',
    locale: 'ar',
    history: [
      {
        from: null,
        to: 'submitted',
        at: daysAgo(enteredDaysAgo),
        actor: { id: 'applicant', role: 'applicant' },
      },
      ...(status === 'submitted'
        ? []
        : [
            {
              from: 'submitted' as const,
              to: status,
              at: daysAgo(enteredDaysAgo),
              actor: { id: 'o', role: 'relations_officer' as const },
            },
          ]),
    ],
    name: 'فاطمة',
    ...(assignee ? { assignee: { id: assignee.id, name: 'هيفاء', at: assignee.at } } : {}),
  } as QueueRow;
}

const rows = [
  row('MRD-AAAAA-AAAAA', 'submitted', 5), // past its 2-day target, the officer's
  row('MRD-BBBBB-BBBBB', 'submitted', 1), // within target
  row('MRD-CCCCC-CCCCC', 'needs_information', 30), // late, but waiting on her answer
  row('MRD-DDDDD-DDDDD', 'with_social_researcher', 10, { id: 'r1', at: daysAgo(10) }), // the researcher's, late
  row('MRD-EEEEE-EEEEE', 'with_social_researcher', 0.5, { id: 'r1', at: daysAgo(0.5) }), // new for her
  row('MRD-FFFFF-FFFFF', 'with_social_researcher', 10, { id: 'r2', at: daysAgo(10) }), // another's
  row('MRD-GGGGG-GGGGG', 'rejected', 60),
];
const options = {
  since: new Date(now.getTime() - 24 * 60 * 60 * 1000),
  now,
  config: DEFAULT_ASSOCIATION_CONFIG,
};

describe('the staff’s daily summary', () => {
  it('lists what waits on each role past its target, never what waits on her answer, and what is new for her', () => {
    expect(waitsOn(rows[2]!, 'relations_officer')).toBe(false);
    expect(waitsOn(rows[0]!, 'committee')).toBe(false);
    const officer = staffDigestItems({ id: 'o1', role: 'relations_officer' }, rows, options);
    expect(officer.overdue.map((r) => r.reference)).toEqual(['MRD-AAAAA-AAAAA']);
    expect(officer.assigned).toEqual([]);
    const researcher = staffDigestItems({ id: 'r1', role: 'social_researcher' }, rows, options);
    expect(researcher.overdue.map((r) => r.reference)).toEqual(['MRD-DDDDD-DDDDD']);
    expect(researcher.assigned.map((r) => r.reference)).toEqual(['MRD-EEEEE-EEEEE']);
  });

  it.each(['ar', 'en'] as const)(
    'is one e-mail a day in her language, with references and stages only (%s)',
    (locale) => {
      const member = {
        id: 'r1',
        name: 'هيفاء',
        role: 'social_researcher' as const,
        email: 'haifa@mord.example',
        locale,
      };
      const message = staffDigest(member, rows, {
        ...options,
        day: '2026-12-02',
        staffUrl: 'https://mord.example/#/staff',
      })!;
      expect(message).toMatchObject({
        id: 'staff_digest.r1.2026-12-02',
        channel: 'email',
        to: 'haifa@mord.example',
        locale,
      });
      expect(message.subject).toBe(
        locale === 'ar'
          ? 'ملخص اليوم — متأخرة: ١، جديدة لك: ١'
          : 'Your daily summary: 1 overdue, 1 new for you',
      );
      expect(message.text).toContain('MRD-DDDDD-DDDDD');
      expect(message.text).toContain('MRD-EEEEE-EEEEE');
      expect(message.text).toContain('https://mord.example/#/staff');
      expect(message.text).toContain(getStatusText('with_social_researcher', locale).title);
      // No beneficiary's name in an e-mail.
      expect(message.text).not.toContain('فاطمة');
    },
  );

  it('sends nothing without an address or with nothing to read', () => {
    const member = { id: 'c1', name: 'لجنة', role: 'committee' as const };
    expect(staffDigest(member, rows, { ...options, day: '2026-12-02', staffUrl: 'x' })).toBeNull();
    expect(
      staffDigest({ ...member, email: 'c@mord.example' }, rows, {
        ...options,
        day: '2026-12-02',
        staffUrl: 'x',
      }),
    ).toBeNull();
  });

  it('is due from the configured hour of the day in Riyadh', () => {
    expect(digestDay(new Date('2026-12-02T03:59:00Z'), 7)).toBeNull(); // 06:59 in Riyadh
    expect(digestDay(new Date('2026-12-02T04:00:00Z'), 7)).toBe('2026-12-02');
    expect(digestDay(new Date('2026-12-02T22:30:00Z'), 7)).toBeNull(); // 01:30 the next day
    expect(digestDay(new Date('2026-12-02T22:30:00Z'), 0)).toBe('2026-12-03');
  });
});
