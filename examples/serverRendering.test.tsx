import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMemoryAdapter,
  DEFAULT_SURVEY,
  exampleSupportRequestSubmission,
  inquirySchema,
  type Locale,
  type StaffApi,
  type StaffRequestRecord,
} from '@mord/core';
import {
  AssigneeControl,
  CheckboxField,
  CheckboxGroupField,
  Confirmation,
  DateField,
  DraftIndicator,
  EMPTY_SIGNATURE,
  EmailField,
  FileField,
  HouseholdMembersField,
  IbanField,
  InquiryForm,
  MobileField,
  MoneyField,
  MordFormProvider,
  MordProvider,
  NotificationLog,
  NpsField,
  PrintableRequest,
  RadioGroupField,
  RatingField,
  RequestActions,
  RequestHistory,
  RequestQueue,
  RequestReview,
  RequestStatus,
  RequestStatusView,
  SatisfactionReport,
  SatisfactionSurvey,
  SaudiIdField,
  SelectField,
  SignatureCollection,
  SignatureImage,
  SignaturePad,
  SignedDeclaration,
  SignRequest,
  StaffAttestation,
  StaffKeys,
  SupportRequestForm,
  SurveyForm,
  TextField,
  useDraft,
  useMordForm,
  VolunteerForm,
} from '@mord/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const packages = readdirSync(join(root, 'packages')).filter((name) => name !== 'node_modules');

describe('every public entry in plain Node, without a DOM', () => {
  it.each(packages)(
    '@mord/%s imports (its built files, as a user installs them) without throwing',
    (name) => {
      const dir = join(root, 'packages', name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
        exports: Record<string, unknown>;
      };
      const entries = Object.keys(pkg.exports)
        .filter((entry) => entry !== './package.json' && !entry.endsWith('.css'))
        .map((entry) => `${pkg.name}${entry.slice(1)}`);
      // A child process: no vitest environment, no DOM, no globals but Node's; unhandled rejections fail it.
      const script = `
      process.on('unhandledRejection', (e) => { console.error('unhandled', e); process.exit(3); });
      const out = {};
      for (const entry of ${JSON.stringify(entries)}) out[entry] = Object.keys(await import(entry)).length;
      if (typeof document !== 'undefined' || typeof HTMLElement !== 'undefined') process.exit(4);
      setTimeout(() => console.log(JSON.stringify(out)), 50);
    `;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: dir,
        encoding: 'utf8',
      });
      const counts = JSON.parse(output) as Record<string, number>;
      expect(Object.keys(counts)).toEqual(entries);
      expect(counts[pkg.name]).toBeGreaterThan(0);
    },
  );

  it('registers no custom element outside a browser, and mount says it needs one', () => {
    const script = `
      const embed = await import('@mord/embed');
      embed.defineMordElements();
      try { embed.mount({}, { form: 'mord-inquiry', endpoint: 'https://forms.example.org' }); }
      catch (e) { console.log(e.message); }
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: join(root, 'packages/embed'),
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('MordEmbed.mount runs in a browser only');
  });
});

const staffKeys = {
  officer: { id: 'o1', name: 'منيرة', role: 'relations_officer' as const },
  admin: { id: 'a1', name: 'مديرة النظام', role: 'admin' as const },
};
let backend: ReturnType<typeof createMemoryAdapter>;
let officer: StaffApi;
let request: StaffRequestRecord;
let reference: string;

beforeAll(async () => {
  backend = createMemoryAdapter({ staffKeys });
  const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
    idempotencyKey: 'server-rendering-1',
  });
  reference = receipt.reference;
  officer = backend.staff({ key: 'officer' });
  request = (await officer.getRequest(reference))!;
});

/** Every field inside a form, as a page built from the parts would render them. */
function Fields() {
  const form = useMordForm(inquirySchema, { name: '', mobile: '' } as never);
  const draft = useDraft({ form, key: 'server-rendering' });
  const options = [
    { id: 'a', label: { ar: 'أ', en: 'A' } },
    { id: 'b', label: { ar: 'ب', en: 'B' } },
  ];
  return (
    <MordFormProvider form={form}>
      <TextField name="name" label="Name" />
      <MobileField name="mobile" label="Mobile" />
      <EmailField name="email" label="Email" />
      <SaudiIdField name="id" label="ID" />
      <IbanField name="iban" label="IBAN" />
      <MoneyField name="income" label="Income" />
      <DateField name="birth" label="Birth date" />
      <SelectField name="topic" label="Topic" options={options} />
      <RadioGroupField name="choice" label="Choice" options={options} />
      <CheckboxGroupField name="many" label="Many" options={options} />
      <CheckboxField name="consent" label="Consent" />
      <RatingField name="rating" label="Rating" />
      <NpsField name="nps" label="NPS" />
      <HouseholdMembersField name="household" />
      <FileField label="Documents" />
      <DraftIndicator status={draft.status} />
    </MordFormProvider>
  );
}

const views: [string, () => ReactNode][] = [
  ['SupportRequestForm', () => <SupportRequestForm />],
  ['InquiryForm', () => <InquiryForm />],
  ['VolunteerForm', () => <VolunteerForm />],
  ['SatisfactionSurvey', () => <SatisfactionSurvey definition={DEFAULT_SURVEY} />],
  ['SurveyForm', () => <SurveyForm backend={backend} definition={DEFAULT_SURVEY} />],
  ['RequestStatus', () => <RequestStatus reference={reference} />],
  [
    'RequestStatusView',
    () => (
      <RequestStatusView
        view={{
          reference,
          form: 'support-request',
          status: 'submitted',
          submittedAt: '2026-11-01T08:00:00.000Z',
          decisionDueAt: '2026-11-15T08:00:00.000Z',
          overdue: false,
          expiresAt: null,
          history: [{ state: 'submitted', at: '2026-11-01T08:00:00.000Z' }],
        }}
      />
    ),
  ],
  ['SignRequest', () => <SignRequest token="some-token" />],
  [
    'Confirmation',
    () => (
      <Confirmation
        receipt={{
          reference,
          status: 'submitted',
          submittedAt: '2026-11-01T08:00:00.000Z',
          decisionDueAt: '2026-11-15T08:00:00.000Z',
          accessToken: 'token',
        }}
      />
    ),
  ],
  ['SignedDeclaration', () => <SignedDeclaration value={EMPTY_SIGNATURE} onChange={() => undefined} />],
  ['SignaturePad', () => <SignaturePad value={null} onChange={() => undefined} />],
  [
    'StaffAttestation',
    () => <StaffAttestation checked={false} onChange={() => undefined} staffName="منيرة" />,
  ],
  ['Fields', () => <Fields />],
  ['RequestQueue', () => <RequestQueue staff={officer} onOpen={() => undefined} />],
  ['RequestReview', () => <RequestReview staff={officer} reference={reference} />],
  ['RequestActions', () => <RequestActions staff={officer} request={request} onMoved={() => undefined} />],
  ['RequestHistory', () => <RequestHistory history={request.history ?? []} />],
  [
    'AssigneeControl',
    () => <AssigneeControl staff={officer} request={request} onChanged={() => undefined} />,
  ],
  ['NotificationLog', () => <NotificationLog staff={officer} reference={reference} />],
  [
    'SignatureCollection',
    () => <SignatureCollection staff={officer} request={request} onSigned={() => undefined} />,
  ],
  [
    'SignatureImage',
    () => <SignatureImage strokes={[]} box={{ width: 300, height: 100 }} label="Signature" />,
  ],
  ['PrintableRequest', () => <PrintableRequest request={request} code="ABCD-1234" />],
  ['SatisfactionReport', () => <SatisfactionReport staff={backend.staff({ key: 'admin' })} />],
  ['StaffKeys', () => <StaffKeys staff={backend.staff({ key: 'admin' })} />],
];

const QUIET = new Set(['NotificationLog', 'SignatureCollection', 'SignatureImage']);

describe.each(['ar', 'en'] as const)('renderToString in %s, without a DOM', (locale: Locale) => {
  it.each(views)('%s renders on the server', (name, view) => {
    const html = renderToString(
      <MordProvider backend={backend} locale={locale}>
        {view()}
      </MordProvider>,
    );
    expect(html).toContain(`lang="${locale}"`);
    expect(html).toContain(`dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
    // Something of the view, not only the provider's empty wrapper (a view that fetches shows "loading"),
    // except the views that render no text here: the log while it loads, the signature collection for a
    // request not awaiting a signature, and the signature drawing.
    const text = html.replace(/<[^>]+>/g, '').trim();
    if (QUIET.has(name)) expect(text).toBe('');
    else expect(text.length).toBeGreaterThan(0);
  });
});
