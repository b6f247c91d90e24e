// The project's one Chromium launcher and static file server, shared by the browser tests, the benchmarks,
// the screenshots and the examples' server.
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

/** Where Debian's Chromium lives; override with MORD_CHROMIUM. */
export const CHROMIUM_PATH = process.env.MORD_CHROMIUM ?? '/usr/bin/chromium';

/** The flags that keep Chromium headless, quiet and off the (closed) network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium with a fresh profile.
 * @param {{ args?: string[], viewport?: { width: number, height: number } }} [options]
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export function launchChromium(options = {}) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'mord-chromium-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: options.viewport ?? { width: 1024, height: 900 },
    args: [...FLAGS, ...(options.args ?? [])],
  });
}

/** Content types of the files the tests and examples serve. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves a folder on a free loopback port, with extra response headers (fixed or per response); a path that
 * leaves the folder is a 404.
 * @param {string} root
 * @param {Record<string, string> | (() => Record<string, string>)} [headers]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, headers = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const extra = typeof headers === 'function' ? headers() : headers;
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      ...extra,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps connections open; a test that closes its page server must not wait for them.
        server.closeAllConnections();
      }),
  };
}
