import type { DecisionWording } from '../config/associationConfig';
import { defineCatalog } from '../i18n/defineCatalog';
import { formatMessage } from '../i18n/formatMessage';
import type { Locale } from '../i18n/locale';

/** The decision period in words, by Arabic and English number rules; weeks and a month by name. */
const periodMessages = defineCatalog(
  {
    days: '{days, plural, =7 {one week} =14 {two weeks} =21 {three weeks} =28 {four weeks} =30 {one month} one {# day} other {# days}}',
    atLeast: 'a period of no less than {period}',
  },
  {
    // After «خلال» or «لا تقل عن»: genitive (يومين، أسبوعين).
    days: '{days, plural, =7 {أسبوع} =14 {أسبوعين} =21 {ثلاثة أسابيع} =28 {أربعة أسابيع} =30 {شهر} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
    atLeast: 'مدة لا تقل عن {period}',
  },
);

/**
 * The decision period in words, as the reader says it: «أسبوعين» / "two weeks" for the default 14 days,
 * «يومين»، «٣ أيام»، «١١ يومًا»، «١٠٠ يوم» by Arabic number agreement, in the reader's digits; with the
 * `at_least` wording, «مدة لا تقل عن أسبوعين» / "a period of no less than two weeks", as the policy reads.
 * @example formatDecisionPeriod(21, 'ar') // 'ثلاثة أسابيع'
 */
export function formatDecisionPeriod(
  days: number,
  locale: Locale,
  wording: DecisionWording = 'within',
  numberingSystem: 'arab' | 'latn' = locale === 'ar' ? 'arab' : 'latn',
): string {
  const number = new Intl.NumberFormat(`${locale}-u-nu-${numberingSystem}`, { useGrouping: false });
  const options = {
    locale,
    formatNumber: (n: number) => number.format(n),
    latinDigits: numberingSystem === 'latn',
  };
  const period = formatMessage(periodMessages[locale].days, { days }, options);
  return wording === 'within' ? period : formatMessage(periodMessages[locale].atLeast, { period }, options);
}
