import {
  createDeclarationRecord,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  type DeclarationRecord,
  GENERAL_SURVEY_TOKEN,
  isReference,
  isStorageError,
  type SigningContext,
  type StaffApi,
  type StaffRole,
  type StorageErrorCode,
  type SubmissionBackend,
  VERIFICATION_CHECKLIST,
  validationMessage,
} from '@mord/core';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_SAMPLE,
  createInquirySubmission,
  createSupportRequestSubmission,
  createSurveyResponse,
  createVolunteerSubmission,
  FILE_SAMPLES,
  jpegScriptPolyglot,
  pngWithTrailer,
} from './fixtures';

/** A backend under test and the staff keys it accepts, one per role. */
export interface BackendUnderTest {
  backend: SubmissionBackend;
  staffKeys?: Partial<Record<StaffRole, string>>;
}

/** Her declaration, signed through a link, over some data: the signer and method of an example record. */
function signatureOver(context: SigningContext, data: unknown, example: DeclarationRecord) {
  return createDeclarationRecord({
    data,
    textId: 'support-request',
    locale: context.locale,
    signerName: example.signerName,
    method: 'typed',
    decisionDays: context.decisionDays,
    decisionWording: context.decisionWording,
  });
}

/** Every default checklist item ticked: what an officer saves before a request goes to the committee. */
const CHECKLIST_COMPLETE = Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true]));

/** Options of {@link testSubmissionBackend}. */
export interface SubmissionBackendSuiteOptions {
  /** Shown in the suite title. */
  name: string;
  /** Makes a fresh, empty backend; called once per test. */
  create: () => BackendUnderTest | Promise<BackendUnderTest>;
  dispose?: (subject: BackendUnderTest) => void | Promise<void>;
  /** Attachment size limit the backend enforces. @default 10 MB */
  maxAttachmentBytes?: number;
}

type Capability = 'attachments' | 'surveys' | 'staff' | 'signing' | 'withdrawal' | 'replies';

let keyCounter = 0;
/** A fresh idempotency key. */
export function newIdempotencyKey(): string {
  keyCounter += 1;
  return `idem-${Date.now().toString(36)}-${keyCounter}-${Math.random().toString(36).slice(2)}`;
}

/** Calls an adapter method (sync or async) and returns the StorageError it failed with. */
async function rejection(
  call: () => unknown,
): Promise<{ code: StorageErrorCode; issues: { path: string; code: string; message: string }[] }> {
  try {
    await call();
  } catch (error) {
    if (isStorageError(error)) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('Expected the call to fail with a StorageError');
}

/**
 * The submission-backend conformance suite: receipts, idempotency (also under concurrent submits),
 * validation with localised issues, declarations, status privacy, surveys, attachments and the staff
 * workflow. Each test gets a fresh backend; undeclared capabilities are reported as skipped tests.
 * @example testSubmissionBackend({ name: 'memory', create: () => ({ backend: createMemoryAdapter({ staffKeys }), staffKeys: … }) })
 */
export function testSubmissionBackend(options: SubmissionBackendSuiteOptions): void {
  const maxBytes = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const run =
    (test: (subject: BackendUnderTest) => Promise<void>, needs: Capability[] = []) =>
    async (context: { skip: (note?: string) => void }) => {
      const subject = await options.create();
      try {
        for (const capability of needs) {
          if (!subject.backend.capabilities?.[capability])
            context.skip(`${options.name} does not declare '${capability}'`);
        }
        await test(subject);
      } finally {
        await options.dispose?.(subject);
      }
    };

  async function staff(subject: BackendUnderTest, role: StaffRole): Promise<StaffApi> {
    const key = subject.staffKeys?.[role];
    if (!key || !subject.backend.staff) throw new Error(`The suite needs a staff key for ${role}`);
    return subject.backend.staff({ key });
  }

  async function submitted(subject: BackendUnderTest) {
    const payload = await createSupportRequestSubmission();
    return subject.backend.submit('support-request', payload, { idempotencyKey: newIdempotencyKey() });
  }

  describe(`SubmissionBackend conformance: ${options.name}`, () => {
    it(
      'returns a receipt with a readable reference, a secret token and the decision date',
      run(async ({ backend }) => {
        const receipt = await backend.submit('support-request', await createSupportRequestSubmission(), {
          idempotencyKey: newIdempotencyKey(),
        });
        expect(isReference(receipt.reference)).toBe(true);
        expect(receipt.accessToken.length).toBeGreaterThanOrEqual(20);
        expect(receipt.status).toBe('submitted');
        expect(Number.isNaN(Date.parse(receipt.submittedAt))).toBe(false);
        const days = (Date.parse(receipt.decisionDueAt!) - Date.parse(receipt.submittedAt)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(1);
      }),
    );

    it(
      'returns the same receipt for the same key and body, and never records twice',
      run(async (subject) => {
        const payload = await createSupportRequestSubmission();
        const idempotencyKey = newIdempotencyKey();
        const first = await subject.backend.submit('support-request', payload, { idempotencyKey });
        const second = await subject.backend.submit('support-request', structuredClone(payload), {
          idempotencyKey,
        });
        expect(second).toEqual(first);
      }),
    );

    it(
      'stores one request for a key sent twice and eight times at once (as staff see it)',
      run(
        async (subject) => {
          const payload = await createSupportRequestSubmission();
          const once = newIdempotencyKey();
          for (let i = 0; i < 2; i++)
            await subject.backend.submit('support-request', structuredClone(payload), {
              idempotencyKey: once,
            });
          const together = newIdempotencyKey();
          await Promise.all(
            Array.from({ length: 8 }, () =>
              subject.backend.submit('support-request', structuredClone(payload), {
                idempotencyKey: together,
              }),
            ),
          );
          expect(await (await staff(subject, 'relations_officer')).listRequests()).toHaveLength(2);
        },
        ['staff'],
      ),
    );

    it(
      'keeps one record when the same key is submitted concurrently',
      run(async (subject) => {
        const payload = await createSupportRequestSubmission();
        const idempotencyKey = newIdempotencyKey();
        const receipts = await Promise.all(
          Array.from({ length: 8 }, () =>
            subject.backend.submit('support-request', structuredClone(payload), { idempotencyKey }),
          ),
        );
        for (const receipt of receipts) expect(receipt).toEqual(receipts[0]);
      }),
    );

    it(
      'refuses the same key with a different body',
      run(async ({ backend }) => {
        const idempotencyKey = newIdempotencyKey();
        await backend.submit('support-request', await createSupportRequestSubmission(), { idempotencyKey });
        const other = await createSupportRequestSubmission({
          mutate: (d) => {
            d.address.district = 'الملقا';
          },
        });
        expect(
          (await rejection(() => backend.submit('support-request', other, { idempotencyKey }))).code,
        ).toBe('idempotency_conflict');
      }),
    );

    it(
      'gives different requests different references',
      run(async (subject) => {
        const a = await submitted(subject);
        const b = await submitted(subject);
        expect(a.reference).not.toBe(b.reference);
        expect(a.accessToken).not.toBe(b.accessToken);
      }),
    );

    it(
      'refuses invalid data with issues in the submission’s language (Arabic by default)',
      run(async ({ backend }) => {
        const payload = await createSupportRequestSubmission();
        (payload.data as { contact: { mobile: string } }).contact.mobile = '123';
        const ar = await rejection(() =>
          backend.submit('support-request', payload, { idempotencyKey: newIdempotencyKey() }),
        );
        expect(ar.code).toBe('validation_failed');
        expect(ar.issues).toContainEqual({
          path: 'data.contact.mobile',
          code: 'mobile',
          message: validationMessage('mobile', 'ar'),
        });
        const en = await rejection(() =>
          backend.submit(
            'support-request',
            { ...payload, locale: 'en' },
            { idempotencyKey: newIdempotencyKey() },
          ),
        );
        expect(en.issues).toContainEqual({
          path: 'data.contact.mobile',
          code: 'mobile',
          message: validationMessage('mobile', 'en'),
        });
      }),
    );

    it(
      'refuses a support request without a declaration, or with data changed after signing',
      run(async ({ backend }) => {
        const { declaration: _omitted, ...unsigned } = await createSupportRequestSubmission();
        const missing = await rejection(() =>
          backend.submit('support-request', unsigned, { idempotencyKey: newIdempotencyKey() }),
        );
        expect(missing.code).toBe('validation_failed');
        expect(missing.issues[0]).toMatchObject({ path: 'declaration', code: 'declaration.required' });
        const tampered = await createSupportRequestSubmission();
        (tampered.data as { request: { description: string } }).request.description += ' (تم التعديل)';
        const changed = await rejection(() =>
          backend.submit('support-request', tampered, { idempotencyKey: newIdempotencyKey() }),
        );
        expect(changed.issues[0]).toMatchObject({ path: 'declaration', code: 'declaration.digest_mismatch' });
      }),
    );

    it(
      'shows the status with the right token only, without personal data',
      run(async (subject) => {
        const receipt = await submitted(subject);
        const view = await subject.backend.getStatus(receipt.reference, receipt.accessToken);
        expect(view).toMatchObject({
          reference: receipt.reference,
          form: 'support-request',
          status: 'submitted',
          overdue: false,
        });
        expect(view?.history).toEqual([{ state: 'submitted', at: receipt.submittedAt }]);
        const json = JSON.stringify(view);
        for (const secret of [
          'فاطمة',
          '1000000008',
          '+966551234567',
          'SA0380000000608010167519',
          receipt.accessToken,
        ]) {
          expect(json).not.toContain(secret);
        }
        expect(await subject.backend.getStatus(receipt.reference, 'wrong-token-wrong-token')).toBeNull();
        expect(await subject.backend.getStatus('MRD-1999-999999', receipt.accessToken)).toBeNull();
      }),
    );

    it(
      'receives inquiries and volunteer applications without a decision date',
      run(async ({ backend }) => {
        const inquiry = await backend.submit('inquiry', createInquirySubmission(), {
          idempotencyKey: newIdempotencyKey(),
        });
        const volunteer = await backend.submit('volunteer', createVolunteerSubmission('en'), {
          idempotencyKey: newIdempotencyKey(),
        });
        expect(inquiry).toMatchObject({ status: 'submitted', decisionDueAt: null });
        expect(volunteer).toMatchObject({ status: 'submitted', decisionDueAt: null });
        expect(inquiry.reference).not.toBe(volunteer.reference);
      }),
    );

    it(
      'round-trips Arabic free text with diacritics and Arabic-Indic digits, without bidi marks',
      run(
        async (subject) => {
          const payload = await createSupportRequestSubmission({
            mutate: (d) => {
              d.request.description = `${ARABIC_SAMPLE} أحتاج إلى دعم`;
            },
          });
          const receipt = await subject.backend.submit('support-request', payload, {
            idempotencyKey: newIdempotencyKey(),
          });
          const record = await (await staff(subject, 'relations_officer')).getRequest(receipt.reference);
          expect(record?.data).toEqual(payload.data);
          const data = record?.data as
            | { request: { description: string }; applicant: { idNumber: string } }
            | undefined;
          const description = data?.request.description ?? '';
          expect(description).toContain('عَبْدُ الرَّحْمٰنِ');
          expect(description).toContain('١٢٣ ۴۵۶');
          expect(data?.applicant.idNumber).toBe('1000000008');
          expect(description).not.toMatch(/[\u200E\u200F]/);
          expect(record?.verification).toEqual({
            valid: true,
            textMatches: true,
            digestMatches: true,
            officialText: true,
            signerMatches: true,
          });
        },
        ['staff'],
      ),
    );

    it(
      'takes one answer per open-survey form, refuses one without a form, and refuses bad answers',
      run(
        async (subject) => {
          const nonce = async () => (await subject.backend.getSurvey!(GENERAL_SURVEY_TOKEN))?.nonce;
          const first = await nonce();
          expect(typeof first).toBe('string');
          const general = await subject.backend.submitSurveyResponse(GENERAL_SURVEY_TOKEN, {
            ...createSurveyResponse(),
            anonymous: true,
            nonce: first,
          });
          expect(typeof general.id).toBe('string');
          const again = await rejection(() =>
            subject.backend.submitSurveyResponse(GENERAL_SURVEY_TOKEN, {
              ...createSurveyResponse(),
              anonymous: true,
              nonce: first,
            }),
          );
          expect(again.code).toBe('token_used');
          const without = await rejection(() =>
            subject.backend.submitSurveyResponse(GENERAL_SURVEY_TOKEN, {
              ...createSurveyResponse(),
              anonymous: true,
            }),
          );
          expect(without.code).toBe('forbidden');
          expect(
            (
              await rejection(() =>
                subject.backend.submitSurveyResponse('no-such-token-at-all', createSurveyResponse()),
              )
            ).code,
          ).toBe('not_found');
          const invalid = await rejection(async () =>
            subject.backend.submitSurveyResponse(GENERAL_SURVEY_TOKEN, {
              answers: { csat: 9 },
              anonymous: true,
              nonce: await nonce(),
            }),
          );
          expect(invalid.code).toBe('validation_failed');
        },
        ['surveys'],
      ),
    );

    it(
      'stores PDF, PNG and JPEG files judged by content, and refuses others',
      run(
        async ({ backend }) => {
          for (const [name, bytes, type] of [
            ['a.pdf', FILE_SAMPLES.pdf, 'application/pdf'],
            ['a.png', FILE_SAMPLES.png, 'image/png'],
            ['a.jpg', FILE_SAMPLES.jpeg, 'image/jpeg'],
          ] as const) {
            const meta = await backend.attachments!.put({ name, mediaType: type, bytes });
            expect(meta).toMatchObject({ size: bytes.byteLength, mediaType: type });
            expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
            expect(meta.id.length).toBeGreaterThan(0);
          }
          const exe = await rejection(() =>
            backend.attachments!.put({
              name: 'report.pdf',
              mediaType: 'application/pdf',
              bytes: FILE_SAMPLES.exe,
            }),
          );
          expect(exe.code).toBe('unsupported_media_type');
          const lying = await rejection(() =>
            backend.attachments!.put({ name: 'a.png', mediaType: 'image/png', bytes: FILE_SAMPLES.pdf }),
          );
          expect(lying.code).toBe('unsupported_media_type');
          const big = new Uint8Array(maxBytes + 1);
          big.set(FILE_SAMPLES.pdf);
          expect(
            (await rejection(() => backend.attachments!.put({ name: 'big.pdf', bytes: big }))).code,
          ).toBe('payload_too_large');
          for (const bytes of [
            FILE_SAMPLES.pdfHtmlPolyglot,
            FILE_SAMPLES.pdfWithJavaScript,
            jpegScriptPolyglot(),
            pngWithTrailer(),
          ]) {
            expect((await rejection(() => backend.attachments!.put({ name: 'x', bytes }))).code).toBe(
              'unsupported_media_type',
            );
          }
        },
        ['attachments'],
      ),
    );

    it(
      'accepts a request citing the files uploaded for it, once, and refuses unknown or altered citations',
      run(
        async ({ backend }) => {
          const meta = await backend.attachments!.put({ name: 'الهوية.pdf', bytes: FILE_SAMPLES.pdf });
          const cite = (m: typeof meta) => ({ ...m, kind: 'id_copy', name: 'الهوية.pdf' });
          const withFiles = (attachments: unknown[]) =>
            createSupportRequestSubmission({
              mutate: (input) => {
                input.attachments = attachments as never;
              },
            });
          const unknown = await rejection(async () =>
            backend.submit('support-request', await withFiles([cite({ ...meta, id: 'att_forged' })]), {
              idempotencyKey: newIdempotencyKey(),
            }),
          );
          expect(unknown.code).toBe('validation_failed');
          expect(unknown.issues).toMatchObject([{ path: 'data.attachments.0', code: 'attachment.unknown' }]);
          const altered = await rejection(async () =>
            backend.submit('support-request', await withFiles([cite({ ...meta, size: meta.size + 1 })]), {
              idempotencyKey: newIdempotencyKey(),
            }),
          );
          expect(altered.issues).toMatchObject([{ path: 'data.attachments.0', code: 'attachment.mismatch' }]);
          const receipt = await backend.submit('support-request', await withFiles([cite(meta)]), {
            idempotencyKey: newIdempotencyKey(),
          });
          expect(receipt.reference).toBeTruthy();
          // A file belongs to one request: citing it again from another submission is refused.
          const again = await rejection(async () =>
            backend.submit('support-request', await withFiles([cite(meta)]), {
              idempotencyKey: newIdempotencyKey(),
            }),
          );
          expect(again.issues).toMatchObject([{ path: 'data.attachments.0', code: 'attachment.unknown' }]);
        },
        ['attachments'],
      ),
    );

    it(
      'takes assisted requests only through a staff key, recording who from the key',
      run(
        async (subject) => {
          const payload = {
            ...(await createSupportRequestSubmission()),
            channel: 'phone' as const,
          };
          const publicTry = await rejection(() =>
            subject.backend.submit(
              'support-request',
              { ...payload, assisted: { checklist: { identity: true } } },
              { idempotencyKey: newIdempotencyKey() },
            ),
          );
          expect(publicTry.code).toBe('staff_only');
          const officer = await staff(subject, 'relations_officer');
          const receipt = await officer.submit(
            'support-request',
            { ...payload, assisted: { checklist: { identity: true } } },
            { idempotencyKey: newIdempotencyKey() },
          );
          const record = await officer.getRequest(receipt.reference);
          expect(record?.assisted).toMatchObject({
            staffId: officer.actor.id,
            staffRole: 'relations_officer',
            checklist: { identity: true },
          });
          expect(record?.checklist).toEqual({ identity: true });
          const committee = await staff(subject, 'committee');
          expect(
            (
              await rejection(() =>
                committee.submit('support-request', payload, { idempotencyKey: newIdempotencyKey() }),
              )
            ).code,
          ).toBe('forbidden');
        },
        ['staff'],
      ),
    );

    it(
      'runs the policy workflow for staff and refuses wrong roles and wrong moves',
      run(
        async (subject) => {
          const receipt = await submitted(subject);
          const officer = await staff(subject, 'relations_officer');
          const researcher = await staff(subject, 'social_researcher');
          const committee = await staff(subject, 'committee');
          expect(
            (await rejection(() => committee.transition(receipt.reference, { to: 'verifying' }))).code,
          ).toBe('forbidden');
          expect(
            (await rejection(() => officer.transition(receipt.reference, { to: 'accepted' }))).code,
          ).toBe('invalid_transition');
          await officer.transition(receipt.reference, { to: 'verifying' });
          await officer.updateChecklist(receipt.reference, CHECKLIST_COMPLETE);
          await officer.transition(receipt.reference, {
            to: 'with_social_researcher',
            note: 'زيارة منزلية',
            question: 'هل السكن مستأجر؟',
          });
          await researcher.transition(receipt.reference, {
            to: 'in_committee',
            study: { findings: 'السكن مستأجر والعقد ساري.', recommendation: 'accept' },
          });
          expect((await officer.listRequests({ status: 'in_committee' })).map((r) => r.reference)).toEqual([
            receipt.reference,
          ]);
          expect((await rejection(() => officer.createSurveyInvitation(receipt.reference))).code).toBe(
            'invalid_transition',
          );
          const accepted = await committee.transition(receipt.reference, {
            to: 'accepted',
            note: 'مستوفية للشروط',
          });
          expect(accepted.status).toBe('accepted');
          expect(accepted.checklist).toEqual(CHECKLIST_COMPLETE);
          expect(accepted.history.map((h) => h.to)).toEqual([
            'submitted',
            'verifying',
            'with_social_researcher',
            'in_committee',
            'accepted',
          ]);
          expect(accepted.history.at(-1)).toMatchObject({
            actor: { role: 'committee' },
            note: 'مستوفية للشروط',
          });
          const view = await subject.backend.getStatus(receipt.reference, receipt.accessToken);
          expect(view?.status).toBe('accepted');
        },
        ['staff'],
      ),
    );

    it(
      'refers to a named researcher with a question, records her study, and decides with a reason she reads',
      run(
        async (subject) => {
          const receipt = await submitted(subject);
          const officer = await staff(subject, 'relations_officer');
          const researcher = await staff(subject, 'social_researcher');
          const committee = await staff(subject, 'committee');
          const people = await officer.people();
          const named = people.find((person) => person.id === researcher.actor.id);
          expect(named).toMatchObject({ role: 'social_researcher', name: researcher.actor.name });
          expect(people.every((person) => !('key' in person))).toBe(true);
          await officer.transition(receipt.reference, { to: 'verifying' });
          await officer.updateChecklist(receipt.reference, CHECKLIST_COMPLETE);
          const refer = { to: 'with_social_researcher' as const, assignee: researcher.actor.id };
          // A referral says what to study, to a researcher.
          const noQuestion = await rejection(() => officer.transition(receipt.reference, refer));
          expect(noQuestion.code).toBe('validation_failed');
          expect(noQuestion.issues?.[0]?.path).toBe('question');
          const notResearcher = await rejection(() =>
            officer.transition(receipt.reference, {
              ...refer,
              question: 'ما الدخل؟',
              assignee: officer.actor.id,
            }),
          );
          expect(notResearcher.issues?.[0]?.path).toBe('assignee');
          const referred = await officer.transition(receipt.reference, {
            ...refer,
            question: 'ما مصدر الدخل؟',
          });
          // With when it was given to her (her daily summary's "new for you").
          expect(referred.assignee).toEqual({
            id: researcher.actor.id,
            name: researcher.actor.name,
            at: referred.history.at(-1)!.at,
          });
          expect(referred.history.at(-1)).toMatchObject({
            question: 'ما مصدر الدخل؟',
            assignee: { id: researcher.actor.id },
          });
          const mine = await researcher.listRequests({ assignee: researcher.actor.id });
          expect(mine.map((r) => [r.reference, r.assignee?.id])).toEqual([
            [receipt.reference, researcher.actor.id],
          ]);
          // Her study is structured: findings, a recommendation, a visit date not in the future.
          for (const study of [
            undefined,
            { findings: '', recommendation: 'accept' },
            { findings: 'زيارة', recommendation: 'maybe' },
            { findings: 'زيارة', recommendation: 'accept', visitDate: '2999-01-01' },
            { findings: 'زيارة', recommendation: 'accept', visitDate: '2026-02-30' },
          ]) {
            const refused = await rejection(() =>
              researcher.transition(receipt.reference, {
                to: 'in_committee',
                ...(study ? { study: study as never } : {}),
              }),
            );
            expect(refused.issues?.[0]?.path).toBe('study');
          }
          const studied = await researcher.transition(receipt.reference, {
            to: 'in_committee',
            study: { visitDate: '2025-11-10', findings: ' الدخل من الضمان فقط. ', recommendation: 'accept' },
          });
          expect(studied.history.at(-1)?.study).toEqual({
            visitDate: '2025-11-10',
            findings: 'الدخل من الضمان فقط.',
            recommendation: 'accept',
          });
          expect(studied.assignee).toBeNull();
          // The committee asks for a home visit, then decides with a configured reason.
          await committee.transition(receipt.reference, {
            to: 'with_social_researcher',
            question: 'زيارة منزلية للتحقق من السكن',
          });
          await researcher.transition(receipt.reference, {
            to: 'in_committee',
            study: { findings: 'السكن ملك للأسرة.', recommendation: 'reject' },
          });
          const noReason = await rejection(() =>
            committee.transition(receipt.reference, { to: 'rejected', reason: 'because' }),
          );
          expect(noReason.issues?.[0]?.path).toBe('reason');
          const rejected = await committee.transition(receipt.reference, {
            to: 'rejected',
            reason: 'not_eligible',
            note: 'السكن ملك',
          });
          expect(rejected.history.at(-1)).toMatchObject({ reason: 'not_eligible', note: 'السكن ملك' });
          const view = await subject.backend.getStatus(receipt.reference, receipt.accessToken);
          expect(view?.history.at(-1)).toEqual({
            state: 'rejected',
            at: rejected.history.at(-1)?.at,
            reason: 'not_eligible',
          });
          expect(JSON.stringify(view)).not.toContain('السكن ملك');
        },
        ['staff'],
      ),
    );

    it(
      'assigns a request: officers to anyone with a key, anyone to herself, and she then reads it',
      run(
        async (subject) => {
          const receipt = await submitted(subject);
          const officer = await staff(subject, 'relations_officer');
          const researcher = await staff(subject, 'social_researcher');
          expect((await rejection(() => researcher.getRequest(receipt.reference))).code).toBe('forbidden');
          expect((await rejection(() => officer.assign(receipt.reference, 'staff_nobody'))).code).toBe(
            'validation_failed',
          );
          const assigned = await officer.assign(receipt.reference, researcher.actor.id);
          expect(assigned.assignee).toMatchObject({ id: researcher.actor.id, name: researcher.actor.name });
          expect(Date.parse(assigned.assignee!.at!)).toBeGreaterThan(Date.now() - 60_000);
          expect((await researcher.getRequest(receipt.reference))?.reference).toBe(receipt.reference);
          expect((await researcher.listRequests({ assignee: researcher.actor.id })).length).toBe(1);
          // A researcher does not hand work to others; she may let it go or take it herself.
          expect((await rejection(() => researcher.assign(receipt.reference, officer.actor.id))).code).toBe(
            'forbidden',
          );
          const taken = await officer.assign(receipt.reference, officer.actor.id);
          expect(taken.assignee?.id).toBe(officer.actor.id);
          expect(await officer.listRequests({ assignee: researcher.actor.id })).toEqual([]);
          expect((await officer.assign(receipt.reference, null)).assignee).toBeNull();
        },
        ['staff'],
      ),
    );

    it(
      'takes a request by phone on the staff member’s attestation; it waits for her signature through a one-time link',
      run(
        async (subject) => {
          const officer = await staff(subject, 'relations_officer');
          const signed = await createSupportRequestSubmission();
          const { declaration: _signature, ...payload } = signed;
          const byPhone = {
            ...payload,
            channel: 'phone',
            assisted: { checklist: CHECKLIST_COMPLETE, attest: true },
          };
          // She is not there by phone: the staff member attests; in person she signs herself.
          const inPerson = await rejection(() =>
            officer.submit('support-request', { ...byPhone, channel: 'interview' } as never, {
              idempotencyKey: newIdempotencyKey(),
            }),
          );
          expect(inPerson.issues[0]?.code).toBe('attestation.in_person');
          const receipt = await officer.submit('support-request', byPhone as never, {
            idempotencyKey: newIdempotencyKey(),
          });
          const record = await officer.getRequest(receipt.reference);
          expect(record).toMatchObject({ awaitingSignature: true, declaration: null, channel: 'phone' });
          expect(record?.assisted?.attestation).toMatchObject({ textId: 'staff-attestation' });
          expect(record?.assisted?.staffId).toBe(officer.actor.id);
          expect(
            (await subject.backend.getStatus(receipt.reference, receipt.accessToken))?.awaitingSignature,
          ).toBe(true);
          // Not to the committee before she signs.
          await officer.transition(receipt.reference, { to: 'verifying' });
          const early = await rejection(() => officer.transition(receipt.reference, { to: 'in_committee' }));
          expect(early.issues[0]?.code).toBe('signature.pending');

          const link = await officer.createSigningLink(receipt.reference);
          expect((await officer.createSigningLink(receipt.reference)).token).toBe(link.token);
          const context = (await subject.backend.getSigning!(link.token)) as SigningContext;
          expect(context).toMatchObject({ reference: receipt.reference, locale: signed.locale });
          expect(await subject.backend.getSigning!('x'.repeat(32))).toBeNull();
          // A declaration over other data is refused; over hers, it is recorded once.
          const other = structuredClone(context.data) as { request: { description: string } };
          other.request.description = 'نص آخر';
          const overOther = await signatureOver(context, other, signed.declaration as DeclarationRecord);
          const wrong = await rejection(() => subject.backend.submitSignature!(link.token, overOther));
          expect(wrong.code).toBe('validation_failed');
          const declaration = await signatureOver(
            context,
            context.data,
            signed.declaration as DeclarationRecord,
          );
          expect(await subject.backend.submitSignature!(link.token, declaration)).toEqual({
            reference: receipt.reference,
          });
          expect(
            (await rejection(() => subject.backend.submitSignature!(link.token, declaration))).code,
          ).toBe('token_used');
          const after = await officer.getRequest(receipt.reference);
          expect(after).toMatchObject({ awaitingSignature: false, verification: { valid: true } });
          await officer.transition(receipt.reference, { to: 'in_committee' });
        },
        ['staff', 'signing'],
      ),
    );

    it(
      'records her signature on the printed copy by the code printed on it',
      run(
        async (subject) => {
          const officer = await staff(subject, 'relations_officer');
          const { declaration: _signature, ...payload } = await createSupportRequestSubmission();
          const receipt = await officer.submit(
            'support-request',
            { ...payload, channel: 'letter', assisted: { checklist: {}, attest: true } } as never,
            { idempotencyKey: newIdempotencyKey() },
          );
          const committee = await staff(subject, 'committee');
          expect((await rejection(() => committee.printCode(receipt.reference))).code).toBe('forbidden');
          const { code } = await officer.printCode(receipt.reference);
          expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
          const wrong = await rejection(() => officer.recordWetSignature(receipt.reference, 'AAAA-AAAA'));
          expect(wrong.issues[0]?.code).toBe('signature.code');
          // Typed as read from paper: lower case, no dash.
          const signed = await officer.recordWetSignature(
            receipt.reference,
            code.replace('-', ' ').toLowerCase(),
          );
          expect(signed.declaration).toMatchObject({ method: 'wet', recordedBy: { id: officer.actor.id } });
          expect(signed.verification?.valid).toBe(true);
          expect(signed.awaitingSignature).toBe(false);
          expect((await rejection(() => officer.createSigningLink(receipt.reference))).code).toBe(
            'invalid_transition',
          );
        },
        ['staff'],
      ),
    );

    it(
      'takes her answer to a request for more information — a message and the missing document — back to the officer',
      run(
        async (subject) => {
          const receipt = await submitted(subject);
          const officer = await staff(subject, 'relations_officer');
          const answer = (input: { message?: string; attachments?: unknown[] }, code = receipt.accessToken) =>
            subject.backend.reply!(receipt.reference, code, input);
          expect((await rejection(() => answer({ message: 'مرفق' }))).code).toBe('invalid_transition');
          await officer.transition(receipt.reference, { to: 'verifying' });
          await officer.transition(receipt.reference, { to: 'needs_information', missing: ['family_card'] });
          expect((await rejection(() => answer({ message: 'مرفق' }, 'wrong'))).code).toBe('not_found');
          const empty = await rejection(() => answer({ message: '  ' }));
          expect(empty.issues[0]?.code).toBe('reply.empty');
          const meta = await subject.backend.attachments!.put({
            name: 'سجل الأسرة.pdf',
            mediaType: 'application/pdf',
            bytes: FILE_SAMPLES.pdf,
          });
          const document = { ...meta, kind: 'family_card', name: 'سجل الأسرة.pdf' };
          const view = await answer({ message: 'أرفقت سجل الأسرة.', attachments: [document] });
          expect(view.status).toBe('verifying');
          const record = await officer.getRequest(receipt.reference);
          expect(record?.history.at(-1)).toMatchObject({
            to: 'verifying',
            actor: { role: 'applicant' },
            reply: { message: 'أرفقت سجل الأسرة.', attachments: [{ id: meta.id, kind: 'family_card' }] },
          });
          // The document is hers now: staff open it; it cannot be cited again.
          expect((await officer.getAttachment(receipt.reference, meta.id))?.bytes.byteLength).toBe(
            FILE_SAMPLES.pdf.byteLength,
          );
          // Her signed data is unchanged: the declaration still verifies.
          expect(record?.verification?.valid).toBe(true);
          await officer.transition(receipt.reference, { to: 'needs_information', missing: ['id_copy'] });
          expect((await rejection(() => answer({ attachments: [document] }))).issues[0]?.code).toBe(
            'attachment.unknown',
          );
        },
        ['staff', 'replies', 'attachments'],
      ),
    );

    it(
      'lets her withdraw her request with its code before the decision, never after, never with a wrong code',
      run(
        async (subject) => {
          const receipt = await submitted(subject);
          const officer = await staff(subject, 'relations_officer');
          expect(
            (await rejection(() => subject.backend.withdraw!(receipt.reference, 'wrong-code'))).code,
          ).toBe('not_found');
          await officer.transition(receipt.reference, { to: 'verifying' });
          const view = await subject.backend.withdraw!(receipt.reference, receipt.accessToken);
          expect(view.status).toBe('withdrawn');
          expect((await officer.getRequest(receipt.reference))?.history.at(-1)).toMatchObject({
            to: 'withdrawn',
            actor: { role: 'applicant' },
          });
          expect(
            (await rejection(() => subject.backend.withdraw!(receipt.reference, receipt.accessToken))).code,
          ).toBe('invalid_transition');
        },
        ['staff', 'withdrawal'],
      ),
    );

    it(
      'lets an administrator list, create, rotate and revoke keys — never her own, never anyone else',
      run(
        async (subject) => {
          const admin = await staff(subject, 'admin');
          const officer = await staff(subject, 'relations_officer');
          expect((await rejection(() => officer.listKeys())).code).toBe('forbidden');
          expect((await rejection(() => officer.createKey({ name: 'سارة', role: 'admin' }))).code).toBe(
            'forbidden',
          );
          const refused = await rejection(() => admin.createKey({ name: ' ', role: 'committee' }));
          expect(refused.code).toBe('validation_failed');
          expect(refused.issues[0]?.path).toBe('name');
          expect(
            (await rejection(() => admin.createKey({ name: 'سارة', role: 'chief' as never }))).issues[0]
              ?.path,
          ).toBe('role');
          const made = await admin.createKey({ name: '  سارة   الغامدي ', role: 'social_researcher' });
          expect(made.key).toMatch(/^mrdk_/);
          const listed = await admin.listKeys();
          expect(JSON.stringify(listed)).not.toContain(made.key);
          expect(listed.find((entry) => entry.id === made.id)).toMatchObject({
            name: 'سارة الغامدي',
            role: 'social_researcher',
            revokedAt: null,
          });
          const sara = await subject.backend.staff!({ key: made.key });
          expect(sara.actor).toMatchObject({ id: made.id, role: 'social_researcher' });
          expect((await officer.people()).some((person) => person.id === made.id)).toBe(true);
          const rotated = await admin.rotateKey(made.id);
          expect(rotated.key).not.toBe(made.key);
          expect(
            (await rejection(async () => (await subject.backend.staff!({ key: made.key })).people())).code,
          ).toBe('forbidden');
          expect((await subject.backend.staff!({ key: rotated.key })).actor.id).toBe(made.id);
          await admin.revokeKey(made.id);
          expect((await rejection(() => admin.revokeKey(made.id))).code).toBe('not_found');
          expect((await officer.people()).some((person) => person.id === made.id)).toBe(false);
          expect((await rejection(() => admin.revokeKey(admin.actor.id))).code).toBe('forbidden');
          expect((await rejection(() => admin.rotateKey(admin.actor.id))).code).toBe('forbidden');
        },
        ['staff'],
      ),
    );

    it(
      'invites to the survey after delivery, once, and counts the answer in the report',
      run(
        async (subject) => {
          const receipt = await submitted(subject);
          const officer = await staff(subject, 'relations_officer');
          const committee = await staff(subject, 'committee');
          await officer.transition(receipt.reference, { to: 'verifying' });
          await officer.updateChecklist(receipt.reference, CHECKLIST_COMPLETE);
          await officer.transition(receipt.reference, { to: 'in_committee' });
          await committee.transition(receipt.reference, { to: 'accepted' });
          for (const to of ['registered', 'service_delivered'] as const)
            await officer.transition(receipt.reference, { to });
          const { token } = await officer.createSurveyInvitation(receipt.reference);
          expect(token.length).toBeGreaterThanOrEqual(20);
          // Sending it again gives the same link; only the relations officer sends it.
          expect((await officer.createSurveyInvitation(receipt.reference)).token).toBe(token);
          expect((await rejection(() => committee.createSurveyInvitation(receipt.reference))).code).toBe(
            'forbidden',
          );
          const context = await subject.backend.getSurvey?.(token);
          if (context) expect(JSON.stringify(context)).not.toContain('فاطمة');
          await subject.backend.submitSurveyResponse(token, createSurveyResponse());
          expect(
            (await rejection(() => subject.backend.submitSurveyResponse(token, createSurveyResponse()))).code,
          ).toBe('token_used');
          const summary = await officer.satisfactionSummary();
          expect(summary).toMatchObject({
            n: 1,
            csat: { score: 100, n: 1 },
            nps: { score: 100 },
            ces: { score: 6 },
          });
          expect(summary.byChannel.phone?.n).toBe(1);
        },
        ['staff', 'surveys'],
      ),
    );

    it(
      'refuses an unknown staff key',
      run(
        async ({ backend }) => {
          expect((await rejection(() => backend.staff!({ key: 'not-a-staff-key' }))).code).toBe('forbidden');
        },
        ['staff'],
      ),
    );
  });
}
