import { defineOptions } from './defineOptions';

/** Sources of the household's monthly income. */
export const INCOME_SOURCES = defineOptions(
  [
    'salary',
    'pension',
    'social_security',
    'citizen_account',
    'alimony',
    'rehabilitation',
    'other_charities',
    'other',
  ],
  {
    en: {
      salary: 'Salary',
      pension: 'Pension / social insurance',
      social_security: 'Social security',
      citizen_account: 'Citizen Account',
      alimony: 'Alimony',
      rehabilitation: 'Comprehensive rehabilitation allowance',
      other_charities: 'Support from other charities',
      other: 'Other',
    },
    ar: {
      salary: 'راتب',
      pension: 'معاش تقاعدي / تأمينات',
      social_security: 'الضمان الاجتماعي',
      citizen_account: 'حساب المواطن',
      alimony: 'نفقة',
      rehabilitation: 'إعانة التأهيل الشامل',
      other_charities: 'دعم جهات خيرية أخرى',
      other: 'أخرى',
    },
  },
);

/** Whether the family receives social security. */
export const SOCIAL_SECURITY_STATUSES = defineOptions(['yes', 'no', 'pending'], {
  en: { yes: 'Yes', no: 'No', pending: 'Under review' },
  ar: { yes: 'نعم', no: 'لا', pending: 'تحت الدراسة' },
});

/** Kinds of support the association offers, its entrepreneurship and training programmes included. */
export const SUPPORT_TYPES = defineOptions(
  [
    'financial',
    'rent_bills',
    'food_basket',
    'home_repair',
    'furniture',
    'appliances',
    'medical',
    'training',
    'entrepreneurship',
    'productive_families',
    'consultation',
  ],
  {
    en: {
      financial: 'Financial support',
      rent_bills: 'Rent or bills payment',
      food_basket: 'Food basket',
      home_repair: 'Home repair',
      furniture: 'Furniture',
      appliances: 'Home appliances',
      medical: 'Medical treatment',
      training: 'Training and qualification',
      entrepreneurship: 'Social entrepreneurship and economic empowerment',
      productive_families: 'Productive families',
      consultation: 'Counselling',
    },
    ar: {
      financial: 'دعم مالي',
      rent_bills: 'سداد إيجار أو فواتير',
      food_basket: 'سلة غذائية',
      home_repair: 'ترميم المسكن',
      furniture: 'أثاث',
      appliances: 'أجهزة منزلية',
      medical: 'علاج',
      training: 'تدريب وتأهيل',
      entrepreneurship: 'ريادة الأعمال الاجتماعية والتمكين الاقتصادي',
      productive_families: 'الأسر المنتجة',
      consultation: 'استشارات',
    },
  },
);

/** Support types paid into the applicant's bank account: only these need an IBAN. */
export const CASH_SUPPORT_TYPES = ['financial', 'rent_bills'] as const;

/** Kinds of supporting document. */
export const ATTACHMENT_KINDS = defineOptions(
  [
    'id_copy',
    'family_card',
    'social_security_certificate',
    'pension_certificate',
    'salary_certificate',
    'lease_contract',
    'property_deed',
    'divorce_deed',
    'death_certificate',
    'custody_deed',
    'iban_certificate',
    'medical_report',
    'invoices_quotes',
    'other',
  ],
  {
    en: {
      id_copy: 'Copy of valid ID or Iqama',
      family_card: 'Family record',
      social_security_certificate: 'Social security statement',
      pension_certificate: 'Pension or social insurance statement',
      salary_certificate: 'Salary certificate',
      lease_contract: 'Electronic lease contract',
      property_deed: 'Property deed',
      divorce_deed: 'Divorce deed',
      death_certificate: 'Death certificate',
      custody_deed: 'Custody or guardianship deed',
      iban_certificate: 'IBAN certificate',
      medical_report: 'Medical report',
      invoices_quotes: 'Invoices or price quotes',
      other: 'Other document',
    },
    ar: {
      id_copy: 'صورة سارية من الهوية أو الإقامة',
      family_card: 'سجل الأسرة',
      social_security_certificate: 'مشهد الضمان الاجتماعي',
      pension_certificate: 'مشهد التقاعد أو التأمينات',
      salary_certificate: 'تعريف بالراتب',
      lease_contract: 'عقد الإيجار الإلكتروني',
      property_deed: 'صك الملكية',
      divorce_deed: 'صك الطلاق',
      death_certificate: 'شهادة الوفاة',
      custody_deed: 'صك الحضانة أو الإعالة',
      iban_certificate: 'شهادة الآيبان',
      medical_report: 'تقرير طبي',
      invoices_quotes: 'فواتير أو عروض أسعار',
      other: 'مستند آخر',
    },
  },
);

/** Media types accepted for attachments, checked by content on the server. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** Default largest attachment, in bytes. @default 10 MB */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
