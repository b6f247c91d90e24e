import { describe, expect, it } from 'vitest';
import { exampleSupportRequestSubmission } from '../examples/exampleSubmission';
import { createMemoryAdapter } from './createMemoryAdapter';
import { matchesSearch } from './matchesSearch';
import { parseListQuery } from './parseListQuery';

const request = {
  reference: 'MRD-7K4Q9-HTXW2',
  form: 'support-request' as const,
  data: {
    applicant: {
      firstName: 'فاطمة',
      fatherName: 'عبد الله',
      grandfatherName: 'محمد',
      familyName: 'القحطاني',
      idNumber: '1000000008',
    },
    contact: { mobile: '+966551234567' },
  },
};

describe('matchesSearch', () => {
  it('finds her by reference, whole or in part, in any case and digits', () => {
    expect(matchesSearch(request, 'mrd-7k4q9-htxw2')).toBe(true);
    expect(matchesSearch(request, 'htxw2')).toBe(true);
    expect(matchesSearch(request, 'MRD-7K4Q9-HTXW3')).toBe(false);
  });

  it('finds her by ID number and by mobile in any common form', () => {
    expect(matchesSearch(request, '١٠٠٠٠٠٠٠٠٨')).toBe(true);
    expect(matchesSearch(request, '1000000009')).toBe(false);
    for (const mobile of ['0551234567', '٠٥٥ ١٢٣ ٤٥٦٧', '+966 55 123 4567', '00966551234567'])
      expect(matchesSearch(request, mobile), mobile).toBe(true);
    expect(matchesSearch(request, '0551234568')).toBe(false);
  });

  it('finds her by part of her name, Arabic spelling variants and compound names folded', () => {
    expect(matchesSearch(request, 'فاطمه')).toBe(true);
    expect(matchesSearch(request, 'القحطاني')).toBe(true);
    expect(matchesSearch(request, 'عبدالله')).toBe(true);
    expect(matchesSearch(request, 'نورة')).toBe(false);
  });
});

describe('the staff queue searched and filtered', () => {
  it('lists and counts only what the role may read that answers the search and channel', async () => {
    const backend = createMemoryAdapter({
      staffKeys: {
        officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' },
        researcher: { id: 'r1', name: 'هيفاء', role: 'social_researcher' },
      },
    });
    const fatimah = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
      idempotencyKey: 'search-1',
    });
    const noura = await backend.submit(
      'support-request',
      await exampleSupportRequestSubmission({
        mutate: (input) => {
          input.applicant.firstName = 'نورة';
          input.contact.mobile = '0559999999';
        },
      }),
      { idempotencyKey: 'search-2' },
    );
    const officer = backend.staff({ key: 'officer' });
    expect((await officer.listRequests({ search: 'نوره' })).map((r) => r.reference)).toEqual([
      noura.reference,
    ]);
    expect((await officer.listRequests({ search: '0559999999' })).map((r) => r.reference)).toEqual([
      noura.reference,
    ]);
    expect((await officer.listRequests({ channel: 'phone' })).length).toBe(0);
    expect((await officer.listRequests({ sort: 'newest' })).map((r) => r.reference)).toEqual([
      noura.reference,
      fatimah.reference,
    ]);
    expect(await officer.countRequests({ search: 'القحطاني' })).toEqual({ submitted: 2 });
    await officer.transition(fatimah.reference, { to: 'verifying' });
    expect(await officer.countRequests()).toEqual({ submitted: 1, verifying: 1 });
    // The researcher reads neither: none was referred to her.
    expect(await backend.staff({ key: 'researcher' }).countRequests()).toEqual({});
    expect(await backend.staff({ key: 'researcher' }).listRequests({ search: 'فاطمة' })).toEqual([]);
  });

  it('reads search and channel from the query string strictly', () => {
    expect(parseListQuery({ search: ' فاطمة ', channel: 'phone' })).toEqual({
      ok: true,
      query: { limit: 100, offset: 0, search: 'فاطمة', channel: 'phone' },
    });
    expect(parseListQuery({ search: 'x'.repeat(101) })).toEqual({ ok: false, parameter: 'search' });
    expect(parseListQuery({ search: 'فاطمة\u202E' })).toEqual({ ok: false, parameter: 'search' });
    expect(parseListQuery({ channel: 'fax' })).toEqual({ ok: false, parameter: 'channel' });
    expect(parseListQuery({ sort: 'newest' })).toMatchObject({ ok: true, query: { sort: 'newest' } });
    expect(parseListQuery({ sort: 'random' })).toEqual({ ok: false, parameter: 'sort' });
  });
});
