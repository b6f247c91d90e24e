import type { DecisionWording } from '../config/associationConfig';
import { defineCatalog } from '../i18n/defineCatalog';
import { formatMessage } from '../i18n/formatMessage';
import type { Locale } from '../i18n/locale';
import { DEFAULT_DECISION_DAYS } from '../workflow/decisionDueAt';

/**
 * Versioned declaration texts. Changing a text's wording means adding a new version: records keep the
 * exact text they were signed with, so old signatures stay verifiable.
 */
export const DECLARATION_TEXTS = {
  'support-request': {
    version: '1',
    text: defineCatalog(
      {
        body: 'I, the undersigned, declare that all the information and attachments I have provided in this request are correct and complete, and that I am directly responsible for their correctness. I agree that the association may verify this information with the relevant authorities. I understand that my request will be referred to the research committee, which will study it and answer with acceptance or rejection within {period} of its referral, and that incorrect information may lead to the request being rejected or the service being stopped.',
      },
      {
        body: 'أقرّ أنا الموقّعة أدناه بأن جميع البيانات والمرفقات التي قدّمتها في هذا الطلب صحيحة وكاملة، وأتحمّل المسؤولية المباشرة عن صحتها. وأوافق على أن تتحقق الجمعية من هذه البيانات لدى الجهات ذات العلاقة. وقد علمتُ أن طلبي سيُحال إلى لجنة البحث التي تدرسه وتردّ عليّ بالقبول أو الاعتذار خلال {period} من إحالته إليها، وأن تقديم بيانات غير صحيحة قد يؤدي إلى رفض الطلب أو إيقاف الخدمة.',
      },
    ),
  },
  /**
   * What a staff member attests when she takes a request she cannot have signed on the spot (a call, a
   * letter): recorded from her staff key, never in the beneficiary's name.
   */
  'staff-attestation': {
    version: '1',
    text: defineCatalog(
      {
        body: 'I, the staff member named below, attest that I recorded the information in this request exactly as the applicant gave it to me, without adding to it or changing it, and that the request goes forward only once she has signed her own declaration.',
      },
      {
        body: 'أُقرّ أنا، من موظفي الجمعية المذكور اسمه أدناه، بأنني سجّلتُ بيانات هذا الطلب كما أفادت بها مقدّمة الطلب تمامًا، دون إضافة أو تعديل، وأن الطلب لا يُستكمل إلا بعد أن توقّع إقرارها بنفسها.',
      },
    ),
  },
} as const;

/** Id of a declaration text. */
export type DeclarationTextId = keyof typeof DECLARATION_TEXTS;

/**
 * The period as version 1 of the support-request declaration words it. Signed records keep their text, and
 * verification rebuilds it: this wording stays as it was for as long as version 1 verifies.
 */
function declarationPeriodV1(days: number, locale: Locale, wording: DecisionWording = 'within'): string {
  const period = periodInWordsV1(days, locale);
  if (wording === 'within') return period;
  return locale === 'en' ? `a period of no less than ${period}` : `مدة لا تقل عن ${period}`;
}

function periodInWordsV1(days: number, locale: Locale): string {
  if (locale === 'en') {
    if (days === 14) return 'two weeks';
    if (days === 7) return 'one week';
    return `${days} ${days === 1 ? 'day' : 'days'}`;
  }
  if (days === 14) return 'أسبوعين';
  if (days === 7) return 'أسبوع';
  const n = new Intl.NumberFormat('ar-u-nu-arab').format(days);
  return days >= 3 && days <= 10 ? `${n} أيام` : `${n} يومًا`;
}

/** Options of {@link getDeclarationText}. */
export interface DeclarationTextOptions {
  /** @default 14 */
  decisionDays?: number;
  /** @default 'within' */
  decisionWording?: DecisionWording;
}

/**
 * The exact text of a declaration as shown to the signer, with its id and version; the record stores
 * this text and its SHA-256.
 */
export function getDeclarationText(
  id: DeclarationTextId,
  locale: Locale,
  options: DeclarationTextOptions = {},
): { id: DeclarationTextId; version: string; text: string } {
  const entry = DECLARATION_TEXTS[id];
  const period = declarationPeriodV1(
    options.decisionDays ?? DEFAULT_DECISION_DAYS,
    locale,
    options.decisionWording,
  );
  return { id, version: entry.version, text: formatMessage(entry.text[locale].body, { period }) };
}
