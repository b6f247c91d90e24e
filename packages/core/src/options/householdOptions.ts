import { defineOptions } from './defineOptions';

/** Kinds of dwelling. */
export const HOUSING_TYPES = defineOptions(
  ['villa', 'apartment', 'floor', 'traditional_house', 'annex', 'other'],
  {
    en: {
      villa: 'Villa',
      apartment: 'Apartment',
      floor: 'Floor of a house',
      traditional_house: 'Traditional house',
      annex: 'Annex',
      other: 'Other',
    },
    ar: {
      villa: 'فيلا',
      apartment: 'شقة',
      floor: 'دور',
      traditional_house: 'بيت شعبي',
      annex: 'ملحق',
      other: 'أخرى',
    },
  },
);

/** Who owns the dwelling. */
export const HOUSING_OWNERSHIPS = defineOptions(
  ['owned', 'rented', 'with_family', 'charitable', 'government'],
  {
    en: {
      owned: 'Owned',
      rented: 'Rented',
      with_family: 'Living with family',
      charitable: 'Charitable or endowment housing',
      government: 'Government housing',
    },
    ar: {
      owned: 'ملك',
      rented: 'إيجار',
      with_family: 'سكن مع الأهل',
      charitable: 'سكن خيري / وقفي',
      government: 'سكن حكومي',
    },
  },
);

/** A household member's relation to the applicant. */
export const RELATIONS = defineOptions(
  ['husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'grandchild', 'other'],
  {
    en: {
      husband: 'Husband',
      son: 'Son',
      daughter: 'Daughter',
      father: 'Father',
      mother: 'Mother',
      brother: 'Brother',
      sister: 'Sister',
      grandchild: 'Grandchild',
      other: 'Other relative',
    },
    ar: {
      husband: 'زوج',
      son: 'ابن',
      daughter: 'ابنة',
      father: 'أب',
      mother: 'أم',
      brother: 'أخ',
      sister: 'أخت',
      grandchild: 'حفيد / حفيدة',
      other: 'قريب / قريبة آخر',
    },
  },
);

/** Gender of a household member. */
export const GENDERS = defineOptions(['female', 'male'], {
  en: { female: 'Female', male: 'Male' },
  ar: { female: 'أنثى', male: 'ذكر' },
});

/** Study or work status of a household member. */
export const MEMBER_STATUSES = defineOptions(
  ['preschool', 'student', 'employed', 'unemployed', 'retired', 'unable_to_work', 'other'],
  {
    en: {
      preschool: 'Below school age',
      student: 'Student',
      employed: 'Working',
      unemployed: 'Not working',
      retired: 'Retired',
      unable_to_work: 'Unable to work',
      other: 'Other',
    },
    ar: {
      preschool: 'دون سن الدراسة',
      student: 'طالب / طالبة',
      employed: 'يعمل / تعمل',
      unemployed: 'لا يعمل / لا تعمل',
      retired: 'متقاعد / متقاعدة',
      unable_to_work: 'غير قادر / قادرة على العمل',
      other: 'أخرى',
    },
  },
);
