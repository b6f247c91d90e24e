// Runs Lighthouse 12 (the last line that runs on Node 20) with Debian's Chromium on every example page, on a
// phone and on a desktop, and writes the medians to docs/benchmarks.md. Not part of the test command (about
// eight minutes with three runs); run it after `pnpm build`:
//   node scripts/lighthouse.mjs [--runs 3]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CHROMIUM = process.env.MORD_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const PORT = 9333;

const PAGES = [
  ['Site: home (ar)', 'http://127.0.0.1:5173/?lang=ar'],
  ['Site: home (en)', 'http://127.0.0.1:5173/?lang=en'],
  ['Site: support request', 'http://127.0.0.1:5173/?lang=ar#/apply'],
  ['Site: request status', 'http://127.0.0.1:5173/?lang=ar#/status'],
  ['Site: inquiry', 'http://127.0.0.1:5173/?lang=ar#/inquiry'],
  ['Site: volunteering', 'http://127.0.0.1:5173/?lang=ar#/volunteer'],
  ['Site: staff sign-in', 'http://127.0.0.1:5173/?lang=ar#/staff'],
  ['Partner page (embed)', 'http://127.0.0.1:5174/'],
  ['Survey link (survey-only embed)', 'http://127.0.0.1:5175/survey/general'],
];

/** Starts `npm start`'s servers on a fresh data folder; resolves when they answer. */
async function startExamples(data) {
  const demo = spawn(process.execPath, [join(ROOT, 'scripts/serve-examples.mjs'), '--empty'], {
    env: { ...process.env, MORD_DATA_DIR: data },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let out = '';
    demo.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Press Ctrl+C')) resolve();
    });
    demo.once('exit', (code) => reject(new Error(`serve-examples exited with ${code}`)));
  });
  return demo;
}

async function startChromium(profile) {
  const chromium = spawn(
    CHROMIUM,
    [
      '--headless=new',
      `--remote-debugging-port=${PORT}`,
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    chromium.stderr.on('data', (chunk) => {
      if (/DevTools listening/.test(String(chunk))) resolve();
    });
    chromium.once('exit', (code) => reject(new Error(`Chromium exited with ${code}`)));
  });
  return chromium;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const data = mkdtempSync(join(tmpdir(), 'mord-lighthouse-'));
const profile = mkdtempSync(join(tmpdir(), 'mord-lighthouse-chromium-'));
const demo = await startExamples(data);
const chromium = await startChromium(profile);
const rows = [];
try {
  for (const [name, url] of PAGES) {
    for (const device of ['mobile', 'desktop']) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        const result = await lighthouse(
          url,
          { port: PORT, output: 'json', logLevel: 'error' },
          device === 'desktop' ? desktopConfig : undefined,
        );
        const { categories, audits } = result.lhr;
        runs.push({
          performance: categories.performance.score * 100,
          accessibility: categories.accessibility.score * 100,
          bestPractices: categories['best-practices'].score * 100,
          seo: categories.seo.score * 100,
          cls: audits['cumulative-layout-shift'].numericValue,
          lcp: audits['largest-contentful-paint'].numericValue,
        });
      }
      const row = Object.fromEntries(
        Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]),
      );
      rows.push({ name, device, ...row });
      console.log(
        `${name.padEnd(34)} ${device.padEnd(8)} perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo} cls ${row.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  chromium.kill('SIGTERM');
  demo.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}

const table = [
  `Lighthouse 12.8.2, Chromium ${process.env.MORD_CHROMIUM ? '(MORD_CHROMIUM)' : '(Debian)'}, medians of ${RUNS} runs, on ${new Date().toISOString().slice(0, 10)} (\`node scripts/lighthouse.mjs\`).`,
  '',
  '| page | device | performance | accessibility | best practices | SEO | CLS | LCP (ms) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.device} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.lcp)} |`,
  ),
].join('\n');
const file = join(ROOT, 'docs/benchmarks.md');
const doc = readFileSync(file, 'utf8');
const start = '<!-- lighthouse:start -->';
const end = '<!-- lighthouse:end -->';
const section = `${start}\n${table}\n${end}`;
writeFileSync(
  file,
  doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), section)
    : `${doc.trimEnd()}\n\n## Lighthouse: every example page\n\n${section}\n`,
);
console.log('docs/benchmarks.md updated');
