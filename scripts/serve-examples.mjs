// Starts the whole demo: the reference server on SQLite (with one staff key per role), the association's
// website, a partner's static page embedding the forms under a strict CSP, the survey-link page, and an inbox
// that receives and lists every message the server sends (scripts/demoInbox.mjs).
// `--check` starts everything, checks that each page answers, and stops. On the first start a clearly marked
// demo dataset is seeded (scripts/seedDemo.mjs); `--empty` starts clean instead, in its own data folder.
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const API_PORT = Number(process.env.PORT ?? 8787);
const PORTS = { site: 5173, partner: 5174, survey: 5175, inbox: 5176, smtp: 2525 };
const HOST = '127.0.0.1';
const API = `http://${HOST}:${API_PORT}`;
const EMPTY = process.argv.includes('--empty');
// A clean start never touches the demo's folder: it has a folder of its own.
const DATA = process.env.MORD_DATA_DIR ?? join(ROOT, EMPTY ? 'data-empty' : 'data');
const ORIGINS = [PORTS.site, PORTS.partner, PORTS.survey].flatMap((p) => [
  `http://${HOST}:${p}`,
  `http://localhost:${p}`,
]);
// Only the association's own site has a staff area; partner pages reach the public endpoints alone.
const STAFF_ORIGINS = [`http://${HOST}:${PORTS.site}`, `http://localhost:${PORTS.site}`];
// Staff open a request's documents in the page as blob URLs (an image, or a PDF in a frame).
const CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src blob:; connect-src 'self' ${API}`;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const bin = join(ROOT, 'packages/server/bin/mord-server.js');
// The demo's messages go to its own inbox on loopback (a real SMTP server and SMS gateway), listed at PORTS.inbox.
const { startDemoInbox } = await import('./demoInbox.mjs');
const inbox = await startDemoInbox({ host: HOST, smtpPort: PORTS.smtp, httpPort: PORTS.inbox });
const env = {
  ...process.env,
  PORT: String(API_PORT),
  MORD_DATA_DIR: DATA,
  MORD_CORS_ORIGINS: ORIGINS.join(','),
  MORD_STAFF_CORS_ORIGINS: STAFF_ORIGINS.join(','),
  MORD_PUBLIC_URL: `http://${HOST}:${PORTS.survey}`,
  MORD_SIGNING_URL: `http://${HOST}:${PORTS.site}/#/sign/`,
  ...inbox.env,
  MORD_NOTIFY_INTERVAL_MS: '500',
  MORD_STATUS_URL: `http://${HOST}:${PORTS.site}/#/status/`,
  MORD_STAFF_URL: `http://${HOST}:${PORTS.site}/#/staff`,
};

// One staff key per role, created once and kept in the local data folder.
mkdirSync(DATA, { recursive: true });
const keysFile = join(DATA, 'staff-keys.json');
if (!existsSync(keysFile)) {
  // Each with a work address: their daily summaries land in the demo's inbox too.
  const names = {
    relations_officer: ['منيرة (علاقات المستفيدات)', 'munira@mord.example'],
    social_researcher: ['هيفاء (البحث الاجتماعي)', 'haifa@mord.example'],
    committee: ['لجنة البحث', 'committee@mord.example'],
    admin: ['مديرة النظام', 'admin@mord.example'],
  };
  const keys = {};
  for (const [role, [name, email]] of Object.entries(names)) {
    const args = [bin, 'key', 'create', '--role', role, '--name', name, '--email', email];
    keys[role] = execFileSync(process.execPath, args, {
      env,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1);
  }
  writeFileSync(keysFile, JSON.stringify(keys, null, 2));
}
const keys = JSON.parse(readFileSync(keysFile, 'utf8'));

console.log('Building the association website…');
const { build } = await import('vite');
await build({ root: join(ROOT, 'examples/association-site'), logLevel: 'warn' });

const api = spawn(process.execPath, [bin, 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  api.stdout.on('data', (chunk) => {
    if (/listening on/.test(String(chunk))) resolve();
  });
  api.once('exit', (code) => reject(new Error(`mord-server exited with ${code}`)));
});

function serve(port, mounts, headers = {}, fallback) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = null;
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const candidate = join(dir, path.slice(prefix.length) || 'index.html');
      if (candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isFile()) {
        file = candidate;
        break;
      }
    }
    if (!file && fallback && fallback.test(path)) file = join(mounts[0][1], 'index.html');
    if (!file) return res.writeHead(404).end('Not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, HOST, () => resolve(server)));
}

const embed = join(ROOT, 'packages/embed/dist');
const servers = await Promise.all([
  serve(PORTS.site, [['/', join(ROOT, 'examples/association-site/dist')]]),
  serve(
    PORTS.partner,
    [
      ['/', join(ROOT, 'examples/partner-site')],
      ['/', embed],
    ],
    { 'content-security-policy': CSP },
  ),
  serve(
    PORTS.survey,
    [
      ['/', join(ROOT, 'examples/survey-link')],
      ['/', embed],
    ],
    { 'content-security-policy': CSP },
    /^\/survey\//,
  ),
]);

// The first start with demo data fills the queue and the report; a marker keeps it from seeding twice.
const seededMarker = join(DATA, 'demo-seeded');
let seeded = null;
if (!EMPTY && !existsSync(seededMarker)) {
  const { seedDemo } = await import('./seedDemo.mjs');
  seeded = await seedDemo({ api: API, keys });
  writeFileSync(seededMarker, `${new Date().toISOString()}\n`);
  // The staff's daily summaries of the seeded queue, in the inbox now rather than tomorrow.
  execFileSync(process.execPath, [bin, 'digest', 'send'], { env, stdio: 'ignore' });
}

const urls = {
  api: API,
  site: `http://${HOST}:${PORTS.site}/`,
  staff: `http://${HOST}:${PORTS.site}/#/staff`,
  partner: `http://${HOST}:${PORTS.partner}/`,
  survey: `http://${HOST}:${PORTS.survey}/survey/<token from the staff area>`,
  inbox: inbox.url,
};
console.log(`
Mord Forms is running:
  Association website      ${urls.site}
  Staff area               ${urls.staff}
  Partner page (embed)     ${urls.partner}
  Survey link              ${urls.survey}
  Sent messages (inbox)    ${urls.inbox}
  API (protocol v1)        ${urls.api}   (SQLite in ${DATA})

${
  EMPTY
    ? 'Clean start (--empty): no demo data.'
    : `Demo data (marked [تجريبي]${seeded ? `: ${seeded.requests} requests, ${seeded.inquiries} inquiries, ${seeded.volunteers} volunteer application, ${seeded.answers} survey answers` : ', seeded on the first start'}); \`npm start -- --empty\` starts clean.`
}

Staff keys (one per role):
${Object.entries(keys)
  .map(([role, key]) => `  ${role.padEnd(18)} ${key}`)
  .join('\n')}

Press Ctrl+C to stop.`);

const stop = () => {
  api.kill('SIGTERM');
  inbox.close();
  for (const s of servers) s.close();
};
if (process.argv.includes('--check')) {
  const pages = [
    `${API}/healthz`,
    urls.site,
    urls.partner,
    `${urls.partner}mord-embed.iife.js`,
    `http://${HOST}:${PORTS.survey}/survey/abc`,
    `http://${HOST}:${PORTS.survey}/mord-survey.iife.js`,
    urls.inbox,
  ];
  let failed = false;
  for (const page of pages) {
    const status = (await fetch(page)).status;
    console.log(`${status} ${page}`);
    if (status !== 200) failed = true;
  }
  stop();
  process.exit(failed ? 1 : 0);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stop();
    process.exit(0);
  });
}
