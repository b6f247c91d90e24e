import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSOCIATION_CONFIG } from '../config/associationConfig';
import { exampleSupportRequestSubmission } from '../examples/exampleSubmission';
import { createMemoryAdapter } from '../storage/createMemoryAdapter';
import { isStorageError } from '../storage/StorageError';
import { checklistBlocking, parseMissingItems } from './verification';

const staffKeys = { officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' as const } };

async function verifying(config = DEFAULT_ASSOCIATION_CONFIG) {
  const backend = createMemoryAdapter({ staffKeys, config });
  const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
    idempotencyKey: 'verification-1',
  });
  const officer = backend.staff({ key: 'officer' });
  await officer.transition(receipt.reference, { to: 'verifying' });
  return { backend, officer, receipt };
}

async function refusal(work: () => unknown) {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('verification before the committee', () => {
  it('names the items not ticked, only for forms the committee decides, unless the association waives it', () => {
    const request = { form: 'support-request' as const, checklist: { identity: true, iban: false } };
    expect(checklistBlocking(DEFAULT_ASSOCIATION_CONFIG, request)).toEqual([
      'family',
      'income',
      'housing',
      'iban',
    ]);
    expect(checklistBlocking(DEFAULT_ASSOCIATION_CONFIG, { ...request, form: 'inquiry' })).toEqual([]);
    expect(
      checklistBlocking(
        { ...DEFAULT_ASSOCIATION_CONFIG, verification: { completeBeforeCommittee: false } },
        request,
      ),
    ).toEqual([]);
  });

  it('keeps a request from the committee until every item is ticked, saying which', async () => {
    const { officer, receipt } = await verifying();
    const error = await refusal(() => officer.transition(receipt.reference, { to: 'in_committee' }));
    expect(isStorageError(error) && error.code).toBe('invalid_transition');
    expect(isStorageError(error) && error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['checklist.identity', 'checklist.incomplete'],
      ['checklist.family', 'checklist.incomplete'],
      ['checklist.income', 'checklist.incomplete'],
      ['checklist.housing', 'checklist.incomplete'],
      ['checklist.iban', 'checklist.incomplete'],
    ]);
    await officer.updateChecklist(receipt.reference, {
      identity: true,
      family: true,
      income: true,
      housing: true,
      iban: true,
    });
    expect((await officer.transition(receipt.reference, { to: 'in_committee' })).status).toBe('in_committee');
  });

  it('sends a request back to her only with the list of what is missing, which her status shows', async () => {
    const { backend, officer, receipt } = await verifying();
    const error = await refusal(() => officer.transition(receipt.reference, { to: 'needs_information' }));
    expect(isStorageError(error) && error.issues[0]?.code).toBe('missing.required');
    const unknown = await refusal(() =>
      officer.transition(receipt.reference, { to: 'needs_information', missing: ['passport'] }),
    );
    expect(isStorageError(unknown) && unknown.code).toBe('validation_failed');
    const back = await officer.transition(receipt.reference, {
      to: 'needs_information',
      missing: ['family_card', 'income', 'family_card'],
      note: 'سجل الأسرة لا يظهر الابنة الصغرى',
    });
    expect(back.history.at(-1)).toMatchObject({
      to: 'needs_information',
      missing: ['family_card', 'income'],
    });
    const status = await backend.getStatus(receipt.reference, receipt.accessToken);
    expect(status?.history.at(-1)).toEqual({
      state: 'needs_information',
      at: expect.any(String),
      missing: ['family_card', 'income'],
    });
    // Her status carries ids, never the staff's note.
    expect(JSON.stringify(status)).not.toContain('سجل الأسرة لا يظهر');
  });

  it('reads a missing list of configured ids only, one to fifty', () => {
    expect(parseMissingItems(DEFAULT_ASSOCIATION_CONFIG, ['id_copy', 'identity'])).toEqual([
      'id_copy',
      'identity',
    ]);
    expect(parseMissingItems(DEFAULT_ASSOCIATION_CONFIG, [])).toBeNull();
    expect(parseMissingItems(DEFAULT_ASSOCIATION_CONFIG, 'id_copy')).toBeNull();
    expect(parseMissingItems(DEFAULT_ASSOCIATION_CONFIG, ['__proto__'])).toBeNull();
    expect(parseMissingItems(DEFAULT_ASSOCIATION_CONFIG, Array(51).fill('id_copy'))).toBeNull();
  });
});
