// Walks a support request through the association's policy with @mord/core and its memory adapter:
// validation in Arabic, a signed declaration, an idempotent submit, the committee workflow, and a survey.
// Run: npm start            (Arabic)
//      npm start -- --en    (English)
import {
  CHANNELS,
  createDeclarationRecord,
  createMemoryAdapter,
  exampleSupportRequest,
  formatDualDate,
  getStatusText,
  optionLabel,
  supportRequestSchema,
  VERIFICATION_CHECKLIST,
  validate,
  verifyDeclaration,
} from '@mord/core';

const locale = process.argv.includes('--en') ? 'en' : 'ar';
const t = (ar, en) => (locale === 'ar' ? ar : en);
const yesNo = (value) => (value ? t('نعم', 'yes') : t('لا', 'no'));
const refused = (code) => t(`رُفض — الرمز: ${code}`, `refused — code: ${code}`);
const staffKeys = {
  'demo-officer-key': { id: 'officer-1', name: t('منيرة', 'Munirah'), role: 'relations_officer' },
  'demo-researcher-key': { id: 'researcher-1', name: t('هيفاء', 'Haifa'), role: 'social_researcher' },
  'demo-committee-key': { id: 'committee-1', name: t('لجنة البحث', 'Research committee'), role: 'committee' },
};
const adapter = createMemoryAdapter({ staffKeys, surveyUrl: 'http://localhost:5173/survey/' });
const line = (label, value = '') => console.log(`  ${label}${value === '' ? '' : `: ${value}`}`);
const both = (iso) => formatDualDate(iso, { locale });

console.log(t('\n١) التحقق من البيانات عند التقديم', '\n1) Checking the data at submission'));
const typed = exampleSupportRequest();
typed.contact.mobile = '٠٥٢١٢٣';
const rejected = validate(supportRequestSchema, typed, { locale });
for (const issue of rejected.success ? [] : rejected.issues) line(issue.path, issue.message);
const input = exampleSupportRequest();
const checked = validate(supportRequestSchema, input, { locale });
if (!checked.success) throw new Error('the example request should be valid');
line(t('رقم الهوية المدخل', 'ID as typed'), input.applicant.idNumber);
line(t('بعد التطبيع', 'normalised'), checked.data.applicant.idNumber);
line(
  t('تاريخ الميلاد الهجري', 'Hijri date of birth'),
  `${checked.data.applicant.dateOfBirth.year}/${checked.data.applicant.dateOfBirth.month}/${checked.data.applicant.dateOfBirth.day} → ${checked.data.applicant.dateOfBirth.iso}`,
);
line(t('الجوال', 'Mobile'), checked.data.contact.mobile);

console.log(t('\n٢) الإقرار والتوقيع', '\n2) Declaration and signature'));
const declaration = await createDeclarationRecord({
  data: checked.data,
  textId: 'support-request',
  locale,
  signerName: 'فاطمة عبد الله محمد القحطاني',
  method: 'typed',
});
console.log(`  «${declaration.text}»`);
line(t('بصمة البيانات', 'Data digest'), declaration.submissionDigest);

console.log(
  t('\n٣) الإرسال (مرتين بالمفتاح نفسه: سجل واحد)', '\n3) Submitting (twice with one key: one record)'),
);
const payload = { data: checked.data, declaration, channel: 'website', locale };
const first = await adapter.submit('support-request', payload, { idempotencyKey: 'demo-request-0001' });
const again = await adapter.submit('support-request', payload, { idempotencyKey: 'demo-request-0001' });
line(t('الرقم المرجعي', 'Reference'), first.reference);
line(t('الإيصال نفسه', 'Same receipt'), yesNo(JSON.stringify(first) === JSON.stringify(again)));
line(t('موعد الرد المتوقع', 'Answer expected by'), both(first.decisionDueAt));
line(t('قناة التقديم', 'Channel'), optionLabel(CHANNELS, payload.channel, locale));

console.log(t('\n٤) مسار الطلب حسب السياسة', '\n4) The request through the policy'));
const officer = adapter.staff({ key: 'demo-officer-key' });
const researcher = adapter.staff({ key: 'demo-researcher-key' });
const committee = adapter.staff({ key: 'demo-committee-key' });
await officer.transition(first.reference, { to: 'verifying' });
// Every item checked against the documents: the committee gets a verified request.
await officer.updateChecklist(
  first.reference,
  Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
);
await officer.transition(first.reference, {
  to: 'with_social_researcher',
  question: t('هل السكن مستأجر كما في العقد؟', 'Is the home rented as the contract says?'),
});
await researcher.transition(first.reference, {
  to: 'in_committee',
  study: {
    findings: t(
      'زيارة منزلية: البيانات مطابقة للمستندات.',
      'Home visit: the information matches the documents.',
    ),
    recommendation: 'accept',
  },
});
try {
  await officer.transition(first.reference, { to: 'accepted' });
} catch (error) {
  line(t('محاولة قبول من غير اللجنة', 'Officer tries to accept'), refused(error.code));
}
await committee.transition(first.reference, { to: 'accepted' });
await officer.transition(first.reference, { to: 'registered' });
await officer.transition(first.reference, { to: 'service_delivered' });
const status = await adapter.getStatus(first.reference, first.accessToken);
for (const entry of status.history) line(both(entry.at), getStatusText(entry.state, locale).title);
const record = await officer.getRequest(first.reference);
line(t('التحقق من الإقرار', 'Declaration verified'), yesNo(record.verification.valid));
const tampered = structuredClone(record.data);
tampered.request.description += ' …';
line(
  t('بعد تعديل البيانات', 'After tampering'),
  yesNo(await verifyDeclaration(record.declaration, tampered)),
);

console.log(t('\n٥) قياس الرضا بعد تقديم الخدمة', '\n5) Measuring satisfaction after the service'));
const invitation = await officer.createSurveyInvitation(first.reference);
line(t('رابط الاستبانة', 'Survey link'), invitation.url);
await adapter.submitSurveyResponse(invitation.token, {
  answers: { csat: 5, ces: 6, nps: 9, courtesy: 5, answered_in_period: 'yes' },
  channel: 'website',
  serviceType: 'financial',
  anonymous: false,
});
try {
  await adapter.submitSurveyResponse(invitation.token, {
    answers: { csat: 1, ces: 1, nps: 0 },
    anonymous: true,
  });
} catch (error) {
  line(t('إعادة استخدام الرابط', 'Link reused'), refused(error.code));
}
const summary = await officer.satisfactionSummary();
const number = (value, options) =>
  new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-arab' : 'en', options).format(value);
const answers = (n) => t(`عدد الردود: ${number(n)}`, `${n} ${n === 1 ? 'response' : 'responses'}`);
line(
  t('مؤشر الرضا (CSAT)', 'Satisfaction (CSAT)'),
  `${number(summary.csat.score / 100, { style: 'percent' })} (${answers(summary.csat.n)})`,
);
line(
  t('صافي نقاط الترويج (NPS)', 'Net promoter score (NPS)'),
  `${number(summary.nps.score)} (${answers(summary.nps.n)})`,
);
line(
  t('سهولة الحصول على الخدمة (CES)', 'Ease of getting the service (CES)'),
  `${t(`${number(summary.ces.score)} من ${number(7)}`, `${summary.ces.score} of 7`)} (${answers(summary.ces.n)})`,
);
console.log();
