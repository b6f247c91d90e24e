import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_SAMPLES } from '@mord/adapter-testkit';
import {
  type AssociationConfig,
  DEFAULT_ASSOCIATION_CONFIG,
  defineAssociationConfig,
  exampleSupportRequestSubmission,
  type PublicAssociationConfig,
} from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATABASES,
  grant,
  postJson,
  runCli,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  type Target,
  upload,
} from './hostile/harness';
import { startServer } from './startServer';

const custom = defineAssociationConfig({
  ...DEFAULT_ASSOCIATION_CONFIG,
  services: [
    ...DEFAULT_ASSOCIATION_CONFIG.services,
    {
      id: 'school_bag',
      label: { ar: 'الحقيبة المدرسية', en: 'School bag' },
      documents: ['family_card'],
    },
  ],
  branches: [{ id: 'riyadh_north', label: { ar: 'فرع شمال الرياض', en: 'North Riyadh branch' } }],
  decision: { days: 21, wording: 'at_least' },
});

function configDir(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'mord-config-'));
  writeFileSync(join(dir, 'association.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

async function uploaded(target: Target, kind: string) {
  const response = await upload(target, FILE_SAMPLES.pdf, {
    grant: await grant(target),
    name: `${kind}.pdf`,
  });
  expect(response.status).toBe(201);
  const meta = (await response.json()) as { id: string; sha256: string; size: number; mediaType: string };
  return { ...meta, kind, name: `${kind}.pdf` };
}

describe.each(DATABASES)('the association configuration ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('is read from the data folder and served at GET /v1/config, cached by ETag, without internal targets', async () => {
    target = await startTarget(kind, { dataDir: configDir(custom) });
    const response = await fetch(`${target.url}/v1/config`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const served = (await response.json()) as PublicAssociationConfig;
    expect(served.services.at(-1)?.id).toBe('school_bag');
    expect(served.decision).toEqual({ days: 21, wording: 'at_least' });
    expect(served).not.toHaveProperty('stageTargets');
    const again = await fetch(`${target.url}/v1/config`, {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('enforces it: a new service is accepted with its documents, and promised in its period', async () => {
    target = await startTarget(kind, { dataDir: configDir(custom) });
    const payload = await exampleSupportRequestSubmission({
      config: custom,
      mutate: (request) => {
        request.request.supportTypes = ['school_bag'];
      },
    });
    const refused = await postJson(target, SUBMISSIONS, payload);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { issues: { path: string; code: string }[] } };
    expect(body.error.issues).toEqual([
      expect.objectContaining({ path: 'data.attachments', code: 'documents.missing' }),
    ]);

    const family = await uploaded(target, 'family_card');
    const withDocument = await exampleSupportRequestSubmission({
      config: custom,
      mutate: (request) => {
        request.request.supportTypes = ['school_bag'];
        request.attachments = [family as never];
      },
    });
    const accepted = await postJson(target, SUBMISSIONS, withDocument);
    expect(accepted.status).toBe(201);
    const receipt = (await accepted.json()) as { submittedAt: string; decisionDueAt: string };
    expect(Date.parse(receipt.decisionDueAt) - Date.parse(receipt.submittedAt)).toBe(21 * 86_400_000);
  });

  it('refuses cash support without the ID copy, family record and IBAN certificate by default', async () => {
    target = await startTarget(kind);
    const documents: unknown[] = [await uploaded(target, 'id_copy')];
    const cash = (attachments: unknown[]) =>
      exampleSupportRequestSubmission({
        mutate: (request) => {
          request.request.supportTypes = ['financial'];
          request.attachments = attachments as never;
        },
      });
    const refused = await postJson(target, SUBMISSIONS, await cash(documents), { 'accept-language': 'en' });
    expect(refused.status).toBe(400);
    expect(
      ((await refused.json()) as { error: { issues: { message: string }[] } }).error.issues[0]?.message,
    ).toBe('Attach these documents for the support you chose: Family record and IBAN certificate.');
    documents.push(await uploaded(target, 'family_card'), await uploaded(target, 'iban_certificate'));
    expect((await postJson(target, SUBMISSIONS, await cash(documents))).status).toBe(201);
  });

  it('checks a branch against the configured ones when a key is created', async () => {
    target = await startTarget(kind, { dataDir: configDir(custom) });
    const unknown = await runCli(target, kind, [
      'key',
      'create',
      '--role',
      'relations_officer',
      '--name',
      'منيرة',
      '--branch',
      'jeddah',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('Unknown branch jeddah; the configuration lists riyadh_north');
    const known = await runCli(target, kind, [
      'key',
      'create',
      '--role',
      'relations_officer',
      '--name',
      'منيرة',
      '--branch',
      'riyadh_north',
    ]);
    expect(known.code).toBe(0);
  });
});

describe('a configuration with mistakes', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const broken = (config: unknown) => {
    const dir = configDir(config);
    dirs.push(dir);
    return dir;
  };

  it('stops the server at start, listing every problem with its path', async () => {
    const config: AssociationConfig = {
      ...DEFAULT_ASSOCIATION_CONFIG,
      services: [{ id: 'zakat', label: { ar: 'زكاة', en: 'Zakat' }, documents: ['passport'] }],
      decision: { days: 0, wording: 'within' },
    };
    const dataDir = broken(config);
    await expect(startServer({ port: 0, dataDir })).rejects.toThrow(
      /is not valid:\n {2}- decision\.days: at least 1/,
    );
    const dataDir2 = broken({ ...config, decision: DEFAULT_ASSOCIATION_CONFIG.decision });
    await expect(startServer({ port: 0, dataDir: dataDir2 })).rejects.toThrow(
      'services.0.documents: "passport" is not one of the listed documents',
    );
  });

  it('stops the server when the file is not JSON, or MORD_CONFIG names a file that is not there', async () => {
    await expect(startServer({ port: 0, dataDir: broken('{ "version": 1,') })).rejects.toThrow(/is not JSON/);
    const dataDir = broken(DEFAULT_ASSOCIATION_CONFIG);
    await expect(
      startServer({ port: 0, dataDir, configFile: join(dataDir, 'missing.json'), configRequired: true }),
    ).rejects.toThrow(/cannot be read/);
  });

  it('is checked by `mord-server config check` without starting anything', async () => {
    const dataDir = broken({ ...DEFAULT_ASSOCIATION_CONFIG, extra: true });
    const target = { dir: dataDir } as Target;
    const bad = await runCli(target, 'sqlite', ['config', 'check']);
    expect(bad).toEqual({ code: 1, out: expect.stringContaining('(root): unknown key extra') });
    writeFileSync(join(dataDir, 'association.json'), JSON.stringify(custom));
    const good = await runCli(target, 'sqlite', ['config', 'check']);
    expect(good.code).toBe(0);
    expect(good.out).toContain(
      '12 services, 14 document types, 5 checklist items, 1 branches, decision in 21 days',
    );
  });
});
