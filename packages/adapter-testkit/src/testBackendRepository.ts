import {
  type AuditNote,
  type BackendRepository,
  isStorageError,
  type StoredAttachment,
  type StoredNotification,
  type StoredRequest,
  type StoredSurveyResponse,
} from '@mord/core';
import { describe, expect, it } from 'vitest';
import { ARABIC_SAMPLE } from './fixtures';
import { refusal } from './refusal';

/** What the suite works on: a fresh repository, and a second one over the same data when there is one. */
export interface RepositoryUnderTest {
  repository: BackendRepository;
  /**
   * Another instance over the same database (another process, another connection pool): the paths that
   * must hold across processes — "key already taken", "changed meanwhile", "used once" — are raced through
   * both. Omit it for a store that lives in one process only.
   */
  second?: BackendRepository;
  /** Releases what the test opened. */
  dispose?: () => void | Promise<void>;
}

/** Options of {@link testBackendRepository}. */
export interface BackendRepositorySuiteOptions {
  /** Shown in the suite title. */
  name: string;
  /** Makes a fresh, empty repository; called once per test. */
  create: () => RepositoryUnderTest | Promise<RepositoryUnderTest>;
}

let sequence = 0;
/** A reference no other test uses. */
const nextReference = () =>
  `MRD-T${String(++sequence).padStart(4, '0')}-${Math.random().toString(36).slice(2, 7).toUpperCase()}`;

/** A stored request as the service writes one: Arabic text with bidi characters in its JSON. */
export function storedRequest(overrides: Partial<StoredRequest> = {}): StoredRequest {
  const submittedAt = overrides.submittedAt ?? '2026-03-01T09:00:00.000Z';
  return {
    reference: nextReference(),
    form: 'support-request',
    data: {
      applicant: { firstName: 'فاطمة', familyName: 'القحطاني' },
      request: { supportTypes: ['training'], description: ARABIC_SAMPLE },
      attachments: [],
    },
    decisionDays: 14,
    channel: 'website',
    locale: 'ar',
    status: 'submitted',
    history: [
      { from: null, to: 'submitted', at: submittedAt, actor: { id: 'applicant', role: 'applicant' } },
    ],
    submittedAt,
    tokenHash: 'a'.repeat(64),
    checklist: {},
    ...overrides,
  };
}

const note = (text: string, at = '2026-03-02T10:00:00.000Z'): AuditNote => ({
  at,
  actor: { id: 'staff_1', role: 'relations_officer' },
  note: text,
});

function attachment(overrides: Partial<StoredAttachment> = {}): StoredAttachment {
  return {
    id: `att_${Math.random().toString(36).slice(2, 14)}`,
    sha256: 'b'.repeat(64),
    size: 1000,
    mediaType: 'application/pdf',
    name: 'هوية.pdf',
    form: 'support-request',
    grantId: 'grant_1',
    reference: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

function response(overrides: Partial<StoredSurveyResponse> = {}): StoredSurveyResponse {
  return {
    id: `res_${Math.random().toString(36).slice(2, 12)}`,
    answers: { csat: 5, courtesy: 4, remarks: ARABIC_SAMPLE },
    receivedAt: '2026-03-10T12:00:00.000Z',
    ...overrides,
  };
}

/**
 * The `BackendRepository` conformance suite: run it against any repository (memory, SQLite, PostgreSQL, your
 * own). It turns the atomicity the contract's JSDoc promises into tests — one record per idempotency key,
 * compare-and-set transitions, a survey link and an open-survey nonce used once — racing them through a
 * second instance over the same database when one is given, and checks round trips of Arabic text, order
 * and paging, attachments' life and erasure.
 * @example testBackendRepository({ name: 'memory', create: () => ({ repository: createMemoryRepository() }) })
 */
export function testBackendRepository(options: BackendRepositorySuiteOptions): void {
  const withRepository =
    (test: (subject: RepositoryUnderTest & { other: BackendRepository }) => Promise<void>) => async () => {
      const subject = await options.create();
      try {
        await test({ ...subject, other: subject.second ?? subject.repository });
      } finally {
        await subject.dispose?.();
      }
    };

  describe(`BackendRepository: ${options.name}`, () => {
    it(
      'stores a request and reads it back exactly, Arabic and bidi characters included',
      withRepository(async ({ repository, other }) => {
        const request = storedRequest({
          assisted: {
            staffId: 's1',
            staffName: 'منيرة',
            staffRole: 'relations_officer',
            branch: 'riyadh',
            checklist: { identity: true },
          },
          checklist: { identity: true, iban: false },
        });
        expect(await repository.insertRequest(request, { key: 'k1', bodyDigest: 'd1' })).toBeNull();
        expect(await other.getRequest(request.reference)).toEqual(request);
        expect(await repository.findIdempotency('k1')).toEqual({
          bodyDigest: 'd1',
          reference: request.reference,
        });
        expect(await repository.getRequest('MRD-NONE0-NONE0')).toBeNull();
        expect(await repository.findIdempotency('unknown')).toBeNull();
      }),
    );

    it(
      'never stores a second request under a key already taken, also from another instance',
      withRepository(async ({ repository, other }) => {
        const first = storedRequest();
        const second = storedRequest();
        expect(await repository.insertRequest(first, { key: 'same', bodyDigest: 'd1' })).toBeNull();
        expect(await other.insertRequest(second, { key: 'same', bodyDigest: 'd2' })).toEqual({
          bodyDigest: 'd1',
          reference: first.reference,
        });
        expect(await repository.getRequest(second.reference)).toBeNull();
      }),
    );

    it(
      'lets exactly one of concurrent submissions under one key through',
      withRepository(async ({ repository, other }) => {
        const requests = Array.from({ length: 6 }, () => storedRequest());
        const results = await Promise.all(
          requests.map((request, i) =>
            (i % 2 ? other : repository).insertRequest(request, { key: 'race', bodyDigest: 'd' }),
          ),
        );
        const winners = results.filter((result) => result === null);
        expect(winners).toHaveLength(1);
        const winner = requests[results.indexOf(null)]!;
        for (const result of results) if (result) expect(result.reference).toBe(winner.reference);
        const stored = await Promise.all(requests.map((request) => repository.getRequest(request.reference)));
        expect(stored.filter(Boolean)).toHaveLength(1);
      }),
    );

    it(
      'links the cited attachments with the request, or stores nothing when one was linked meanwhile',
      withRepository(async ({ repository, other }) => {
        const free = attachment();
        const taken = attachment();
        await repository.insertAttachment(free);
        await repository.insertAttachment(taken);
        const owner = storedRequest();
        expect(await other.insertRequest(owner, { key: 'owner', bodyDigest: 'd' }, [taken.id])).toBeNull();
        const late = storedRequest();
        const error = await refusal(() =>
          repository.insertRequest(late, { key: 'late', bodyDigest: 'd' }, [free.id, taken.id]),
        );
        expect(isStorageError(error) && error.code).toBe('validation_failed');
        // All or nothing: no request, no key, and the free file is still free.
        expect(await repository.getRequest(late.reference)).toBeNull();
        expect(await repository.findIdempotency('late')).toBeNull();
        expect((await repository.getAttachment(free.id))?.reference).toBeNull();
        expect((await repository.getAttachment(taken.id))?.reference).toBe(owner.reference);
      }),
    );

    it(
      'moves a state only from the state it is in: a stale move changes nothing, a race has one winner',
      withRepository(async ({ repository, other }) => {
        const request = storedRequest();
        await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' });
        const entry = (to: StoredRequest['status'], id: string) => ({
          from: 'submitted' as const,
          to,
          at: '2026-03-02T10:00:00.000Z',
          actor: { id, role: 'relations_officer' as const },
          note: 'بدأ التحقق',
        });
        const results = await Promise.all([
          repository.saveTransition(request.reference, 'submitted', entry('verifying', 'a')),
          other.saveTransition(request.reference, 'submitted', entry('withdrawn', 'b')),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        const after = await repository.getRequest(request.reference);
        expect(after?.history).toHaveLength(2);
        expect(after?.status).toBe(after?.history[1]?.to);
        expect(after?.history[1]?.note).toBe('بدأ التحقق');
        expect(await repository.saveTransition(request.reference, 'submitted', entry('closed', 'c'))).toBe(
          false,
        );
        expect(await repository.saveTransition('MRD-NONE0-NONE0', 'submitted', entry('closed', 'c'))).toBe(
          false,
        );
      }),
    );

    it(
      'assigns a request with a move or on its own, lists by assignee, and unassigns',
      withRepository(async ({ repository, other }) => {
        const first = storedRequest({ submittedAt: '2026-03-01T09:00:00.000Z' });
        const second = storedRequest({ submittedAt: '2026-03-02T09:00:00.000Z' });
        for (const request of [first, second])
          await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' });
        const researcher = { id: 'staff_r1', name: 'منيرة العتيبي' };
        const referral = {
          from: 'submitted' as const,
          to: 'verifying' as const,
          at: '2026-03-02T10:00:00.000Z',
          actor: { id: 'staff_1', role: 'relations_officer' as const },
          assignee: researcher,
          question: 'هل السكن مستأجر؟',
        };
        expect(await repository.saveTransition(first.reference, 'submitted', referral, researcher)).toBe(
          true,
        );
        expect(await other.saveAssignee(second.reference, researcher, note('assigned: staff_r1'))).toBe(true);
        const mine = (await repository.listRequests({ assignee: researcher.id })).map((r) => r.reference);
        expect(mine).toEqual([first.reference, second.reference]);
        const after = await repository.getRequest(first.reference);
        expect(after?.assignee).toEqual(researcher);
        expect(after?.history[1]).toMatchObject({ assignee: researcher, question: 'هل السكن مستأجر؟' });
        // A move that leaves the assignee undefined keeps it; null clears it.
        const next = { ...referral, from: 'verifying' as const, to: 'needs_information' as const };
        await repository.saveTransition(first.reference, 'verifying', next);
        expect((await repository.getRequest(first.reference))?.assignee).toEqual(researcher);
        await repository.saveTransition(
          first.reference,
          'needs_information',
          { ...next, to: 'withdrawn' },
          null,
        );
        expect((await repository.getRequest(first.reference))?.assignee ?? null).toBeNull();
        await other.saveAssignee(second.reference, null, note('unassigned'));
        expect(await repository.listRequests({ assignee: researcher.id })).toEqual([]);
        expect(await repository.saveAssignee('MRD-NONE0-NONE0', researcher, note('assigned'))).toBe(false);
      }),
    );

    it(
      'writes messages with the change that causes them, one per event, and lets one worker claim each',
      withRepository(async ({ repository, other }) => {
        const request = storedRequest();
        const message = (id: string, at = '2026-03-01T09:00:00.000Z'): StoredNotification => ({
          id,
          reference: request.reference,
          kind: 'received',
          channel: 'email',
          to: 'hind@example.org',
          locale: 'ar',
          subject: 'استلمنا طلبكِ',
          text: ARABIC_SAMPLE,
          html: `<p dir="rtl">${ARABIC_SAMPLE}</p>`,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at,
        });
        await repository.insertRequest(
          request,
          { key: request.reference, bodyDigest: 'd' },
          [],
          [message(`received:${request.reference}`)],
        );
        const entry = {
          from: 'submitted' as const,
          to: 'withdrawn' as const,
          at: '2026-03-02T09:00:00.000Z',
          actor: { id: 'applicant', role: 'applicant' as const },
        };
        // A move that does not happen writes no message; the same event id is kept once.
        expect(
          await repository.saveTransition(request.reference, 'verifying', entry, undefined, [
            message('never'),
          ]),
        ).toBe(false);
        expect(
          await repository.saveTransition(request.reference, 'submitted', entry, undefined, [
            message('withdrawn:1', '2026-03-02T09:00:00.000Z'),
            message('withdrawn:1', '2026-03-02T09:00:00.000Z'),
          ]),
        ).toBe(true);
        expect((await repository.listNotifications(request.reference)).map((m) => m.id)).toEqual([
          `received:${request.reference}`,
          'withdrawn:1',
        ]);
        // Two workers at once: each message is claimed by one of them.
        const lease = '2026-03-03T09:05:00.000Z';
        const [a, b] = await Promise.all([
          repository.claimNotifications('2026-03-03T09:00:00.000Z', 10, lease),
          other.claimNotifications('2026-03-03T09:00:00.000Z', 10, lease),
        ]);
        expect([...a, ...b].map((m) => m.id).sort()).toEqual(
          [`received:${request.reference}`, 'withdrawn:1'].sort(),
        );
        expect([...a, ...b][0]).toMatchObject({
          text: ARABIC_SAMPLE,
          subject: 'استلمنا طلبكِ',
          to: 'hind@example.org',
        });
        expect(await repository.claimNotifications('2026-03-03T09:01:00.000Z', 10, lease)).toEqual([]);
        await repository.recordDelivery(`received:${request.reference}`, {
          status: 'sent',
          sentAt: '2026-03-03T09:00:01.000Z',
          providerId: '250 OK',
          attempts: 1,
        });
        await repository.recordDelivery('withdrawn:1', {
          status: 'pending',
          nextAttemptAt: '2026-03-03T09:10:00.000Z',
          lastError: 'connection refused',
          attempts: 1,
        });
        // After the lease, only the message that was not sent comes back.
        const again = await repository.claimNotifications(
          '2026-03-03T09:10:00.000Z',
          10,
          '2026-03-03T09:15:00.000Z',
        );
        expect(again.map((m) => [m.id, m.attempts, m.lastError])).toEqual([
          ['withdrawn:1', 1, 'connection refused'],
        ]);
        const [sent] = await repository.listNotifications(request.reference);
        expect(sent).toMatchObject({
          status: 'sent',
          providerId: '250 OK',
          sentAt: '2026-03-03T09:00:01.000Z',
        });
        // Erased: what the messages said and where they went is gone; a pending one never goes.
        await repository.eraseRequest(request.reference, {}, note('erased'));
        const erased = await repository.listNotifications(request.reference);
        expect(erased.map((m) => [m.status, m.to, m.text])).toEqual([
          ['sent', '', ''],
          ['failed', '', ''],
        ]);
      }),
    );

    it(
      'runs the queue in the store: need-to-know scope, filters, search terms, order, paging and counts',
      withRepository(async ({ repository }) => {
        const at = (day: string) => `2026-03-${day}T09:00:00.000Z`;
        const officerMove = (to: StoredRequest['status'], id: string) => ({
          from: 'submitted' as const,
          to,
          at: at('20'),
          actor: { id, role: 'relations_officer' as const },
        });
        const fresh = storedRequest({
          submittedAt: at('01'),
          data: {
            applicant: { firstName: 'فاطمه', familyName: 'القحطاني', idNumber: '1000000008' },
            contact: { mobile: '+966551234567' },
          },
        });
        const committee = storedRequest({
          submittedAt: at('02'),
          status: 'in_committee',
          channel: 'phone',
          assisted: { staffId: 's9', staffName: 'منيرة', branch: 'north', checklist: {} },
          history: [
            { from: null, to: 'submitted', at: at('02'), actor: { id: 'applicant', role: 'applicant' } },
            officerMove('in_committee', 'officer_1'),
          ],
        });
        const inquiry = storedRequest({ submittedAt: at('03'), form: 'inquiry', data: { name: 'نورة' } });
        const assigned = storedRequest({
          submittedAt: at('04'),
          status: 'accepted',
          assignee: { id: 'researcher_1', name: 'هيفاء' },
        });
        for (const request of [fresh, committee, inquiry, assigned])
          await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' });
        await repository.saveAssignee(
          assigned.reference,
          { id: 'researcher_1', name: 'هيفاء' },
          note('assigned'),
        );
        const refs = async (query: Parameters<BackendRepository['listQueue']>[0]) =>
          (await repository.listQueue(query)).map((row) => row.reference);

        expect(await refs({ scope: 'all' })).toEqual([
          fresh.reference,
          committee.reference,
          inquiry.reference,
          assigned.reference,
        ]);
        // The same clauses core's readScope writes: messages, intake states, acted on, entered, assigned.
        expect(await refs({ scope: [{ forms: ['inquiry'] }, { states: ['submitted'] }] })).toEqual([
          fresh.reference,
          inquiry.reference,
        ]);
        expect(await refs({ scope: [{ actedOn: 'officer_1' }] })).toEqual([committee.reference]);
        expect(await refs({ scope: [{ forms: ['support-request'], entered: 'in_committee' }] })).toEqual([
          committee.reference,
        ]);
        expect(await refs({ scope: [{ assignee: 'researcher_1' }] })).toEqual([assigned.reference]);
        expect(await refs({ scope: [] })).toEqual([]);
        // Filters, order and paging.
        expect(await refs({ scope: 'all', channel: 'phone' })).toEqual([committee.reference]);
        expect(await refs({ scope: 'all', branch: 'north' })).toEqual([committee.reference]);
        expect(await refs({ scope: 'all', newestFirst: true, limit: 2, offset: 1 })).toEqual([
          inquiry.reference,
          committee.reference,
        ]);
        // Search terms against the stored name, ID, mobile and reference — never the data itself.
        const search = (
          id: string | null,
          mobile: string | null,
          nameKey: string | null,
          reference = '~',
        ) => ({
          reference,
          idNumber: id,
          mobile,
          nameKey,
        });
        expect(await refs({ scope: 'all', search: search('1000000008', null, null) })).toEqual([
          fresh.reference,
        ]);
        expect(await refs({ scope: 'all', search: search(null, '+966551234567', null) })).toEqual([
          fresh.reference,
        ]);
        expect(await refs({ scope: 'all', search: search(null, null, 'نوره') })).toEqual([inquiry.reference]);
        expect(
          await refs({ scope: 'all', search: search(null, null, null, committee.reference.slice(-5)) }),
        ).toEqual([committee.reference]);
        const [row] = await repository.listQueue({ scope: 'all', limit: 1 });
        expect(row).toMatchObject({ reference: fresh.reference, name: 'فاطمه القحطاني' });
        expect(row).not.toHaveProperty('data');
        expect(row).not.toHaveProperty('tokenHash');
        expect(await repository.countQueue({ scope: 'all' })).toEqual({
          submitted: 2,
          in_committee: 1,
          accepted: 1,
        });
        expect(await repository.countQueue({ scope: [{ forms: ['inquiry'] }] })).toEqual({ submitted: 1 });
      }),
    );

    it(
      'lists requests in submission order, filtered by form and state, paged',
      withRepository(async ({ repository }) => {
        const times = ['2026-03-03', '2026-03-01', '2026-03-02', '2026-03-01'];
        const requests = times.map((day, i) =>
          storedRequest({
            submittedAt: `${day}T09:00:00.000Z`,
            reference: `MRD-ORD0${i}-AAAAA`,
            ...(i === 2 ? { form: 'inquiry' as const, data: { name: 'نورة' } } : {}),
          }),
        );
        for (const request of requests)
          await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' });
        const all = (await repository.listRequests({})).map((r) => r.reference);
        expect(all).toEqual(['MRD-ORD01-AAAAA', 'MRD-ORD03-AAAAA', 'MRD-ORD02-AAAAA', 'MRD-ORD00-AAAAA']);
        expect((await repository.listRequests({ limit: 2, offset: 1 })).map((r) => r.reference)).toEqual(
          all.slice(1, 3),
        );
        expect((await repository.listRequests({ form: 'inquiry' })).map((r) => r.reference)).toEqual([
          'MRD-ORD02-AAAAA',
        ]);
        expect(await repository.listRequests({ status: 'closed' })).toEqual([]);
      }),
    );

    it(
      'saves the checklist and a re-issued access code',
      withRepository(async ({ repository, other }) => {
        const request = storedRequest();
        await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' });
        await repository.saveChecklist(
          request.reference,
          { identity: true, income: false },
          note('checklist: identity=yes'),
        );
        await other.reissueAccessCode(request.reference, 'c'.repeat(64), 1, note('access code re-issued'));
        const after = await repository.getRequest(request.reference);
        expect(after?.checklist).toEqual({ identity: true, income: false });
        expect(after?.tokenHash).toBe('c'.repeat(64));
        expect(after?.accessVersion).toBe(1);
      }),
    );

    it(
      'counts, lists and deletes attachments no request cites, never one that is linked',
      withRepository(async ({ repository }) => {
        const old = attachment({ createdAt: '2026-03-01T00:00:00.000Z', size: 10 });
        const older = attachment({ createdAt: '2026-02-01T00:00:00.000Z', size: 20, grantId: 'grant_2' });
        const recent = attachment({ createdAt: '2026-03-09T00:00:00.000Z', size: 40 });
        for (const file of [old, older, recent]) await repository.insertAttachment(file);
        expect(await repository.getAttachment(old.id)).toEqual(old);
        expect(await repository.attachmentUsage({ grantId: 'grant_1' })).toEqual({ count: 2, bytes: 50 });
        expect(await repository.attachmentUsage({ unlinked: true })).toEqual({ count: 3, bytes: 70 });
        expect(await repository.listUnlinkedAttachments('2026-03-05T00:00:00.000Z', 10)).toEqual([
          older.id,
          old.id,
        ]);
        expect(await repository.listUnlinkedAttachments('2026-03-05T00:00:00.000Z', 1)).toEqual([older.id]);
        const request = storedRequest();
        await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' }, [old.id]);
        await repository.deleteUnlinkedAttachments([old.id, older.id]);
        expect((await repository.getAttachment(old.id))?.reference).toBe(request.reference);
        expect(await repository.getAttachment(older.id)).toBeNull();
        expect(await repository.attachmentUsage({ unlinked: true })).toEqual({ count: 1, bytes: 40 });
      }),
    );

    it(
      'erases a request: the stub stays, the declaration, code, notes and documents go, answers are unlinked',
      withRepository(async ({ repository }) => {
        const file = attachment();
        await repository.insertAttachment(file);
        const request = storedRequest({
          history: [
            {
              from: null,
              to: 'submitted',
              at: '2026-03-01T09:00:00.000Z',
              actor: { id: 'applicant', role: 'applicant' },
            },
          ],
        });
        await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' }, [file.id]);
        await repository.saveTransition(request.reference, 'submitted', {
          from: 'submitted',
          to: 'verifying',
          at: '2026-03-02T09:00:00.000Z',
          actor: { id: 's1', role: 'relations_officer' },
          note: 'اتصلت بها',
        });
        await repository.createInvitation('h'.repeat(64), request.reference, '2026-03-05T00:00:00.000Z');
        await repository.useInvitation(
          'h'.repeat(64),
          response({ reference: request.reference, comment: 'شكرًا' }),
        );
        const removed = await repository.eraseRequest(
          request.reference,
          { request: { supportTypes: ['training'] } },
          note('erased', '2026-04-01T00:00:00.000Z'),
        );
        expect(removed).toEqual([file.id]);
        const after = await repository.getRequest(request.reference);
        expect(after?.data).toEqual({ request: { supportTypes: ['training'] } });
        expect(after?.declaration).toBeUndefined();
        expect(after?.tokenHash).toBe('');
        expect(after?.erasedAt).toBe('2026-04-01T00:00:00.000Z');
        expect(after?.history.map((entry) => entry.note)).toEqual([undefined, undefined]);
        expect(await repository.getAttachment(file.id)).toBeNull();
        const [answer] = await repository.listResponses({});
        expect(answer?.reference).toBeUndefined();
        expect(answer?.comment).toBeUndefined();
        expect(await repository.eraseRequest('MRD-NONE0-NONE0', {}, note('erased'))).toEqual([]);
      }),
    );

    it(
      'uses a survey invitation once, also when two answers race',
      withRepository(async ({ repository, other }) => {
        const request = storedRequest();
        await repository.insertRequest(request, { key: request.reference, bodyDigest: 'd' });
        await repository.createInvitation('t'.repeat(64), request.reference, '2026-03-05T00:00:00.000Z');
        // Recording it again (a re-sent link) changes nothing.
        await other.createInvitation('t'.repeat(64), request.reference, '2026-03-06T00:00:00.000Z');
        expect(await repository.getInvitation('t'.repeat(64))).toEqual({
          reference: request.reference,
          usedAt: null,
          createdAt: '2026-03-05T00:00:00.000Z',
        });
        const results = await Promise.all([
          repository.useInvitation('t'.repeat(64), response()),
          other.useInvitation('t'.repeat(64), response()),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await repository.listResponses({})).toHaveLength(1);
        expect((await repository.getInvitation('t'.repeat(64)))?.usedAt).toBe('2026-03-10T12:00:00.000Z');
        expect(await repository.useInvitation('u'.repeat(64), response())).toBe(false);
        expect(await repository.getInvitation('u'.repeat(64))).toBeNull();
      }),
    );

    it(
      'uses an open-survey nonce once, also when two answers race',
      withRepository(async ({ repository, other }) => {
        const results = await Promise.all([
          repository.useSurveyNonce('n'.repeat(64), '2026-03-10'),
          other.useSurveyNonce('n'.repeat(64), '2026-03-10'),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await repository.useSurveyNonce('m'.repeat(64), '2026-03-10')).toBe(true);
      }),
    );

    it(
      'keeps survey answers with their Arabic text and lists them by date',
      withRepository(async ({ repository }) => {
        const early = response({
          receivedAt: '2026-03-01',
          channel: 'phone',
          serviceType: 'training',
          comment: ARABIC_SAMPLE,
          branch: 'riyadh_north',
        });
        const late = response({ receivedAt: '2026-03-20T08:00:00.000Z' });
        await repository.insertResponse(early);
        await repository.insertResponse(late);
        expect(await repository.listResponses({ from: '2026-03-01', to: '2026-03-10' })).toEqual([early]);
        expect((await repository.listResponses({ from: '2026-03-15' })).map((r) => r.id)).toEqual([late.id]);
      }),
    );
  });
}
