import type { LocalizedText } from '../i18n/locale';
import { ATTACHMENT_KINDS, SUPPORT_TYPES } from '../options/requestOptions';
import type { RequestState } from '../workflow/states';

/** A service (support type) the association offers, with the documents a request for it must carry. */
export interface ServiceConfig {
  /** Stable id, stored in requests (`request.supportTypes`). */
  readonly id: string;
  readonly label: LocalizedText;
  /** Paid into her bank account: a request for it needs an IBAN. */
  readonly cash?: boolean;
  /** Ids of the document types a request for this service must attach. */
  readonly documents?: readonly string[];
}

/** A labelled item of one of the association's lists (documents, checklist items, branches). */
export interface ListItemConfig {
  readonly id: string;
  readonly label: LocalizedText;
}

/**
 * How the decision period is worded to her. `within` reads "within two weeks"; `at_least` follows the
 * policy's Arabic literally, «خلال مدة لا تقل عن أسبوعين» ("within a period of no less than two weeks").
 */
export type DecisionWording = 'within' | 'at_least';

/**
 * The association's own lists and periods, as data: what it can change without a release. The server
 * loads it (a JSON file), checks it at start with {@link parseAssociationConfig}, enforces it, and serves
 * its public part ({@link publicAssociationConfig}) at `GET /v1/config`, which forms and the embed read.
 */
export interface AssociationConfig {
  /** The configuration format's version. */
  readonly version: 1;
  readonly name: LocalizedText;
  /** The services (support types) a support request may ask for. */
  readonly services: readonly ServiceConfig[];
  /** The document types a request may attach. */
  readonly documents: readonly ListItemConfig[];
  /** What a relations officer matches against the documents when she checks a request. */
  readonly checklist: readonly ListItemConfig[];
  /** The association's branches; staff keys name one. Empty: no branches. */
  readonly branches: readonly ListItemConfig[];
  /** The research committee's period and how it is worded in the declaration and to her. */
  readonly decision: { readonly days: number; readonly wording: DecisionWording };
  /** The declaration text version in force, per text id (older versions stay verifiable). */
  readonly declarations: Readonly<Record<string, string>>;
  /** Days each stage should take before it is flagged; the committee's comes from `decision.days`. */
  readonly stageTargets: Readonly<Partial<Record<RequestState, number>>>;
  /**
   * The reasons the committee chooses from when it rejects a request (she reads the reason).
   * @default DEFAULT_REJECTION_REASONS
   */
  readonly rejectionReasons?: readonly ListItemConfig[];
  /**
   * The association's own wording of the messages she is sent (per locale, any `notificationTemplates`
   * key) and its quiet hours for phones. Internal: not served at `GET /v1/config`.
   */
  readonly notifications?: {
    readonly templates?: {
      readonly ar?: Readonly<Record<string, string>>;
      readonly en?: Readonly<Record<string, string>>;
    };
    readonly quietHours?: { readonly start: number; readonly end: number };
  };
  /** Whether every checklist item must be ticked before a request goes to the committee. @default true */
  readonly verification?: { readonly completeBeforeCommittee?: boolean };
}

/**
 * The part of the configuration anyone may read (`GET /v1/config`): the lists forms show (the checklist
 * included, for assisted intake) without the association's internal stage targets.
 */
export type PublicAssociationConfig = Omit<AssociationConfig, 'stageTargets' | 'notifications'>;

/**
 * Identity for typing a configuration in code: `defineAssociationConfig({ ...DEFAULT_ASSOCIATION_CONFIG,
 * decision: { days: 21, wording: 'at_least' } })`. Check one read from a file with {@link parseAssociationConfig}.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineAssociationConfig<const T extends AssociationConfig>(config: T): T {
  return config;
}

const label = (ar: string, en: string): LocalizedText => ({ ar, en });

/** The default items a relations officer matches against the documents when she checks a request. */
export const VERIFICATION_CHECKLIST = ['identity', 'family', 'income', 'housing', 'iban'] as const;

/** One item of the default {@link VERIFICATION_CHECKLIST}. */
export type ChecklistItem = (typeof VERIFICATION_CHECKLIST)[number];

const CHECKLIST_LABELS: Record<ChecklistItem, LocalizedText> = {
  identity: label('وثيقة الهوية تطابق رقم الهوية', 'Identity document matches the ID number'),
  family: label('سجل الأسرة يطابق أفراد الأسرة', 'Family record matches the household'),
  income: label('مستندات الدخل تطابق المبالغ', 'Income documents match the amounts'),
  housing: label('عقد الإيجار أو الصك يطابق بيانات السكن', 'Lease or deed matches the housing'),
  iban: label('شهادة الآيبان باسم مقدّمة الطلب', 'IBAN certificate is in the applicant’s name'),
};

const AID = ['id_copy', 'family_card'];
const CASH = [...AID, 'iban_certificate'];

/** Documents each default service requires: means-tested aid needs proof; programmes register without. */
const SERVICE_DOCUMENTS: Record<(typeof SUPPORT_TYPES)[number]['id'], readonly string[]> = {
  financial: CASH,
  rent_bills: [...CASH, 'lease_contract'],
  food_basket: AID,
  home_repair: [...AID, 'invoices_quotes'],
  furniture: AID,
  appliances: AID,
  medical: [...AID, 'medical_report'],
  training: [],
  entrepreneurship: [],
  productive_families: [],
  consultation: [],
};

const CASH_SERVICES: readonly string[] = ['financial', 'rent_bills'];

/** The association's defaults: its services, documents, checklist, a two-week committee and stage targets. */
export const DEFAULT_ASSOCIATION_CONFIG: AssociationConfig = {
  version: 1,
  name: label(
    'جمعية مورد النسائية للابتكار وريادة الأعمال الاجتماعية',
    'Mord Women’s Association for Innovation and Social Entrepreneurship',
  ),
  services: SUPPORT_TYPES.map((option) => ({
    id: option.id,
    label: option.label,
    ...(CASH_SERVICES.includes(option.id) ? { cash: true } : {}),
    documents: SERVICE_DOCUMENTS[option.id],
  })),
  documents: ATTACHMENT_KINDS.map((option) => ({ id: option.id, label: option.label })),
  checklist: VERIFICATION_CHECKLIST.map((id) => ({ id, label: CHECKLIST_LABELS[id] })),
  branches: [],
  decision: { days: 14, wording: 'within' },
  declarations: { 'support-request': '1' },
  stageTargets: {
    submitted: 2,
    verifying: 3,
    needs_information: 14,
    with_social_researcher: 7,
    accepted: 7,
    registered: 14,
  },
};

/** The configuration anyone may read: everything but the internal stage targets. */
export function publicAssociationConfig(config: AssociationConfig): PublicAssociationConfig {
  const { stageTargets: _internal, notifications: _messages, ...rest } = config;
  return rest;
}

/** Days the stage a request is in should take; the committee's is the decision period. */
export function stageTargetDays(
  config: Pick<AssociationConfig, 'stageTargets' | 'decision'>,
  state: RequestState,
): number | undefined {
  return state === 'in_committee' ? config.decision.days : config.stageTargets[state];
}
