import {
  createMemoryAdapter,
  exampleSupportRequestSubmission,
  type MemoryAdapter,
  VERIFICATION_CHECKLIST,
} from '@mord/core';

/** Staff keys of the story backend, one per role. */
export const STORY_STAFF = {
  relations_officer: 'story-officer',
  social_researcher: 'story-researcher',
  committee: 'story-committee',
  admin: 'story-admin',
} as const;

/** A memory backend with staff for every role, shared by all stories of a page load. */
export const storyBackend: MemoryAdapter = createMemoryAdapter({
  staffKeys: {
    'story-officer': { id: 'officer-1', name: 'منيرة', role: 'relations_officer' },
    'story-researcher': { id: 'researcher-1', name: 'هيفاء', role: 'social_researcher' },
    'story-committee': { id: 'committee-1', name: 'لجنة البحث', role: 'committee' },
    'story-admin': { id: 'admin-1', name: 'Admin', role: 'admin' },
  },
  surveyUrl: 'https://example.org/survey/',
});

let seeded: Promise<{
  reference: string;
  accessToken: string;
  surveyToken: string;
  /** A request taken by phone, waiting for her signature. */
  byPhone: string;
  /** Its one-time signing link's token. */
  signingToken: string;
}> | null = null;

/** One request moved to delivery, with survey answers, for the status, review and report stories. */
export function seedStoryData() {
  seeded ??= (async () => {
    const receipt = await storyBackend.submit('support-request', await exampleSupportRequestSubmission(), {
      idempotencyKey: 'story-seed-request',
    });
    const officer = storyBackend.staff({ key: STORY_STAFF.relations_officer });
    const committee = storyBackend.staff({ key: STORY_STAFF.committee });
    const checked = Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true]));
    await officer.transition(receipt.reference, { to: 'verifying' });
    await officer.updateChecklist(receipt.reference, checked);
    await officer.transition(receipt.reference, { to: 'in_committee', note: 'مستندات مكتملة' });
    const delivered = await storyBackend.submit(
      'support-request',
      await exampleSupportRequestSubmission({
        mutate: (d) => {
          d.address.district = 'الملز';
        },
      }),
      { idempotencyKey: 'story-seed-delivered' },
    );
    await officer.transition(delivered.reference, { to: 'verifying' });
    await officer.updateChecklist(delivered.reference, checked);
    await officer.transition(delivered.reference, { to: 'in_committee' });
    // Only the committee decides; the officer registers, delivers and invites.
    await committee.transition(delivered.reference, { to: 'accepted' });
    for (const to of ['registered', 'service_delivered'] as const) {
      await officer.transition(delivered.reference, { to });
    }
    const { token } = await officer.createSurveyInvitation(delivered.reference);
    const answers = [
      { csat: 5, ces: 7, nps: 10, courtesy: 5 },
      { csat: 4, ces: 6, nps: 8, courtesy: 4 },
      { csat: 2, ces: 3, nps: 5, courtesy: 3 },
    ];
    for (const [i, a] of answers.entries()) {
      const form = await storyBackend.getSurvey('general');
      await storyBackend.submitSurveyResponse('general', {
        answers: a,
        channel: i === 2 ? 'website' : 'phone',
        serviceType: 'food_basket',
        anonymous: true,
        nonce: form?.nonce,
      });
    }
    // Taken by phone on the officer's attestation: it waits for her signature.
    const { declaration: _later, ...unsigned } = await exampleSupportRequestSubmission({
      mutate: (d) => {
        d.address.district = 'النسيم';
      },
    });
    const byPhone = await officer.submit(
      'support-request',
      { ...unsigned, channel: 'phone', assisted: { attest: true } },
      { idempotencyKey: 'story-seed-phone' },
    );
    const { token: signingToken } = await officer.createSigningLink(byPhone.reference);
    return {
      reference: receipt.reference,
      accessToken: receipt.accessToken,
      surveyToken: token,
      byPhone: byPhone.reference,
      signingToken,
    };
  })();
  return seeded;
}
