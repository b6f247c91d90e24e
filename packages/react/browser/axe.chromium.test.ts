import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATIN_ALLOWED, latinWordsIn } from './latinWords';
import { openStorybook } from './storybook';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const index = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../storybook-static/index.json'), 'utf8'),
) as {
  entries: Record<string, { id: string; type: string; importPath: string }>;
};
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .map((entry) => entry.id);

let sb: Awaited<ReturnType<typeof openStorybook>>;
beforeAll(async () => {
  sb = await openStorybook();
});
afterAll(async () => sb?.close());

describe('every story in Chromium', () => {
  it('checks every stories file of the package: none is missing from the built Storybook', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../src'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.stories.tsx'))
      .map((file) => `./packages/react/src/${file}`)
      .sort();
    const built = [
      ...new Set(
        Object.values(index.entries)
          .filter((entry) => entry.type === 'story')
          .map((entry) => entry.importPath),
      ),
    ].sort();
    expect(built).toEqual(files);
  });

  it.each(['ar', 'en'] as const)('has zero axe violations (WCAG 2.2 A/AA) in %s', async (locale) => {
    const page = await sb.browser.newPage();
    const failures: string[] = [];
    for (const id of stories) {
      await sb.story(id, locale, page);
      // Let play functions and loaders finish before checking.
      await page.waitForTimeout(150);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        // Storybook's a11y panel runs axe after each render too: wait for its run to finish.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await axe.run(document.querySelector('#storybook-root')!, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            });
            return result.violations.map(
              (v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`,
            );
          } catch (error) {
            if (attempt > 50 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      for (const v of violations) failures.push(`${id}: ${v}`);
    }
    await page.close();
    expect(failures).toEqual([]);
  });

  it('shows no Latin words in Arabic outside inputs, isolated user data and the allowed few', async () => {
    const page = await sb.browser.newPage();
    const found: string[] = [];
    for (const id of stories) {
      await sb.story(id, 'ar', page);
      await page.waitForTimeout(150);
      const words = await page.evaluate(latinWordsIn, {
        selector: '#storybook-root',
        allowed: LATIN_ALLOWED,
      });
      if (words.length) found.push(`${id}: ${words.join(' ')}`);
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
