import { defineOptions } from './defineOptions';

/** Kinds of identity document. */
export const ID_TYPES = defineOptions(['national_id', 'iqama', 'border_number', 'passport', 'other'], {
  en: {
    national_id: 'National ID',
    iqama: 'Residence permit (Iqama)',
    border_number: 'Border number',
    passport: 'Passport',
    other: 'Other',
  },
  ar: {
    national_id: 'الهوية الوطنية',
    iqama: 'الإقامة',
    border_number: 'رقم الحدود',
    passport: 'جواز السفر',
    other: 'أخرى',
  },
});

/** Marital statuses (feminine forms in Arabic: the applicants are women). */
export const MARITAL_STATUSES = defineOptions(['single', 'married', 'divorced', 'widowed', 'abandoned'], {
  en: {
    single: 'Single',
    married: 'Married',
    divorced: 'Divorced',
    widowed: 'Widowed',
    abandoned: 'Abandoned / suspended marriage',
  },
  ar: {
    single: 'عزباء',
    married: 'متزوجة',
    divorced: 'مطلقة',
    widowed: 'أرملة',
    abandoned: 'مهجورة / معلّقة',
  },
});

/** Education levels. */
export const EDUCATION_LEVELS = defineOptions(
  ['none', 'literate', 'primary', 'intermediate', 'secondary', 'diploma', 'bachelor', 'postgraduate'],
  {
    en: {
      none: 'No schooling',
      literate: 'Reads and writes',
      primary: 'Primary',
      intermediate: 'Intermediate',
      secondary: 'Secondary',
      diploma: 'Diploma',
      bachelor: "Bachelor's degree",
      postgraduate: 'Postgraduate',
    },
    ar: {
      none: 'بدون تعليم',
      literate: 'تقرأ وتكتب',
      primary: 'ابتدائي',
      intermediate: 'متوسط',
      secondary: 'ثانوي',
      diploma: 'دبلوم',
      bachelor: 'بكالوريوس',
      postgraduate: 'دراسات عليا',
    },
  },
);

/** Employment statuses. */
export const EMPLOYMENT_STATUSES = defineOptions(
  ['unemployed', 'employed', 'self_employed', 'retired', 'student', 'homemaker'],
  {
    en: {
      unemployed: 'Not working',
      employed: 'Employed',
      self_employed: 'Self-employed / own project',
      retired: 'Retired',
      student: 'Student',
      homemaker: 'Homemaker',
    },
    ar: {
      unemployed: 'لا تعمل',
      employed: 'موظفة',
      self_employed: 'تعمل لحسابها / مشروع خاص',
      retired: 'متقاعدة',
      student: 'طالبة',
      homemaker: 'ربة منزل',
    },
  },
);

/** How the applicant prefers to be contacted. */
export const CONTACT_METHODS = defineOptions(['phone', 'sms', 'whatsapp', 'email'], {
  en: { phone: 'Phone call', sms: 'Text message', whatsapp: 'WhatsApp', email: 'E-mail' },
  ar: { phone: 'اتصال هاتفي', sms: 'رسالة نصية', whatsapp: 'واتساب', email: 'البريد الإلكتروني' },
});

/** The thirteen administrative regions of Saudi Arabia. */
export const REGIONS = defineOptions(
  [
    'riyadh',
    'makkah',
    'madinah',
    'eastern',
    'qassim',
    'asir',
    'tabuk',
    'hail',
    'northern_borders',
    'jazan',
    'najran',
    'baha',
    'jawf',
  ],
  {
    en: {
      riyadh: 'Riyadh',
      makkah: 'Makkah',
      madinah: 'Madinah',
      eastern: 'Eastern Province',
      qassim: 'Qassim',
      asir: 'Asir',
      tabuk: 'Tabuk',
      hail: "Ha'il",
      northern_borders: 'Northern Borders',
      jazan: 'Jazan',
      najran: 'Najran',
      baha: 'Al-Baha',
      jawf: 'Al-Jawf',
    },
    ar: {
      riyadh: 'الرياض',
      makkah: 'مكة المكرمة',
      madinah: 'المدينة المنورة',
      eastern: 'المنطقة الشرقية',
      qassim: 'القصيم',
      asir: 'عسير',
      tabuk: 'تبوك',
      hail: 'حائل',
      northern_borders: 'الحدود الشمالية',
      jazan: 'جازان',
      najran: 'نجران',
      baha: 'الباحة',
      jawf: 'الجوف',
    },
  },
);
