import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../scripts/seedDemo.mjs';
import { asStaff, startTarget, stopTarget, type Target } from './hostile/harness';

describe('the demo data of a first `npm start`', () => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('fills every state across channels, through the API, every text marked as demo', async () => {
    target = await startTarget('sqlite');
    const made = await seedDemo({ api: target.url, keys: target.keys });
    expect(made).toEqual({ requests: 11, inquiries: 3, volunteers: 1, answers: 2 });
    const queue = (await (await asStaff(target, 'admin', '/requests?limit=100')).json()) as {
      reference: string;
      form: string;
      status: string;
      channel: string;
      assignee: { id: string; name: string } | null;
    }[];
    // The referral names the researcher: her queue "assigned to me" has it.
    const researcher = (await (await asStaff(target, 'social_researcher', '/me')).json()) as { id: string };
    expect(queue.some((r) => r.status === 'with_social_researcher' && r.assignee?.id === researcher.id)).toBe(
      true,
    );
    expect(new Set(queue.map((r) => r.status))).toEqual(
      new Set([
        'submitted',
        'verifying',
        'needs_information',
        'with_social_researcher',
        'in_committee',
        'accepted',
        'rejected',
        'registered',
        'service_delivered',
        'closed',
      ]),
    );
    expect(new Set(queue.map((r) => r.channel))).toEqual(
      new Set(['website', 'interview', 'phone', 'letter', 'branch_representative', 'volunteering']),
    );
    const record = (await (await asStaff(target, 'admin', `/requests/${queue[0]!.reference}`)).json()) as {
      data: { request?: { description: string }; message?: string };
    };
    expect(record.data.request?.description ?? record.data.message).toMatch(/^\[تجريبي\]/);
    const report = (await (await asStaff(target, 'admin', '/metrics/satisfaction')).json()) as { n: number };
    expect(report.n).toBe(2);
  }, 60_000);
});
