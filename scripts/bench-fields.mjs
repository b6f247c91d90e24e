// Benchmark: mount time and time per keystroke of a 300-field form built from Mord field components,
// against bare react-hook-form with the same fields and schema, in the same Chromium run.
// Prints medians and ratios; with --write, records them in docs/benchmarks.md.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './lib/browser.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const KEYSTROKES = 100;
const out = mkdtempSync(join(tmpdir(), 'mord-bench-'));
await build({
  entryPoints: [new URL('../packages/react/bench/fieldsBench.tsx', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  jsx: 'automatic',
  conditions: ['@mord/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: join(out, 'bench.js'),
  logLevel: 'error',
});
writeFileSync(
  join(out, 'index.html'),
  '<!doctype html><html lang="ar" dir="rtl"><body><div id="root"></div><script type="module" src="bench.js"></script></body></html>',
);

const browser = await launchChromium({ args: ['--allow-file-access-from-files', '--js-flags=--expose-gc'] });
const page = await browser.newPage();
await page.goto(`file://${join(out, 'index.html')}`);
await page.waitForFunction(() => document.title === 'ready');

const MEASURES = [
  ['mount', 'mount, 300 fields (ms)', (v) => window.bench.mount(v)],
  [
    'key',
    `per keystroke, input event dispatched (ms, mean of ${KEYSTROKES})`,
    (n) => window.bench.keystrokes(n),
  ],
  [
    'typing',
    `per keystroke, typed by the browser's text insertion (ms, mean of ${KEYSTROKES})`,
    (n) => window.bench.typing(n),
  ],
];
const results = { mord: {}, bare: {} };
for (const variant of ['mord', 'bare']) for (const [key] of MEASURES) results[variant][key] = [];
// Warm-up, then alternate the two variants so both see the same machine state.
for (const variant of ['bare', 'mord']) await page.evaluate((v) => window.bench.mount(v), variant);
for (let round = 0; round < ROUNDS; round++) {
  for (const variant of round % 2 ? ['mord', 'bare'] : ['bare', 'mord']) {
    results[variant].mount.push(await page.evaluate(MEASURES[0][2], variant));
    results[variant].key.push(await page.evaluate(MEASURES[1][2], KEYSTROKES));
    results[variant].typing.push(await page.evaluate(MEASURES[2][2], KEYSTROKES));
  }
}
await browser.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = MEASURES.map(([key, name]) => [name, median(results.mord[key]), median(results.bare[key])]);
const table = [
  '| measure | Mord fields | bare react-hook-form | ratio |',
  '|---|---:|---:|---:|',
  ...rows.map(
    ([name, mine, bare]) =>
      `| ${name} | ${mine.toFixed(3)} | ${bare.toFixed(3)} | ${(mine / bare).toFixed(2)}× |`,
  ),
].join('\n');
console.log(table);
console.log(`(${ROUNDS} rounds, medians; Chromium headless, production React build)`);

if (process.argv.includes('--write')) {
  const file = new URL('../docs/benchmarks.md', import.meta.url).pathname;
  const doc = readFileSync(file, 'utf8');
  const section = `<!-- fields-bench:start -->\n${table}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on a 2-core machine, ${ROUNDS} alternating rounds, medians (\`node scripts/bench-fields.mjs --write\`).\n<!-- fields-bench:end -->`;
  writeFileSync(file, doc.replace(/<!-- fields-bench:start -->[\s\S]*<!-- fields-bench:end -->/, section));
}
