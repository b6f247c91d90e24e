import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../scripts/lib/browser.mjs';

/** The servers `npm start` runs (packages already built), a fresh data folder, and a Chromium that records CSP violations. */
export async function startExamples(): Promise<{
  data: string;
  browser: BrowserContext;
  stop(): Promise<void>;
}> {
  const data = mkdtempSync(join(tmpdir(), 'mord-examples-'));
  // Tests never depend on the demo data: they start clean.
  const demo = spawn(
    process.execPath,
    [join(import.meta.dirname, '../scripts/serve-examples.mjs'), '--empty'],
    {
      env: { ...process.env, MORD_DATA_DIR: data },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    demo.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Press Ctrl+C')) resolve();
    });
    demo.once('exit', (code) => reject(new Error(`serve-examples exited with ${code}: ${out}`)));
  });
  const browser = await launchChromium();
  await browser.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
  });
  return {
    data,
    browser,
    async stop() {
      await browser.close();
      // Wait for the servers to let go of their ports before the next test file starts its own.
      if (demo.exitCode === null) await new Promise((resolve) => demo.once('exit', resolve).kill('SIGTERM'));
      rmSync(data, { recursive: true, force: true });
    },
  };
}
