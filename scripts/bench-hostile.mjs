// Hostile-load benchmark of @mord/server on loopback: one client streams worst-case bodies (every kind the
// hostile suite refuses, the costliest first) on several connections while a prober times /healthz. Reports
// the health check's median and p99 with and without the attack in the same run, and what the attacker got.
// The rate limit is lifted so that every hostile body is processed (the limiter would refuse most of them).
// With --write, records the results in docs/benchmarks.md. Run after `pnpm build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBuiltServer } from './startBuiltServer.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const { url, stop } = await startBuiltServer({ MORD_RATE_LIMIT: '100000000' });

const core = await import(join(ROOT, 'packages/core/dist/index.js'));
const valid = await core.exampleSupportRequestSubmission();
const start = Date.parse('2026-12-01T08:00:00Z');
const strokes = Array.from({ length: 10 }, (_, s) => ({
  points: Array.from({ length: core.MAX_SIGNATURE_POINTS / 10 }, (_, i) => ({
    x: Math.round((20 + i * 1.1) * 10) / 10,
    y: Math.round((60 + Math.sin(i / 7 + s) * 40) * 10) / 10,
    t: start + s * 60_000 + i * 16,
    pressure: 0.5,
  })),
}));
const submissions = '/v1/forms/support-request/submissions';
// Pre-serialised, so the attacker spends its time sending, not building.
const ATTACKS = [
  {
    name: 'full signature (5,000 points), data changed after signing: every check runs, then refused',
    path: submissions,
    body: JSON.stringify({
      ...valid,
      data: { ...valid.data, address: { ...valid.data.address, district: 'حي آخر' } },
      declaration: { ...valid.declaration, method: 'drawn', box: { width: 600, height: 150 }, strokes },
    }),
  },
  {
    name: '30,000 invalid signature points (just under the body limit)',
    path: submissions,
    body: JSON.stringify({
      ...valid,
      declaration: {
        ...valid.declaration,
        method: 'drawn',
        box: { width: 300, height: 100 },
        strokes: Array.from({ length: 300 }, () => ({
          points: Array.from({ length: 100 }, () => ({ x: 'a' })),
        })),
      },
    }),
  },
  {
    name: 'JSON nested 5,000 levels deep',
    path: submissions,
    body: `{"data":${'['.repeat(5000)}${']'.repeat(5000)},"channel":"website","locale":"ar"}`,
  },
  {
    name: '9,000 unknown survey answers',
    path: '/v1/surveys/general/responses',
    body: JSON.stringify({
      answers: Object.fromEntries(Array.from({ length: 9000 }, (_, i) => [`q${i}`, 1])),
      anonymous: true,
      nonce: (await (await fetch(`${url}/v1/surveys/general`)).json()).nonce,
    }),
  },
  { name: '3 MB body (413 after draining)', path: submissions, body: ' '.repeat(3 * 1024 * 1024) },
];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

async function probe(seconds) {
  const latencies = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const t0 = performance.now();
    const response = await fetch(`${url}/healthz`);
    await response.arrayBuffer();
    latencies.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

const statuses = new Map();
let sent = 0;
let attacking = true;
async function attacker(offset) {
  let i = offset;
  while (attacking) {
    const attack = ATTACKS[i++ % ATTACKS.length];
    try {
      const response = await fetch(`${url}${attack.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `hostile-${sent}-${offset}` },
        body: attack.body,
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    } catch {
      statuses.set('network error', (statuses.get('network error') ?? 0) + 1);
    }
    sent += 1;
  }
}

// Warm up both paths, then measure: quiet, under attack.
await probe(1);
const quiet = await probe(SECONDS);
const attackers = Array.from({ length: CONNECTIONS }, (_, i) => attacker(i));
await new Promise((resolve) => setTimeout(resolve, 500));
const loaded = await probe(SECONDS);
attacking = false;
await Promise.all(attackers);
stop();

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const p99 = percentile(loaded, 0.99);
const rows = [
  ['hostile bodies, rotating', ATTACKS.map((a) => a.name).join('; ')],
  ['attacker', `one client, ${CONNECTIONS} connections, ${SECONDS} s, rate limit lifted`],
  ['bodies answered', `${sent} (${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')})`],
  [
    '/healthz without attack: median / p99',
    `${fmt(percentile(quiet, 0.5))} / ${fmt(percentile(quiet, 0.99))} (n = ${quiet.length})`,
  ],
  [
    '/healthz under attack: median / p99',
    `${fmt(percentile(loaded, 0.5))} / ${fmt(p99)} (n = ${loaded.length})`,
  ],
  ['p99 under attack ÷ p99 without', `${(p99 / percentile(quiet, 0.99)).toFixed(1)}×`],
  ['target: p99 under attack < 50 ms', p99 < 50 ? 'met' : 'NOT met'],
];
const table = ['| measure | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const file = join(ROOT, 'docs/benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const section = `<!-- hostile-load:start -->\n${table}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on a 2-core machine (attacker, prober and server share it), SQLite (\`node scripts/bench-hostile.mjs --write\`, after \`pnpm build\`).\n<!-- hostile-load:end -->`;
  writeFileSync(
    file,
    doc.includes('<!-- hostile-load:start -->')
      ? doc.replace(/<!-- hostile-load:start -->[\s\S]*<!-- hostile-load:end -->/, section)
      : doc.replace('## Embed bundle sizes', `## Hostile load\n\n${section}\n\n## Embed bundle sizes`),
  );
}
if (p99 >= 50) process.exitCode = 1;
