// Load benchmark of @mord/server on loopback: concurrent submissions where every idempotency key is sent
// several times at once. Reports submissions/s and latency percentiles, and checks zero duplicates and zero
// lost acknowledged submissions; then fills the staff queue to 10,000 requests and times listing it. With --write, records the results in docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBuiltServer } from './startBuiltServer.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const KEYS = Number(process.env.BENCH_KEYS ?? 600);
const REPEATS = 3;
const QUEUE = Number(process.env.BENCH_QUEUE ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
// Each key is one beneficiary's browser: its own client address, as a trusted proxy in front reports it
// (the server works one body at a time per client, so one address for everything would measure that).
const { url, adminKey, stop } = await startBuiltServer({
  MORD_RATE_LIMIT: '1000000',
  MORD_STAFF_RATE_LIMIT: '1000000',
  MORD_TRUST_PROXY: '1',
});

const { exampleSupportRequestSubmission } = await import(join(ROOT, 'packages/core/dist/index.js'));
const bodies = await Promise.all(
  Array.from({ length: KEYS }, (_, i) =>
    exampleSupportRequestSubmission({
      mutate: (d) => {
        d.address.district = `حي ${i}`;
      },
    }),
  ),
);
// Every key REPEATS times, shuffled, so copies of one key are in flight together.
const jobs = Array.from({ length: KEYS * REPEATS }, (_, i) => i % KEYS).sort(() => Math.random() - 0.5);
const latencies = [];
const receipts = new Map();
let failures = 0;
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < jobs.length) {
      const key = jobs[next++];
      const t0 = performance.now();
      const response = await fetch(`${url}/v1/forms/support-request/submissions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `load-key-${key}`,
          'x-forwarded-for': `10.${(key >> 16) & 255}.${(key >> 8) & 255}.${key & 255}`,
        },
        body: JSON.stringify(bodies[key]),
      });
      latencies.push(performance.now() - t0);
      if (response.status !== 201) {
        failures++;
        continue;
      }
      const receipt = await response.json();
      const seen = receipts.get(key);
      if (seen && seen !== receipt.reference) throw new Error(`key ${key} got two references`);
      receipts.set(key, receipt.reference);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const staffGet = async (path) =>
  (await fetch(`${url}/v1/staff${path}`, { headers: { authorization: `Bearer ${adminKey}` } })).json();
// The whole queue, page by page (the API serves at most 1000 per page).
async function listAll() {
  const all = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await staffGet(`/requests?limit=1000&offset=${offset}`);
    all.push(...page);
    if (page.length < 1000) return all;
  }
}
const stored = await listAll();
const storedRefs = new Set(stored.map((r) => r.reference));
const lost = [...receipts.values()].filter((ref) => !storedRefs.has(ref)).length;
const duplicates = stored.length - new Set(receipts.values()).size;

// The staff queue at QUEUE requests: top up with distinct submissions, then time the listing (medians).
let next2 = 0;
const topUp = Math.max(0, QUEUE - KEYS);
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next2 < topUp) {
      const i = next2++;
      const response = await fetch(`${url}/v1/forms/support-request/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `queue-key-${i}` },
        body: JSON.stringify(bodies[i % KEYS]),
      });
      if (response.status !== 201) throw new Error(`top-up submission answered ${response.status}`);
    }
  }),
);
async function median(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const queueSize = (await listAll()).length;
const firstPage = await median(21, () => staffGet('/requests?limit=100'));
const overduePage = await median(21, () => staffGet('/requests?limit=100&overdue=true'));
const wholeQueue = await median(5, listAll);
// The queue as the desks use it: a relations officer's (only what her role may read), a search, the counts
// per state, and "assigned to me" — each over all 10,000.
const officer = await (
  await fetch(`${url}/v1/staff/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench officer', role: 'relations_officer' }),
  })
).json();
const asOfficer = async (path) =>
  (await fetch(`${url}/v1/staff${path}`, { headers: { authorization: `Bearer ${officer.key}` } })).json();
const sample = stored[Math.floor(stored.length / 2)].reference;
for (const reference of stored.slice(0, 20).map((r) => r.reference)) {
  await fetch(`${url}/v1/staff/requests/${reference}/assignee`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${officer.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ assignee: officer.id }),
  });
}
const officerPage = await median(11, () => asOfficer('/requests?limit=50'));
const searchReference = await median(11, () => asOfficer(`/requests?limit=50&search=${sample.slice(-5)}`));
const searchName = await median(11, () =>
  asOfficer(`/requests?limit=50&search=${encodeURIComponent('فاطمة')}`),
);
const counts = await median(11, () => asOfficer('/request-counts'));
const mine = await median(11, () => asOfficer(`/requests?limit=50&assignee=${officer.id}`));
stop();

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
const table = [
  '| measure | value |',
  '|---|---:|',
  `| submissions sent (${KEYS} keys × ${REPEATS}, ${CONCURRENCY} concurrent) | ${jobs.length} |`,
  `| throughput | ${(jobs.length / seconds).toFixed(0)} submissions/s |`,
  `| latency p50 / p99 | ${pct(50).toFixed(1)} ms / ${pct(99).toFixed(1)} ms |`,
  `| non-201 answers | ${failures} |`,
  `| requests stored / distinct keys | ${stored.length} / ${KEYS} |`,
  `| duplicates | ${duplicates} |`,
  `| acknowledged but lost | ${lost} |`,
  `| staff queue size | ${queueSize} requests |`,
  `| list the first page (100), median of 21 | ${firstPage.toFixed(1)} ms |`,
  `| list overdue requests (reads only those in committee), median of 21 | ${overduePage.toFixed(1)} ms |`,
  `| list the whole queue (pages of 1000), median of 5 | ${wholeQueue.toFixed(0)} ms |`,
  `| a relations officer's first page (50, what her role may read), median of 11 | ${officerPage.toFixed(1)} ms |`,
  `| search by part of a reference, median of 11 | ${searchReference.toFixed(1)} ms |`,
  `| search by a name every request has (first 50), median of 11 | ${searchName.toFixed(1)} ms |`,
  `| counts per state, median of 11 | ${counts.toFixed(1)} ms |`,
  `| "assigned to me" (20 of 10,000), median of 11 | ${mine.toFixed(1)} ms |`,
].join('\n');
console.log(table);
if (duplicates !== 0 || lost !== 0 || stored.length !== KEYS) {
  console.error('FAILED: duplicates or lost submissions');
  process.exitCode = 1;
}
if (process.argv.includes('--write')) {
  const file = join(ROOT, 'docs/benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const section = `<!-- server-load:start -->\n${table}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on a 2-core machine (client and server share it), SQLite in WAL mode (\`node scripts/bench-server.mjs --write\`, after \`pnpm build\`).\n<!-- server-load:end -->`;
  writeFileSync(
    file,
    doc.includes('<!-- server-load:start -->')
      ? doc.replace(/<!-- server-load:start -->[\s\S]*<!-- server-load:end -->/, section)
      : `${doc}\n## Server: concurrent submissions with repeated idempotency keys\n\n${section}\n`,
  );
}
