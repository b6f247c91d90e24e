import type { OptionList } from './defineOptions';

// One string per language, in the order of the codes: the list travels in the script-tag bundle.
const CODES =
  'SA YE EG SY SD JO PS LB IQ KW BH QA AE OM MA DZ TN LY MR SO ER ET TD NG PK IN BD AF ID PH LK NP TR IR ZZ';
const EN =
  'Saudi|Yemeni|Egyptian|Syrian|Sudanese|Jordanian|Palestinian|Lebanese|Iraqi|Kuwaiti|Bahraini|Qatari|Emirati|Omani|Moroccan|Algerian|Tunisian|Libyan|Mauritanian|Somali|Eritrean|Ethiopian|Chadian|Nigerian|Pakistani|Indian|Bangladeshi|Afghan|Indonesian|Filipino|Sri Lankan|Nepali|Turkish|Iranian|Other nationality';
const AR =
  'سعودية|يمنية|مصرية|سورية|سودانية|أردنية|فلسطينية|لبنانية|عراقية|كويتية|بحرينية|قطرية|إماراتية|عُمانية|مغربية|جزائرية|تونسية|ليبية|موريتانية|صومالية|إريترية|إثيوبية|تشادية|نيجيرية|باكستانية|هندية|بنغلاديشية|أفغانية|إندونيسية|فلبينية|سريلانكية|نيبالية|تركية|إيرانية|جنسية أخرى';

/**
 * Nationalities offered first, by ISO 3166-1 alpha-2 code, named as an adjective — in Arabic in the
 * feminine, as she is asked for hers («سعودية، يمنية، فلسطينية…») — and «جنسية أخرى» (`ZZ`, the code
 * ISO leaves for an unknown region) for any other. A fixed list: the same words on the server and in
 * every browser.
 */
export const NATIONALITIES: OptionList<string> = /* @__PURE__ */ (() => {
  const en = EN.split('|');
  const ar = AR.split('|');
  return CODES.split(' ').map((id, i) => ({ id, label: { ar: ar[i]!, en: en[i]! } }));
})();
