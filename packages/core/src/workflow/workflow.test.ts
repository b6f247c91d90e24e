import { describe, expect, it } from 'vitest';
import { applyTransition, type WorkflowSubject } from './applyTransition';
import { decisionDueAt, expectedDecisionAt, isOverdue } from './decisionDueAt';
import { getRoleLabel, getStatusText } from './getStatusText';
import { REQUEST_STATES, type RequestState, ROLES, type Role } from './states';
import { availableTransitions, canTransition, TRANSITIONS } from './transitions';
import { WorkflowError } from './WorkflowError';

const EXPECTED: [RequestState, RequestState, Role[]][] = [
  ['submitted', 'verifying', ['relations_officer']],
  ['verifying', 'needs_information', ['relations_officer']],
  ['verifying', 'with_social_researcher', ['relations_officer']],
  ['verifying', 'in_committee', ['relations_officer']],
  ['needs_information', 'verifying', ['applicant', 'relations_officer']],
  ['with_social_researcher', 'verifying', ['social_researcher']],
  ['with_social_researcher', 'in_committee', ['social_researcher']],
  ['in_committee', 'accepted', ['committee']],
  ['in_committee', 'rejected', ['committee']],
  ['in_committee', 'needs_information', ['committee']],
  ['in_committee', 'with_social_researcher', ['committee']],
  ['accepted', 'registered', ['relations_officer']],
  ['registered', 'service_delivered', ['relations_officer']],
  ['service_delivered', 'closed', ['relations_officer']],
  ['submitted', 'withdrawn', ['applicant']],
  ['verifying', 'withdrawn', ['applicant']],
  ['needs_information', 'withdrawn', ['applicant']],
  ['with_social_researcher', 'withdrawn', ['applicant']],
  ['in_committee', 'withdrawn', ['applicant']],
];

function subject(status: RequestState): WorkflowSubject {
  return { status, history: [] };
}

describe('canTransition', () => {
  it('allows exactly the policy table: its roles, and admin for all but decisions and withdrawals', () => {
    for (const from of REQUEST_STATES) {
      for (const to of REQUEST_STATES) {
        const row = EXPECTED.find(([f, t]) => f === from && t === to);
        for (const role of ROLES) {
          const reserved = to === 'accepted' || to === 'rejected' || to === 'withdrawn';
          const allowed = row !== undefined && ((role === 'admin' && !reserved) || row[2].includes(role));
          expect(canTransition(from, to, role), `${role}: ${from} → ${to}`).toBe(allowed);
        }
      }
    }
    expect(TRANSITIONS).toHaveLength(EXPECTED.length);
  });

  it('lets only the committee decide, administrators included (separation of duties)', () => {
    for (const role of ROLES) {
      expect(canTransition('in_committee', 'accepted', role)).toBe(role === 'committee');
      expect(canTransition('in_committee', 'rejected', role)).toBe(role === 'committee');
    }
  });

  it('lets only the applicant withdraw, administrators included', () => {
    for (const role of ROLES)
      expect(canTransition('submitted', 'withdrawn', role)).toBe(role === 'applicant');
  });

  it('does not let anyone withdraw after the decision', () => {
    for (const from of ['accepted', 'rejected', 'registered', 'service_delivered', 'closed'] as const) {
      expect(canTransition(from, 'withdrawn', 'applicant')).toBe(false);
      expect(canTransition(from, 'withdrawn', 'admin')).toBe(false);
    }
  });
});

describe('availableTransitions', () => {
  it('lists the moves of a role', () => {
    expect(availableTransitions('verifying', 'relations_officer')).toEqual([
      'needs_information',
      'with_social_researcher',
      'in_committee',
    ]);
    expect(availableTransitions('in_committee', 'relations_officer')).toEqual([]);
    // Only the committee decides; an administrator may still send a case back for information or a visit.
    expect(availableTransitions('in_committee', 'admin')).toEqual([
      'needs_information',
      'with_social_researcher',
    ]);
    expect(availableTransitions('in_committee', 'committee')).toEqual([
      'accepted',
      'rejected',
      'needs_information',
      'with_social_researcher',
    ]);
    expect(availableTransitions('accepted', 'admin')).toEqual(['registered']);
  });
});

describe('applyTransition', () => {
  it('returns a new object with the status changed and one history entry, leaving the input untouched', () => {
    const request = { status: 'submitted' as RequestState, history: [], reference: 'MRD-2026-000001' };
    const frozen = Object.freeze({ ...request, history: Object.freeze([]) as never[] });
    const next = applyTransition(frozen, {
      to: 'verifying',
      actor: { id: 'u1', role: 'relations_officer' },
      note: 'بدأ التحقق',
      at: '2026-11-25T08:00:00Z',
    });
    expect(next).not.toBe(frozen);
    expect(frozen.status).toBe('submitted');
    expect(frozen.history).toHaveLength(0);
    expect(next.reference).toBe('MRD-2026-000001');
    expect(next.status).toBe('verifying');
    expect(next.history).toEqual([
      {
        from: 'submitted',
        to: 'verifying',
        at: '2026-11-25T08:00:00.000Z',
        actor: { id: 'u1', role: 'relations_officer' },
        note: 'بدأ التحقق',
      },
    ]);
  });

  it('throws forbidden when the role may not make the move', () => {
    const error = (() => {
      try {
        applyTransition(subject('in_committee'), {
          to: 'accepted',
          actor: { id: 'u1', role: 'relations_officer' },
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkflowError);
    expect((error as WorkflowError).code).toBe('forbidden');
  });

  it('throws invalid_transition for a move outside the table, even for admin', () => {
    expect(() =>
      applyTransition(subject('submitted'), { to: 'accepted', actor: { id: 'a', role: 'admin' } }),
    ).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
  });

  it('throws a RangeError for an invalid time', () => {
    expect(() =>
      applyTransition(subject('submitted'), {
        to: 'verifying',
        actor: { id: 'u', role: 'relations_officer' },
        at: 'soon',
      }),
    ).toThrow(RangeError);
  });
});

describe('decisionDueAt', () => {
  const officer = { id: 'o', role: 'relations_officer' as const };
  const inCommittee = [
    ['verifying', '2026-11-01T09:00:00Z'],
    ['in_committee', '2026-11-02T09:00:00Z'],
  ].reduce(
    (r, [to, at]) => applyTransition(r, { to: to as RequestState, actor: officer, at }),
    subject('submitted'),
  );

  it('is null before the committee and 14 days after entering it', () => {
    expect(decisionDueAt(subject('submitted'))).toBeNull();
    expect(decisionDueAt(inCommittee)).toBe('2026-11-16T09:00:00.000Z');
    expect(decisionDueAt(inCommittee, { decisionDays: 7 })).toBe('2026-11-09T09:00:00.000Z');
  });

  it('counts from the last entry into the committee', () => {
    const back = applyTransition(
      { ...inCommittee, status: 'verifying' as RequestState },
      { to: 'in_committee', actor: officer, at: '2026-11-10T09:00:00Z' },
    );
    expect(decisionDueAt(back)).toBe('2026-11-24T09:00:00.000Z');
  });

  it('gives the applicant the submission date plus the period before the committee', () => {
    expect(expectedDecisionAt({ ...subject('submitted'), submittedAt: '2026-11-01T00:00:00Z' })).toBe(
      '2026-11-15T00:00:00.000Z',
    );
    expect(expectedDecisionAt({ ...inCommittee, submittedAt: '2026-11-01T00:00:00Z' })).toBe(
      '2026-11-16T09:00:00.000Z',
    );
  });
});

describe('isOverdue', () => {
  const officer = { id: 'o', role: 'relations_officer' as const };
  const request = applyTransition(
    applyTransition(subject('submitted'), { to: 'verifying', actor: officer, at: '2026-11-01T00:00:00Z' }),
    { to: 'in_committee', actor: officer, at: '2026-11-01T00:00:00Z' },
  );

  it('is true only after the deadline while no decision is made', () => {
    expect(isOverdue(request, new Date('2026-11-14T23:59:59Z'))).toBe(false);
    expect(isOverdue(request, new Date('2026-11-15T00:00:01Z'))).toBe(true);
    const decided = applyTransition(request, {
      to: 'accepted',
      actor: { id: 'c', role: 'committee' },
      at: '2026-11-20T00:00:00Z',
    });
    expect(isOverdue(decided, new Date('2026-12-01T00:00:00Z'))).toBe(false);
    expect(isOverdue(subject('verifying'), new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('getStatusText', () => {
  it('explains every state to the applicant in Arabic and English', () => {
    for (const state of REQUEST_STATES) {
      for (const locale of ['ar', 'en'] as const) {
        const { title, description } = getStatusText(state, locale);
        expect(title.length).toBeGreaterThan(2);
        expect(description.length).toBeGreaterThan(10);
      }
    }
    expect(getStatusText('in_committee', 'ar').title).toBe('لدى لجنة البحث');
    expect(getStatusText('in_committee', 'en').title).toBe('With the research committee');
    expect(getRoleLabel('committee', 'ar')).toBe('لجنة البحث');
  });
});
