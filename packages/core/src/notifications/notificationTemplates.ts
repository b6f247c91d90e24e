import { defineCatalog } from '../i18n/defineCatalog';

/**
 * The events she is told about, and what staff are told by e-mail: their daily summary (`staff_digest`)
 * and her answer to what they asked (`reply_received`).
 */
export const NOTIFICATION_KINDS = [
  'received',
  'needs_information',
  'accepted',
  'rejected',
  'registered',
  'service_delivered',
  'inquiry_answered',
  'signature_requested',
  'code_reminder',
  'staff_digest',
  'reply_received',
] as const;

/** An event she is told about. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The messages, in Arabic (addressing her in the feminine) and English: an e-mail's subject and text, and
 * the short text of an SMS or WhatsApp message (its link is added after it). Override any of them per
 * locale in the association's configuration.
 */
export const notificationTemplates = defineCatalog(
  {
    'received.subject': 'We received your request {reference}',
    'received.text':
      'Hello {name},\n\nWe received your request {reference}. The research committee answers {period} of its referral. Follow it at any time:\n{link}',
    'received.sms': 'We received your request {reference}. Follow it:',
    'needs_information.subject': 'Your request {reference} needs more information',
    'needs_information.text':
      'Hello {name},\n\nTo go on with your request {reference}, we need: {missing}.\nAdd them here:\n{link}',
    'needs_information.sms': 'Your request {reference} needs: {missing}. Add them here:',
    'accepted.subject': 'Your request {reference} was accepted',
    'accepted.text':
      'Hello {name},\n\nThe research committee accepted your request {reference}. We will contact you to register it.\n{link}',
    'accepted.sms': 'Your request {reference} was accepted. Details:',
    'rejected.subject': 'The decision on your request {reference}',
    'rejected.text':
      'Hello {name},\n\nThe research committee could not accept your request {reference}. The reason: {reason}.\nYou may ask us about it or apply again.\n{link}',
    'rejected.sms': 'Your request {reference} was not accepted: {reason}. Details:',
    'registered.subject': 'Your request {reference} is registered',
    'registered.text':
      'Hello {name},\n\nYour request {reference} is registered; the service comes next.\n{link}',
    'registered.sms': 'Your request {reference} is registered. Details:',
    'service_delivered.subject': 'Tell us about the service you received',
    'service_delivered.text':
      'Hello {name},\n\nThe service for your request {reference} was delivered. Evaluating our service is your right: we use it to improve, never for punishment or defamation. Answer in two minutes:\n{link}',
    'service_delivered.sms': 'The service for {reference} was delivered. Your opinion helps us:',
    'inquiry_answered.subject': 'Our answer to your message {reference}',
    'inquiry_answered.text': 'Hello {name},\n\nOur answer to your message {reference}:\n\n{answer}\n\n{link}',
    'inquiry_answered.sms': 'We answered your message {reference}. Read our answer here:',
    'signature_requested.subject': 'Sign your request {reference}',
    'signature_requested.text':
      'Hello {name},\n\nWe took your request {reference} by phone or letter. Read it and sign your declaration here:\n{link}',
    'signature_requested.sms': 'Sign your request {reference} here:',
    'code_reminder.subject': 'Your follow-up code for {reference}',
    'code_reminder.text':
      'Hello {name},\n\nYou asked for the follow-up code of your request {reference}: {code}\nOr open your status directly:\n{link}\n\nIf you did not ask for it, you can ignore this message.',
    'code_reminder.sms': 'The code of your request {reference}: {code}. Your status:',
    'staff_digest.subject': 'Your daily summary: {overdue} overdue, {assigned} new for you',
    'staff_digest.text': 'Hello {name},\n\n{sections}\n\nOpen the staff area:\n{link}',
    'staff_digest.sms': 'Your daily summary: {overdue} overdue, {assigned} new for you:',
    'staff_digest.overdue': 'Past their stage target ({count}):',
    'staff_digest.assigned': 'Given to you since the last summary ({count}):',
    'staff_digest.line': '{reference} — {state} — target {due}',
    'reply_received.subject': 'She answered: request {reference}',
    'reply_received.text':
      'Hello {name},\n\nThe beneficiary sent what you asked for on request {reference}; it is back with the relations officers, with her answer and documents in its history.\n{link}',
    'reply_received.sms': 'She answered on request {reference}:',
  },
  {
    'received.subject': 'استلمنا طلبكِ {reference}',
    'received.text':
      'مرحبًا {name}،\n\nاستلمنا طلبكِ رقم {reference}. تردّ لجنة البحث خلال {period} من إحالته إليها. تابعيه في أي وقت:\n{link}',
    'received.sms': 'استلمنا طلبكِ {reference}. تابعيه من هنا:',
    'needs_information.subject': 'طلبكِ {reference} يحتاج إلى معلومات إضافية',
    'needs_information.text':
      'مرحبًا {name}،\n\nلمتابعة طلبكِ رقم {reference} نحتاج إلى: {missing}.\nأضيفيها من هنا:\n{link}',
    'needs_information.sms': 'طلبكِ {reference} يحتاج إلى: {missing}. أضيفيها من هنا:',
    'accepted.subject': 'قُبل طلبكِ {reference}',
    'accepted.text': 'مرحبًا {name}،\n\nقبلت لجنة البحث طلبكِ رقم {reference}. سنتواصل معكِ لتسجيله.\n{link}',
    'accepted.sms': 'قُبل طلبكِ {reference}. التفاصيل:',
    'rejected.subject': 'قرار اللجنة في طلبكِ {reference}',
    'rejected.text':
      'مرحبًا {name}،\n\nنعتذر، لم تتمكن لجنة البحث من قبول طلبكِ رقم {reference}. السبب: {reason}.\nيمكنكِ الاستفسار عنه أو التقدم من جديد.\n{link}',
    'rejected.sms': 'نعتذر، لم يُقبل طلبكِ {reference}: {reason}. التفاصيل:',
    'registered.subject': 'سُجّل طلبكِ {reference}',
    'registered.text': 'مرحبًا {name}،\n\nسُجّل طلبكِ رقم {reference}، ويليه تقديم الخدمة.\n{link}',
    'registered.sms': 'سُجّل طلبكِ {reference}. التفاصيل:',
    'service_delivered.subject': 'أخبرينا عن الخدمة التي تلقيتِها',
    'service_delivered.text':
      'مرحبًا {name}،\n\nقُدّمت الخدمة لطلبكِ رقم {reference}. تقييمكِ لخدماتنا حقٌّ من حقوقكِ، نستعين به للتقويم والتطوير لا للعقاب أو التشهير. أجيبي في دقيقتين:\n{link}',
    'service_delivered.sms': 'قُدّمت الخدمة لطلبكِ {reference}. رأيكِ يهمنا:',
    'inquiry_answered.subject': 'ردّنا على رسالتكِ {reference}',
    'inquiry_answered.text': 'مرحبًا {name}،\n\nردّنا على رسالتكِ رقم {reference}:\n\n{answer}\n\n{link}',
    'inquiry_answered.sms': 'رددنا على رسالتكِ {reference}. اقرئي ردّنا هنا:',
    'signature_requested.subject': 'وقّعي طلبكِ {reference}',
    'signature_requested.text':
      'مرحبًا {name}،\n\nسجّلنا طلبكِ رقم {reference} هاتفيًا أو بخطاب. اقرئيه ووقّعي إقراركِ من هنا:\n{link}',
    'signature_requested.sms': 'وقّعي طلبكِ {reference} من هنا:',
    'code_reminder.subject': 'رمز متابعة طلبكِ {reference}',
    'code_reminder.text':
      'مرحبًا {name}،\n\nطلبتِ رمز متابعة طلبكِ رقم {reference}: {code}\nأو افتحي حالة طلبكِ مباشرة:\n{link}\n\nإن لم تطلبيه فتجاهلي هذه الرسالة.',
    'code_reminder.sms': 'رمز متابعة طلبكِ {reference}: {code}. حالة طلبكِ:',
    'staff_digest.subject': 'ملخص اليوم — متأخرة: {overdue}، جديدة لك: {assigned}',
    'staff_digest.text': 'مرحبًا {name}،\n\n{sections}\n\nللاطلاع عليها في منطقة الموظفين:\n{link}',
    'staff_digest.sms': 'ملخص اليوم — متأخرة: {overdue}، جديدة لك: {assigned}:',
    'staff_digest.overdue': 'تجاوزت المدة المستهدفة لمرحلتها ({count}):',
    'staff_digest.assigned': 'أُسندت إليك منذ الملخص السابق ({count}):',
    'staff_digest.line': '{reference} — {state} — الموعد المستهدف {due}',
    'reply_received.subject': 'وصل ردّ المستفيدة على الطلب {reference}',
    'reply_received.text':
      'مرحبًا {name}،\n\nأرسلت المستفيدة ما طُلب منها في الطلب {reference}، وعاد إلى موظفات علاقات المستفيدات، وردّها ومستنداتها في سجله.\n{link}',
    'reply_received.sms': 'وصل ردّ المستفيدة على الطلب {reference}:',
  },
);

/** A key of the notification templates. */
export type NotificationTemplateKey = keyof (typeof notificationTemplates)['en'];
