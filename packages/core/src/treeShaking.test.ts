import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    conditions: ['@mord/source'],
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('@mord/core tree-shaking', () => {
  it('bundles a metric without schemas, catalogs or the Hijri calendar', async () => {
    const code = await bundle(`import { csat } from '@mord/core'; console.log(csat([5]));`);
    expect(code.length).toBeLessThan(2_000);
    expect(code).not.toContain('لجنة البحث');
    expect(code).not.toContain('IslamicUmalqura');
  });

  it('bundles the survey schema without the support request, declarations or workflow texts', async () => {
    const code = await bundle(
      `import { satisfactionResponseSchema, surveyMessages } from '@mord/core'; console.log(satisfactionResponseSchema, surveyMessages);`,
    );
    expect(code).toContain('حقٌّ من حقوقكِ');
    expect(code).not.toContain('أقرّ أنا الموقّعة');
    expect(code).not.toContain('مهجورة');
    expect(code).not.toContain('state.in_committee');
  });
});
