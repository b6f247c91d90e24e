import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveStatic } from '../../../scripts/lib/browser.mjs';

/** The built Storybook, served on loopback, and a Chromium to open its stories. */
export async function openStorybook() {
  const root = resolve(import.meta.dirname, '../../../storybook-static');
  if (!existsSync(resolve(root, 'index.html')))
    throw new Error(`${root} is not built: run \`pnpm exec storybook build -o storybook-static\` first`);
  const server = await serveStatic(root);
  const browser: BrowserContext = await launchChromium();
  return {
    url: server.url,
    browser,
    /** Opens one story (by id) in a locale, waiting for it to render. */
    async story(id: string, locale: 'ar' | 'en' = 'ar', page?: Page): Promise<Page> {
      const target = page ?? (await browser.newPage());
      await target.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`);
      await target.waitForSelector('#storybook-root .mord');
      return target;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
