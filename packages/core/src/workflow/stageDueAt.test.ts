import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSOCIATION_CONFIG } from '../config/associationConfig';
import { exampleSupportRequestSubmission } from '../examples/exampleSubmission';
import { createMemoryAdapter } from '../storage/createMemoryAdapter';
import { isStageOverdue, stageDueAt } from './stageDueAt';

const entry = (to: 'submitted' | 'verifying' | 'in_committee', at: string) => ({
  from: null,
  to,
  at,
  actor: { id: 'a', role: 'relations_officer' as const },
});

describe('stage targets', () => {
  it('dates each stage from its entry, with its target; the committee by the request’s own period', () => {
    const verifying = {
      status: 'verifying' as const,
      submittedAt: '2026-03-01T09:00:00.000Z',
      history: [
        entry('submitted', '2026-03-01T09:00:00.000Z'),
        entry('verifying', '2026-03-02T09:00:00.000Z'),
      ],
    };
    expect(stageDueAt(verifying, DEFAULT_ASSOCIATION_CONFIG)).toBe('2026-03-05T09:00:00.000Z');
    expect(isStageOverdue(verifying, DEFAULT_ASSOCIATION_CONFIG, new Date('2026-03-05T09:00:01Z'))).toBe(
      true,
    );
    expect(isStageOverdue(verifying, DEFAULT_ASSOCIATION_CONFIG, new Date('2026-03-05T08:59:59Z'))).toBe(
      false,
    );
    const committee = {
      ...verifying,
      status: 'in_committee' as const,
      decisionDays: 21,
      history: [...verifying.history, entry('in_committee', '2026-03-03T09:00:00.000Z')],
    };
    expect(stageDueAt(committee, DEFAULT_ASSOCIATION_CONFIG)).toBe('2026-03-24T09:00:00.000Z');
    expect(stageDueAt({ ...verifying, status: 'closed' as never }, DEFAULT_ASSOCIATION_CONFIG)).toBeNull();
  });

  it('flags a request late at its stage in the staff queue', async () => {
    let now = new Date('2026-03-01T09:00:00Z');
    const backend = createMemoryAdapter({
      staffKeys: { officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' } },
      now: () => now,
    });
    const receipt = await backend.submit(
      'support-request',
      await exampleSupportRequestSubmission({ signedAt: new Date('2026-03-01T08:59:00Z') }),
      { idempotencyKey: 'stage-late-1' },
    );
    const officer = backend.staff({ key: 'officer' });
    const [fresh] = await officer.listRequests();
    expect(fresh).toMatchObject({ stageDueAt: '2026-03-03T09:00:00.000Z', stageOverdue: false });
    now = new Date('2026-03-04T09:00:00Z');
    const [late] = await officer.listRequests();
    expect(late).toMatchObject({ reference: receipt.reference, stageOverdue: true, overdue: false });
  });
});
