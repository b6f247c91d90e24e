import { defineOptions } from './defineOptions';

/** What an inquiry is about. */
export const INQUIRY_TOPICS = defineOptions(
  [
    'services',
    'eligibility',
    'request_status',
    'volunteering',
    'entrepreneurship',
    'suggestion',
    'complaint',
    'other',
  ],
  {
    en: {
      services: "The association's services",
      eligibility: 'Who can apply',
      request_status: 'A request I submitted',
      volunteering: 'Volunteering',
      entrepreneurship: 'Entrepreneurship programmes',
      suggestion: 'A suggestion',
      complaint: 'A complaint',
      other: 'Something else',
    },
    ar: {
      services: 'خدمات الجمعية',
      eligibility: 'شروط الاستفادة',
      request_status: 'طلب قدّمته',
      volunteering: 'التطوع',
      entrepreneurship: 'برامج ريادة الأعمال',
      suggestion: 'اقتراح',
      complaint: 'شكوى',
      other: 'موضوع آخر',
    },
  },
);

/** Areas a volunteer can help in. */
export const VOLUNTEER_AREAS = defineOptions(
  [
    'training',
    'mentoring',
    'social_research',
    'events',
    'media',
    'administration',
    'technology',
    'field_visits',
  ],
  {
    en: {
      training: 'Training and workshops',
      mentoring: 'Mentoring entrepreneurs',
      social_research: 'Social research',
      events: 'Events',
      media: 'Media and communication',
      administration: 'Administration',
      technology: 'Technology',
      field_visits: 'Field visits',
    },
    ar: {
      training: 'التدريب وورش العمل',
      mentoring: 'إرشاد رائدات الأعمال',
      social_research: 'البحث الاجتماعي',
      events: 'الفعاليات',
      media: 'الإعلام والتواصل',
      administration: 'الأعمال الإدارية',
      technology: 'التقنية',
      field_visits: 'الزيارات الميدانية',
    },
  },
);

/** When a volunteer is available. */
export const AVAILABILITY = defineOptions(['weekday_mornings', 'weekday_evenings', 'weekends', 'remote'], {
  en: {
    weekday_mornings: 'Weekday mornings',
    weekday_evenings: 'Weekday evenings',
    weekends: 'Weekends',
    remote: 'Remotely',
  },
  ar: {
    weekday_mornings: 'صباح أيام العمل',
    weekday_evenings: 'مساء أيام الأسبوع',
    weekends: 'عطلة نهاية الأسبوع',
    remote: 'عن بُعد',
  },
});
