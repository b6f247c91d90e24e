// A clearly marked demo dataset for a first `npm start`: support requests in every state across channels,
// inquiries (one answered), a volunteer application, and survey answers — all sent through the HTTP API as
// the website, staff and beneficiaries would, so the queue and the report have something to show. Every
// free text starts with «[تجريبي]» / "[demo]". Tests never use it (they start with `--empty`).
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const MARK = '[تجريبي]';

/**
 * Seeds the demo dataset through the API at `api` with the staff keys by role; returns what it made.
 * @param {{ api: string, keys: Record<string, string> }} options
 */
export async function seedDemo({ api, keys }) {
  const core = await import(join(ROOT, 'packages/core/dist/index.js'));
  const { exampleSupportRequestSubmission, VERIFICATION_CHECKLIST } = core;
  let sequence = 0;
  const call = async (path, init = {}, role) => {
    const response = await fetch(`${api}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(role ? { authorization: `Bearer ${keys[role]}` } : {}),
        ...init.headers,
      },
    });
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };
  const post = (path, body, role, headers = {}) =>
    call(path, { method: 'POST', body: JSON.stringify(body), headers }, role);

  const people = [
    ['نورة', 'سعد', 'عبد الله', 'الشهري', 'العزيزية'],
    ['هيا', 'محمد', 'ناصر', 'الدوسري', 'الملقا'],
    ['مها', 'فهد', 'سالم', 'العتيبي', 'النسيم'],
    ['أمل', 'خالد', 'إبراهيم', 'الزهراني', 'الروضة'],
    ['ريم', 'علي', 'حمد', 'القحطاني', 'السليمانية'],
    ['لطيفة', 'عمر', 'صالح', 'المطيري', 'الشفا'],
  ];
  /** A request from a person of the list, through the public form or, for staff channels, a staff key. */
  async function request(person, supportTypes, channel = 'website') {
    sequence += 1;
    const [first, father, grandfather, family, district] = people[person % people.length];
    const payload = await exampleSupportRequestSubmission({
      mutate: (input) => {
        Object.assign(input.applicant, {
          firstName: first,
          fatherName: father,
          grandfatherName: grandfather,
          familyName: family,
        });
        input.address.district = district;
        input.request.supportTypes = supportTypes;
        input.request.description = `${MARK} طلب تجريبي لعرض طريقة العمل، رقم ${sequence}.`;
        input.request.channel = channel;
      },
    });
    payload.channel = channel;
    const staffChannel = !['website', 'social_media', 'help_request', 'volunteering'].includes(channel);
    const receipt = staffChannel
      ? await post('/v1/staff/forms/support-request/submissions', payload, 'relations_officer', {
          'idempotency-key': `demo-request-${sequence}`,
        })
      : await post('/v1/forms/support-request/submissions', payload, undefined, {
          'idempotency-key': `demo-request-${sequence}`,
        });
    return receipt;
  }
  const move = (reference, role, to, extra = {}) =>
    post(`/v1/staff/requests/${reference}/transitions`, { to, ...extra }, role);
  const checkAll = (reference) =>
    call(
      `/v1/staff/requests/${reference}/checklist`,
      {
        method: 'PUT',
        body: JSON.stringify({
          checklist: Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
        }),
      },
      'relations_officer',
    );
  /** Takes a request along the policy's steps up to `last`. */
  async function along(reference, last) {
    const steps = [
      ['relations_officer', 'verifying'],
      ['relations_officer', 'in_committee'],
      ['committee', 'accepted'],
      ['relations_officer', 'registered'],
      ['relations_officer', 'service_delivered'],
      ['relations_officer', 'closed'],
    ];
    for (const [role, to] of steps) {
      if (to === 'in_committee') await checkAll(reference);
      await move(reference, role, to, to === 'accepted' ? { note: `${MARK} مستوفية للشروط` } : {});
      if (to === last) return;
    }
  }

  const programmes = ['training', 'entrepreneurship', 'productive_families', 'consultation'];
  const made = { requests: 0, inquiries: 0, volunteers: 0, answers: 0 };
  const channels = ['website', 'interview', 'phone', 'letter', 'branch_representative', 'website'];
  const ends = [null, 'verifying', 'in_committee', 'accepted', 'registered', 'service_delivered', 'closed'];
  const delivered = [];
  for (const [index, last] of ends.entries()) {
    const receipt = await request(
      index,
      [programmes[index % programmes.length]],
      channels[index % channels.length],
    );
    made.requests += 1;
    if (last) await along(receipt.reference, last);
    if (last === 'service_delivered' || last === 'closed') delivered.push(receipt.reference);
  }
  // One sent back for a document, one with the social researcher, one declined.
  const back = await request(1, ['consultation']);
  await move(back.reference, 'relations_officer', 'verifying');
  await move(back.reference, 'relations_officer', 'needs_information', {
    missing: ['family_card'],
    note: `${MARK} سجل الأسرة غير مرفق`,
  });
  // Referred to the researcher by name, with a question; another studied and before the committee.
  const researcher = (await call('/v1/staff/people', {}, 'relations_officer')).find(
    (person) => person.role === 'social_researcher',
  );
  const studied = await request(2, ['productive_families'], 'phone');
  await move(studied.reference, 'relations_officer', 'verifying');
  await move(studied.reference, 'relations_officer', 'with_social_researcher', {
    note: `${MARK} تحتاج زيارة منزلية`,
    question: `${MARK} هل المشروع المنزلي قائم؟ وما دخل الأسرة منه؟`,
    ...(researcher ? { assignee: researcher.id } : {}),
  });
  const visited = await request(4, ['productive_families'], 'interview');
  await move(visited.reference, 'relations_officer', 'verifying');
  await checkAll(visited.reference);
  await move(visited.reference, 'relations_officer', 'with_social_researcher', {
    question: `${MARK} زيارة منزلية للتحقق من السكن`,
    ...(researcher ? { assignee: researcher.id } : {}),
  });
  await move(visited.reference, 'social_researcher', 'in_committee', {
    study: {
      visitDate: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
      findings: `${MARK} زارت مسؤولة البحث الاجتماعي المنزل؛ البيانات مطابقة للمستندات والأسرة تحتاج الدعم.`,
      recommendation: 'accept',
    },
  });
  const declined = await request(3, ['training']);
  await along(declined.reference, 'verifying');
  await checkAll(declined.reference);
  await move(declined.reference, 'relations_officer', 'in_committee');
  await move(declined.reference, 'committee', 'rejected', {
    reason: 'not_eligible',
    note: `${MARK} خارج نطاق البرنامج الحالي`,
  });
  made.requests += 4;

  const inquiry = (topic, message, key) =>
    post(
      '/v1/forms/inquiry/submissions',
      {
        data: {
          name: 'سارة أحمد الحربي',
          mobile: '0551234567',
          preferredContact: 'phone',
          topic,
          message: `${MARK} ${message}`,
          channel: 'website',
          consents: { processing: true },
        },
        channel: 'website',
        locale: 'ar',
      },
      undefined,
      { 'idempotency-key': `demo-inquiry-${key}` },
    );
  const question = await inquiry('services', 'ما مواعيد برنامج الأسر المنتجة؟', 1);
  await move(question.reference, 'relations_officer', 'closed', {
    answer: `${MARK} يبدأ البرنامج في الأول من رجب، والتسجيل مفتوح الآن.`,
  });
  await inquiry('complaint', 'لم يتصل بي أحد بعد زيارتي للفرع.', 2);
  await inquiry('suggestion', 'أقترح فتح فرع في حي النسيم.', 3);
  made.inquiries += 3;

  await post(
    '/v1/forms/volunteer/submissions',
    {
      data: {
        name: 'منى عبد الرحمن السبيعي',
        idNumber: '1000000008',
        dateOfBirth: { calendar: 'gregory', year: '1995', month: '3', day: '14' },
        mobile: '0559876543',
        email: '',
        region: 'riyadh',
        city: 'الرياض',
        education: 'bachelor',
        areas: ['training'],
        availability: ['weekends'],
        hoursPerMonth: '10',
        experience: `${MARK} تدريب الحاسب الآلي للمبتدئات.`,
        channel: 'volunteering',
        consents: { processing: true },
      },
      channel: 'volunteering',
      locale: 'ar',
    },
    undefined,
    { 'idempotency-key': 'demo-volunteer-1' },
  );
  made.volunteers += 1;

  // Her view of the service after delivery: each delivered request answers its invitation.
  for (const [index, reference] of delivered.entries()) {
    const { token } = await post(
      `/v1/staff/requests/${reference}/survey-invitations`,
      {},
      'relations_officer',
    );
    await post(`/v1/surveys/${token}/responses`, {
      answers: { csat: 5 - (index % 2), ces: 6, nps: 9 - index, courtesy: 5, answered_in_period: 'yes' },
      comment: `${MARK} شكرًا على حسن التعامل.`,
      anonymous: index % 2 === 1,
    });
    made.answers += 1;
  }
  return made;
}
