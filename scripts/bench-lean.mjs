// Benchmark: a page built from Mord field components alone (MordProvider, useMordForm, MordFormProvider,
// TextField, RatingField) against the same page in bare react-hook-form + zod. Both are built in this run
// from the published packages (esbuild, minified, production, React included), then measured in the same
// Chromium: gzip size, what the Mord page carries, mount time at 20 and 300 fields, time per keystroke.
// Prints medians and ratios; with --write, records them in docs/benchmarks.md. Run `pnpm build` first.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchChromium } from './lib/browser.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const KEYSTROKES = 100;
const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'packages/react/dist/index.js')))
  throw new Error('packages/react/dist is missing: run `pnpm build` first');

/** What the lean page must not carry unless it uses it. */
const HEAVY = {
  'TanStack Query': /@tanstack[/+]query-core|@tanstack[/+]react-query/,
  'calendar tables': /@internationalized[/+]date/,
  'canonical JSON': /canonicalize/,
};

const out = mkdtempSync(join(tmpdir(), 'mord-lean-'));
const pages = {};
for (const variant of ['mord', 'bare']) {
  const result = await build({
    entryPoints: [join(root, 'packages/react/bench/leanPages.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"', VARIANT: JSON.stringify(variant) },
    outfile: join(out, `${variant}.js`),
    logLevel: 'error',
  });
  const code = readFileSync(join(out, `${variant}.js`));
  const inputs = Object.keys(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs);
  pages[variant] = {
    gzip: gzipSync(code, { level: 9 }).byteLength,
    carries: Object.entries(HEAVY)
      .filter(([, pattern]) => inputs.some((input) => pattern.test(input)))
      .map(([name]) => name),
  };
}

// Timing: one build carrying both pages, measured interleaved in one tab.
await build({
  entryPoints: [join(root, 'packages/react/bench/leanPages.tsx')],
  bundle: true,
  minify: true,
  format: 'esm',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', VARIANT: '"both"' },
  outfile: join(out, 'both.js'),
  logLevel: 'error',
});
writeFileSync(
  join(out, 'both.html'),
  '<!doctype html><html lang="ar" dir="rtl"><body><div id="root"></div><script type="module" src="both.js"></script></body></html>',
);
const browser = await launchChromium({ args: ['--allow-file-access-from-files', '--js-flags=--expose-gc'] });
const tab = await browser.newPage();
await tab.goto(`file://${join(out, 'both.html')}`);
await tab.waitForFunction(() => document.title === 'ready');
await tab.evaluate(() => window.bench.mount(300, 2));
const samples = { mord: { m20: [], m300: [], key: [] }, bare: { m20: [], m300: [], key: [] } };
for (let round = 0; round < ROUNDS; round++) {
  const m20 = await tab.evaluate(() => window.bench.mount(20, 20));
  const m300 = await tab.evaluate(() => window.bench.mount(300, 4));
  const key = await tab.evaluate((n) => window.bench.typing(n), KEYSTROKES);
  for (const variant of ['mord', 'bare']) {
    samples[variant].m20.push(m20[variant]);
    samples[variant].m300.push(m300[variant]);
    samples[variant].key.push(key[variant]);
  }
}
await browser.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => (bytes / 1000).toFixed(1);
const rows = [
  [
    'page size, gzip (kB)',
    kb(pages.mord.gzip),
    kb(pages.bare.gzip),
    `+${kb(pages.mord.gzip - pages.bare.gzip)} kB`,
  ],
  ...[
    ['m20', 'mount, 20 fields (ms, mean of 20)'],
    ['m300', 'mount, 300 fields (ms, mean of 4)'],
    ['key', `per keystroke, 20-field page (ms, mean of ${KEYSTROKES})`],
  ].map(([key, name]) => {
    const mord = median(samples.mord[key]);
    const bare = median(samples.bare[key]);
    return [name, mord.toFixed(3), bare.toFixed(3), `${(mord / bare).toFixed(2)}×`];
  }),
];
const table = [
  '| measure | Mord fields | bare react-hook-form + zod | difference |',
  '|---|---:|---:|---:|',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const carries = `The Mord page carries: ${pages.mord.carries.length ? pages.mord.carries.join(', ') : 'none of TanStack Query, calendar tables, canonical JSON'}.`;
console.log(table);
console.log(carries);
console.log(`(${ROUNDS} rounds, medians; Chromium headless, production React build)`);

if (process.argv.includes('--write')) {
  const file = join(root, 'docs/benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const section = `<!-- lean-bench:start -->\n${table}\n\n${carries}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on a 2-core machine, ${ROUNDS} alternating rounds, medians (\`node scripts/bench-lean.mjs --write\`).\n<!-- lean-bench:end -->`;
  const next = doc.includes('<!-- lean-bench:start -->')
    ? doc.replace(/<!-- lean-bench:start -->[\s\S]*<!-- lean-bench:end -->/, section)
    : `${doc.trimEnd()}\n\n## A page of Mord fields against bare react-hook-form\n\n${section}\n`;
  writeFileSync(file, next);
}
