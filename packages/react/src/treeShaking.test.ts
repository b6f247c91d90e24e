// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The modules a page built from `code` carries (esbuild, the packages' sources). */
async function inputsOf(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'tsx' },
    bundle: true,
    write: false,
    minify: true,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    conditions: ['@mord/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom', 'react-hook-form', 'zod', '@hookform/resolvers'],
    logLevel: 'silent',
  });
  // Modules parsed but shaken out have no bytes in the output: only those with some are carried.
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

const FIELDS_PAGE = `
  import { MordProvider, MordFormProvider, useMordForm, TextField, RatingField } from '@mord/react';
  import * as z from 'zod/mini';
  function Form() {
    const form = useMordForm(z.object({ name: z.string(), csat: z.string() }), { name: '', csat: '' });
    return <MordFormProvider form={form}><TextField name="name" label="Name" /><RatingField name="csat" label="CSAT" /></MordFormProvider>;
  }
  export const page = <MordProvider><Form /></MordProvider>;
`;

describe('@mord/react tree-shaking', () => {
  it('builds a page of fields without the query library, calendar tables, canonical JSON or the full catalog', async () => {
    const inputs = await inputsOf(FIELDS_PAGE);
    expect(inputs.filter((input) => /@tanstack|@internationalized|canonicalize/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('i18n/uiMessages.ts'))).toBe(false);
    expect(inputs.some((input) => input.endsWith('config/associationConfig.ts'))).toBe(false);
    expect(inputs.some((input) => input.endsWith('fields/TextField.tsx'))).toBe(true);
  });

  it('brings the query library with the views that fetch', async () => {
    const inputs = await inputsOf(
      `import { MordProvider, RequestStatus } from '@mord/react'; export const page = <MordProvider><RequestStatus /></MordProvider>;`,
    );
    expect(inputs.some((input) => /@tanstack[/+]react-query/.test(input))).toBe(true);
  });
});
