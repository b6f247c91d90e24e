import { describe, expect, it } from 'vitest';
import { getDeclarationText } from '../declaration/declarationTexts';
import { inspectDeclaration } from '../declaration/verifyDeclaration';
import { exampleSupportRequestSubmission } from '../examples/exampleSubmission';
import { validateSubmission } from '../storage/validateSubmission';
import {
  DEFAULT_ASSOCIATION_CONFIG,
  defineAssociationConfig,
  publicAssociationConfig,
  stageTargetDays,
} from './associationConfig';
import { parseAssociationConfig } from './parseAssociationConfig';
import { missingDocuments, requiredDocuments, requiresIban } from './serviceRules';

const config = (changes: Record<string, unknown>) =>
  JSON.parse(JSON.stringify({ ...DEFAULT_ASSOCIATION_CONFIG, ...changes }));

describe('parseAssociationConfig', () => {
  it('accepts the defaults as JSON', () => {
    const parsed = parseAssociationConfig(JSON.parse(JSON.stringify(DEFAULT_ASSOCIATION_CONFIG)));
    expect(parsed).toEqual({ success: true, config: DEFAULT_ASSOCIATION_CONFIG });
  });

  it('takes the association’s own wording of her messages, with the same placeholders, and keeps it internal', () => {
    const own = config({
      notifications: {
        templates: { ar: { 'received.sms': 'وصلنا طلبكِ {reference} وسنرد قريبًا' } },
        quietHours: { start: 21, end: 8 },
      },
    });
    const parsed = parseAssociationConfig(own);
    expect(parsed.success).toBe(true);
    expect('notifications' in publicAssociationConfig(own)).toBe(false);
    const wrong = parseAssociationConfig(
      config({
        notifications: {
          templates: {
            ar: { 'received.sms': 'وصلنا طلبكِ', 'nothing.here': 'x' },
            en: { 'received.text': 'Hi {name}, {reference} {period} {link} {secret}' },
          },
        },
      }),
    );
    expect(wrong.success ? [] : wrong.errors).toEqual([
      'notifications.templates.ar.received.sms: uses {} where the message has {reference}',
      'notifications.templates.ar.nothing.here: no such message',
      'notifications.templates.en.received.text: uses {link}, {name}, {period}, {reference}, {secret} where the message has {link}, {name}, {period}, {reference}',
    ]);
  });

  it('explains each problem on one line with its path', () => {
    const parsed = parseAssociationConfig(
      config({
        decision: { days: 0, wording: 'soon' },
        branches: [{ id: 'Riyadh', label: { ar: 'الرياض', en: 'Riyadh' } }],
        extra: 1,
      }),
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.errors).toEqual(
      expect.arrayContaining([
        '(root): unknown key extra',
        'branches.0.id: ids are lower-case letters, digits and _, starting with a letter',
        'decision.days: at least 1',
        'decision.wording: expected one of within, at_least',
      ]),
    );
  });

  it('refuses duplicate ids, unlisted documents and declaration versions this release lacks', () => {
    const services = [
      ...DEFAULT_ASSOCIATION_CONFIG.services,
      { id: 'financial', label: { ar: 'مكرر', en: 'Again' }, documents: ['passport'] },
    ];
    const parsed = parseAssociationConfig(
      config({ services, declarations: { 'support-request': '9', other: '1' } }),
    );
    expect(parsed.success === false && parsed.errors).toEqual([
      'services.11.id: "financial" is listed twice',
      'services.11.documents: "passport" is not one of the listed documents',
      'declarations.support-request: version "9" is not available (this release has "1")',
      'declarations.other: no such declaration text',
    ]);
  });

  it('refuses a document list that is missing or empty and a configuration of another version', () => {
    expect(parseAssociationConfig(config({ documents: [] })).success).toBe(false);
    expect(parseAssociationConfig(config({ version: 2 })).success).toBe(false);
    expect(parseAssociationConfig('{}').success).toBe(false);
  });
});

describe('the rules the configuration drives', () => {
  it('asks for an IBAN only when a chosen service is cash support', () => {
    expect(requiresIban(['training', 'financial'])).toBe(true);
    expect(requiresIban(['training', 'food_basket'])).toBe(false);
    const zakat = defineAssociationConfig({
      ...DEFAULT_ASSOCIATION_CONFIG,
      services: [{ id: 'zakat', label: { ar: 'زكاة', en: 'Zakat' }, cash: true }],
    });
    expect(requiresIban(['zakat'], zakat)).toBe(true);
    expect(requiresIban(['financial'], zakat)).toBe(false);
  });

  it('lists the documents the chosen services require, each once, and what is not attached', () => {
    expect(requiredDocuments(['financial', 'rent_bills'])).toEqual([
      'id_copy',
      'family_card',
      'lease_contract',
      'iban_certificate',
    ]);
    expect(missingDocuments(['financial'], [{ kind: 'id_copy' }])).toEqual([
      'family_card',
      'iban_certificate',
    ]);
    expect(missingDocuments(['training'], [])).toEqual([]);
  });

  it('gives each stage its target; the committee has the decision period', () => {
    expect(stageTargetDays(DEFAULT_ASSOCIATION_CONFIG, 'in_committee')).toBe(14);
    expect(
      stageTargetDays(
        { ...DEFAULT_ASSOCIATION_CONFIG, decision: { days: 21, wording: 'within' } },
        'in_committee',
      ),
    ).toBe(21);
    expect(stageTargetDays(DEFAULT_ASSOCIATION_CONFIG, 'verifying')).toBe(3);
    expect(stageTargetDays(DEFAULT_ASSOCIATION_CONFIG, 'closed')).toBeUndefined();
  });

  it('publishes the lists forms show, not the internal stage targets', () => {
    const pub = publicAssociationConfig(DEFAULT_ASSOCIATION_CONFIG);
    expect(pub.checklist.map((item) => item.id)).toEqual(['identity', 'family', 'income', 'housing', 'iban']);
    expect(pub).not.toHaveProperty('stageTargets');
    expect(pub.services.length).toBe(DEFAULT_ASSOCIATION_CONFIG.services.length);
  });
});

describe('a submission against the configuration', () => {
  it('refuses cash support without the documents it requires, naming them in her language', async () => {
    const payload = await exampleSupportRequestSubmission({
      mutate: (request) => {
        request.request.supportTypes = ['financial'];
      },
    });
    const ar = await validateSubmission('support-request', payload);
    expect(ar.success === false && ar.issues).toEqual([
      {
        path: 'data.attachments',
        code: 'documents.missing',
        message:
          'أرفقي هذه المستندات لنوع الدعم الذي اخترتِه: صورة سارية من الهوية أو الإقامة وسجل الأسرة وشهادة الآيبان.',
      },
    ]);
    const en = await validateSubmission('support-request', payload, { locale: 'en' });
    expect(en.success === false && en.issues[0]?.message).toBe(
      'Attach these documents for the support you chose: Copy of valid ID or Iqama, Family record, and IBAN certificate.',
    );
  });

  it('takes a service the association added, with its own rules, and refuses one it removed', async () => {
    const custom = defineAssociationConfig({
      ...DEFAULT_ASSOCIATION_CONFIG,
      services: [
        { id: 'school_bag', label: { ar: 'الحقيبة المدرسية', en: 'School bag' }, documents: [] },
        { id: 'training', label: { ar: 'تدريب', en: 'Training' } },
      ],
      decision: { days: 21, wording: 'at_least' },
    });
    const payload = await exampleSupportRequestSubmission({
      config: custom,
      mutate: (request) => {
        request.request.supportTypes = ['school_bag'];
      },
    });
    expect((await validateSubmission('support-request', payload, { config: custom })).success).toBe(true);
    const removed = await exampleSupportRequestSubmission();
    const refused = await validateSubmission(
      'support-request',
      {
        ...removed,
        data: {
          ...(removed.data as object),
          request: { ...(removed.data as { request: object }).request, supportTypes: ['entrepreneurship'] },
        },
      },
      { config: custom },
    );
    expect(refused.success === false && refused.issues[0]?.path).toBe('data.request.supportTypes.0');
  });

  it('takes only the configured checklist items from staff', async () => {
    const custom = defineAssociationConfig({
      ...DEFAULT_ASSOCIATION_CONFIG,
      checklist: [{ id: 'home_visit', label: { ar: 'زيارة منزلية', en: 'Home visit' } }],
    });
    const payload = await exampleSupportRequestSubmission();
    const assistedBy = { staffId: 's1', staffName: 'منيرة' };
    const ok = await validateSubmission(
      'support-request',
      { ...payload, channel: 'interview', assisted: { checklist: { home_visit: true } } },
      { config: custom, assistedBy },
    );
    expect(ok.success && ok.submission.assisted?.checklist).toEqual({ home_visit: true });
    const old = await validateSubmission(
      'support-request',
      { ...payload, channel: 'interview', assisted: { checklist: { identity: true } } },
      { config: custom, assistedBy },
    );
    expect(old.success).toBe(false);
  });
});

describe('the decision wording', () => {
  it('reads the policy literally with at_least, in both languages', () => {
    expect(getDeclarationText('support-request', 'ar', { decisionWording: 'at_least' }).text).toContain(
      'خلال مدة لا تقل عن أسبوعين من إحالته',
    );
    expect(getDeclarationText('support-request', 'en', { decisionWording: 'at_least' }).text).toContain(
      'within a period of no less than two weeks of its referral',
    );
    expect(getDeclarationText('support-request', 'ar').text).toContain('خلال أسبوعين من إحالته');
  });

  it('keeps a declaration signed under either wording official', async () => {
    for (const wording of ['within', 'at_least'] as const) {
      const payload = await exampleSupportRequestSubmission({
        config: { ...DEFAULT_ASSOCIATION_CONFIG, decision: { days: 14, wording } },
      });
      const inspection = await inspectDeclaration(payload.declaration as never, payload.data);
      expect(inspection.officialText).toBe(true);
    }
  });
});
