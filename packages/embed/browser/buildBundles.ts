import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

const here = import.meta.dirname;
const require = createRequire(join(here, '../package.json'));
const PREACT: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
};

/** React resolved to preact/compat for every package in the bundle, whatever its own dependencies say. */
const preactAlias: Plugin = {
  name: 'preact-alias',
  setup(b) {
    b.onResolve({ filter: /^(react|react-dom|react-dom\/client|react\/jsx-runtime)$/ }, (args) => ({
      path: require.resolve(PREACT[args.path]!),
    }));
  },
};

/** The forms' stylesheet as text for constructable stylesheets. */
const rawCss: Plugin = {
  name: 'raw-css',
  setup(b) {
    b.onResolve({ filter: /^@mord\/react\/styles\.css\?raw$/ }, () => ({
      path: join(here, '../../react/src/styles.css'),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** Builds the script-tag bundles (full and survey-only) into a folder; returns their paths. */
export async function buildEmbedBundles(outdir: string): Promise<{ full: string; survey: string }> {
  for (const [entry, name] of [
    ['full', 'mord-embed'],
    ['survey', 'mord-survey'],
  ] as const) {
    await build({
      entryPoints: [join(here, `../src/iife/${entry}.ts`)],
      outfile: join(outdir, `${name}.iife.js`),
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2022',
      charset: 'utf8',
      jsx: 'automatic',
      conditions: ['@mord/source'],
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [rawCss, preactAlias],
      logLevel: 'error',
    });
  }
  return { full: join(outdir, 'mord-embed.iife.js'), survey: join(outdir, 'mord-survey.iife.js') };
}
