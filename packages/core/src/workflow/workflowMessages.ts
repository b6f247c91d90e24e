import { defineCatalog } from '../i18n/defineCatalog';

/** Applicant-facing texts of every request state, and the names of the roles. */
export const workflowMessages = defineCatalog(
  {
    'state.submitted.title': 'Received',
    'state.submitted.description':
      'We have received your request. A beneficiary relations officer will review it soon.',
    'state.verifying.title': 'Checking your information',
    'state.verifying.history': 'Information checked against the documents',
    'state.needs_information.history': 'More information was asked for',
    'state.rejected.history': 'Not accepted',
    'state.verifying.description':
      'A beneficiary relations officer is matching your information with your documents.',
    'state.needs_information.title': 'We need more information',
    'state.needs_information.description':
      'Some information or a document is missing. We will contact you to complete it.',
    'state.with_social_researcher.title': 'With the social research officer',
    'state.with_social_researcher.description':
      'Your request was referred to the social research officer, who may contact you to study your situation, answer your questions and explain the procedures.',
    'state.in_committee.title': 'With the research committee',
    'state.in_committee.description':
      'The research committee is studying your request and will answer with acceptance or rejection by the date shown.',
    'state.accepted.title': 'Accepted',
    'state.accepted.description':
      'Your request has been accepted. We will contact you to complete your registration.',
    'state.rejected.title': 'Not accepted',
    'state.rejected.description':
      'We are sorry: the committee could not accept your request this time. You can contact us to ask about the reason or apply again.',
    'state.registered.title': 'Registered',
    'state.registered.description':
      'Your registration is complete. We are preparing the service you asked for.',
    'state.service_delivered.title': 'Service delivered',
    'state.service_delivered.description':
      'The service has been delivered. We would value your opinion of it.',
    'state.closed.title': 'Completed',
    'state.closed.description': 'Your request is complete. Thank you.',
    'state.withdrawn.title': 'Withdrawn',
    'state.withdrawn.description': 'This request was withdrawn. You can submit a new one at any time.',
    'role.applicant': 'Applicant',
    'role.relations_officer': 'Beneficiary relations officer',
    'role.social_researcher': 'Social researcher',
    'role.committee': 'Research committee',
    'role.admin': 'Administrator',
  },
  {
    'state.submitted.title': 'تم الاستلام',
    'state.submitted.description': 'استلمنا طلبكِ، وستراجعه موظفة علاقات المستفيدات قريبًا.',
    'state.verifying.title': 'جارٍ التحقق من البيانات',
    'state.verifying.history': 'التحقق من البيانات',
    'state.needs_information.history': 'طُلبت معلومات إضافية',
    'state.rejected.history': 'لم يُقبل الطلب',
    'state.verifying.description': 'تطابق موظفة علاقات المستفيدات بياناتكِ مع المستندات المرفقة.',
    'state.needs_information.title': 'نحتاج إلى معلومات إضافية',
    'state.needs_information.description': 'تنقص بعض البيانات أو المستندات، وسنتواصل معكِ لاستكمالها.',
    'state.with_social_researcher.title': 'لدى مسؤولة البحث الاجتماعي',
    'state.with_social_researcher.description':
      'أُحيل طلبكِ إلى مسؤولة البحث الاجتماعي، وقد تتواصل معكِ لدراسة حالتكِ والإجابة عن استفساراتكِ وتوضيح الإجراءات.',
    'state.in_committee.title': 'لدى لجنة البحث',
    'state.in_committee.description':
      'تدرس لجنة البحث طلبكِ، وستردّ بالقبول أو الاعتذار في موعد أقصاه التاريخ الموضّح.',
    'state.accepted.title': 'تم القبول',
    'state.accepted.description': 'قُبل طلبكِ، وسنتواصل معكِ لاستكمال إجراءات التسجيل.',
    'state.rejected.title': 'نعتذر عن قبول الطلب',
    'state.rejected.description':
      'نأسف، لم تتمكن اللجنة من قبول طلبكِ هذه المرة. يمكنكِ التواصل معنا للاستفسار عن السبب أو التقديم مرة أخرى.',
    'state.registered.title': 'تم التسجيل',
    'state.registered.description': 'اكتمل تسجيلكِ، ونُعدّ الآن الخدمة المطلوبة.',
    'state.service_delivered.title': 'تم تقديم الخدمة',
    'state.service_delivered.description': 'قُدّمت الخدمة، ويسعدنا أن نعرف رأيكِ فيها.',
    'state.closed.title': 'اكتمل الطلب',
    'state.closed.description': 'اكتمل طلبكِ، شكرًا لكِ.',
    'state.withdrawn.title': 'تم سحب الطلب',
    'state.withdrawn.description': 'سُحب هذا الطلب، ويمكنكِ تقديم طلب جديد في أي وقت.',
    'role.applicant': 'مقدّمة الطلب',
    'role.relations_officer': 'موظفة علاقات المستفيدات',
    'role.social_researcher': 'مسؤولة البحث الاجتماعي',
    'role.committee': 'لجنة البحث',
    'role.admin': 'مديرة النظام',
  },
);
