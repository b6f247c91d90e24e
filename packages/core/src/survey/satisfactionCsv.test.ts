import { describe, expect, it } from 'vitest';
import { satisfactionCsv } from './satisfactionCsv';
import { type SummarizableResponse, summarizeSatisfaction } from './summarizeSatisfaction';

const answer = (
  month: string,
  csat: number,
  extra: Partial<SummarizableResponse> = {},
): SummarizableResponse => ({
  answers: { csat, nps: 9, ces: 2, courtesy: 5 },
  receivedAt: `2026-${month}-10T09:00:00.000Z`,
  channel: 'website',
  ...extra,
});

describe('the report by month and branch, and its CSV', () => {
  it('groups the answers by month, oldest first, and by the branch that took the request', () => {
    const summary = summarizeSatisfaction([
      answer('03', 5, { branch: 'north' }),
      answer('01', 2),
      answer('03', 4, { branch: 'north' }),
      answer('02', 4, { branch: 'south' }),
    ]);
    expect(Object.keys(summary.byMonth)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(summary.byMonth['2026-03']).toMatchObject({ n: 2, csat: { satisfied: 2 } });
    expect(summary.byMonth['2026-01']).toMatchObject({ n: 1, csat: { satisfied: 0 } });
    expect(Object.fromEntries(Object.entries(summary.byBranch).map(([k, v]) => [k, v.n]))).toEqual({
      north: 2,
      south: 1,
    });
  });

  it('writes aggregates only, with counts and no percentage under 30 answers, and neutralised cells', () => {
    const few = summarizeSatisfaction([answer('01', 5, { comment: 'سرّي: اسمي هند' }), answer('01', 1)]);
    const csv = satisfactionCsv(few, (section, id) => (section === 'overall' ? '=كل الردود' : id));
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'section,group,n,csat_percent,csat_satisfied,csat_n,nps,nps_promoters,nps_passives,nps_detractors,nps_n,ces,ces_n,mean',
    );
    // A label that looks like a formula is never one in a spreadsheet.
    expect(lines[1]).toBe("overall,'=كل الردود,2,,1,2,,2,0,0,2,2,2,");
    expect(csv).not.toContain('هند');
    expect(lines.some((line) => line.startsWith('month,2026-01,2,'))).toBe(true);
    expect(lines.find((line) => line.startsWith('dimension,courtesy'))).toBe(
      'dimension,courtesy,2,,,,,,,,,,,5',
    );

    const many = summarizeSatisfaction(Array.from({ length: 30 }, (_, i) => answer('02', i % 2 ? 5 : 3)));
    const overall = satisfactionCsv(many, () => 'all')
      .split('\r\n')[1]!
      .split(',');
    expect(overall.slice(2, 5)).toEqual(['30', '50', '15']);
  });
});
