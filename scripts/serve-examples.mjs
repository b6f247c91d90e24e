// Starts the whole demo: the reference server on SQLite (with one staff key per role), the association's
// website, a partner's static page embedding the forms under a strict CSP, the survey-link page, and an inbox
// that receives and lists every message the server sends (scripts/demoInbox.mjs).
// `--check` starts everything, checks that each page answers, and stops. On the first start a clearly marked
// demo dataset is seeded (scripts/seedDemo.mjs); `--empty` starts clean instead, in its own data folder.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
// Every page's policy: scripts and styles from itself, calls to the API alone, never framed by another site.
// Staff open a request's documents in the page as blob URLs (an image, or a PDF in a frame).
const CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src blob:; connect-src 'self' ${API}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'`;
const PAGE_HEADERS = {
  'content-security-policy': CSP,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
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
// The site's API is fixed here, at build time: no address parameter can send keys or requests elsewhere.
process.env.MORD_API_URL = API;
await build({ root: join(ROOT, 'examples/association-site'), logLevel: 'warn' });

const api = spawn(process.execPath, [bin, 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  api.stdout.on('data', (chunk) => {
    if (/listening on/.test(String(chunk))) resolve();
  });
  api.once('exit', (code) => reject(new Error(`mord-server exited with ${code}`)));
});

/** Compressed once per file and encoding, as a CDN would keep them. */
const compressed = new Map();
function encoded(file, encoding) {
  const key = `${file}|${encoding}|${statSync(file).mtimeMs}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    compressed.set(key, body);
  }
  return body;
}

/**
 * A static server as the association's host would be set up: its security headers on every answer, brotli or
 * gzip by `Accept-Encoding`, hashed assets cached for a year, pages revalidated each time.
 */
function serve(port, mounts, headers = {}, fallback) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      return res.writeHead(400, headers).end('Bad request');
    }
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
    if (!file) return res.writeHead(404, headers).end('Not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
    const encoding = !compressible
      ? null
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : null;
    const body = encoded(file, encoding);
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.byteLength,
      vary: 'Accept-Encoding',
      // Vite names its assets by content: they never change under the same name.
      'cache-control': /\/assets\/[^/]+-[\w-]{8,}\.\w+$/.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, HOST, () => resolve(server)));
}

const embed = join(ROOT, 'packages/embed/dist');
const servers = await Promise.all([
  serve(PORTS.site, [['/', join(ROOT, 'examples/association-site/dist')]], PAGE_HEADERS),
  serve(
    PORTS.partner,
    [
      ['/', join(ROOT, 'examples/partner-site')],
      ['/', embed],
    ],
    PAGE_HEADERS,
  ),
  serve(
    PORTS.survey,
    [
      ['/', join(ROOT, 'examples/survey-link')],
      ['/', embed],
    ],
    // A survey link is hers alone: never a search result.
    { ...PAGE_HEADERS, 'x-robots-tag': 'noindex' },
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
