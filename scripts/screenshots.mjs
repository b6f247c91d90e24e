// Screenshots of the forms in Arabic and English, from real Chromium, into docs/screenshots/ (and an index
// page docs/screenshots.md), so a reviewer can look at the right-to-left layout without running anything.
// Needs the Storybook build: pnpm exec storybook build -o storybook-static
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveStatic } from './lib/browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const STATIC = join(ROOT, 'storybook-static');
const OUT = join(ROOT, 'docs/screenshots');
const STORIES = [
  ['forms-support-request-wizard--start', 'Wizard — applicant'],
  ['forms-support-request-wizard--step-errors', 'Wizard — errors'],
  ['forms-support-request-wizard--contact', 'Wizard — contact and address'],
  ['forms-support-request-wizard--housing', 'Wizard — housing'],
  ['forms-support-request-wizard--household', 'Wizard — household'],
  ['forms-support-request-wizard--income', 'Wizard — income'],
  ['forms-support-request-wizard--request', 'Wizard — request and documents'],
  ['forms-support-request-wizard--review', 'Wizard — review'],
  ['forms-support-request-wizard--declaration', 'Wizard — declaration'],
  ['forms-support-request-wizard--assisted', 'Wizard — assisted mode'],
  ['status-request-status--after-submit', 'Confirmation'],
  ['status-request-status--in-committee', 'Request status'],
  ['forms-inquiry-and-volunteering--inquiry', 'Inquiry'],
  ['forms-inquiry-and-volunteering--volunteer', 'Volunteering'],
  ['survey-satisfaction-survey--general', 'Satisfaction survey'],
];
// The staff workspace at a desk (1280 px) and on a phone (390 px).
const STAFF_STORIES = [
  ['staff-request-review--queue', 'Staff — the queue'],
  ['staff-request-review--relations-officer', 'Staff — a request, as the relations officer'],
  ['staff-request-review--committee', 'Staff — a request, as the committee'],
  ['staff-request-review--awaiting-signature', 'Staff — a phone request waiting for her signature'],
  ['staff-request-review--sign-by-link', 'Her signing page'],
  ['staff-request-review--report', 'Staff — satisfaction report'],
  ['staff-request-review--keys', 'Staff — people and keys'],
];
const WIDTHS = { desktop: 1280, phone: 390 };
if (!existsSync(join(STATIC, 'iframe.html'))) {
  console.error('Build Storybook first: pnpm exec storybook build -o storybook-static');
  process.exit(1);
}
const server = await serveStatic(STATIC);
const base = server.url;
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
const rows = [];
for (const [id, title] of STORIES) {
  const cells = [];
  for (const locale of ['ar', 'en']) {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 480, height: 900 });
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`);
    await page.waitForSelector('#storybook-root .mord');
    await page.waitForTimeout(300);
    const file = `${id.replace(/^.*--/, '').replace(/[^a-z0-9-]/g, '')}-${id.split('--')[0].split('-')[0]}-${locale}.png`;
    await page.screenshot({ path: join(OUT, file), fullPage: true });
    cells.push(`![${title} (${locale})](screenshots/${file})`);
    await page.close();
  }
  rows.push(`### ${title}\n\n${cells.join(' ')}\n`);
}
const staffRows = [];
for (const [id, title] of STAFF_STORIES) {
  const cells = [];
  for (const [size, width] of Object.entries(WIDTHS)) {
    for (const locale of ['ar', 'en']) {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`);
      await page.waitForSelector('#storybook-root .mord');
      // The views that fetch: wait until they have drawn what they loaded.
      await page.waitForFunction(
        () => !document.querySelector('#storybook-root .mord-hint')?.textContent?.match(/…$/),
      );
      await page.waitForTimeout(300);
      const file = `${id.replace(/^.*--/, '').replace(/[^a-z0-9-]/g, '')}-staff-${locale}-${size}.png`;
      await page.screenshot({ path: join(OUT, file), fullPage: true });
      cells.push(`![${title} (${locale}, ${size})](screenshots/${file})`);
      await page.close();
    }
  }
  staffRows.push(`### ${title}\n\n${cells.join(' ')}\n`);
}
await browser.close();
await server.close();
writeFileSync(
  join(ROOT, 'docs/screenshots.md'),
  `# Screenshots\n\nThe forms in Arabic (right to left) and English, 480 px wide, taken from real Chromium by\n\`node scripts/screenshots.mjs\` (after \`pnpm exec storybook build -o storybook-static\`).\n\n${rows.join('\n')}\n## The staff workspace\n\nAt a desk (1280 px) and on a phone (390 px), in Arabic and English.\n\n${staffRows.join('\n')}`,
);
console.log(`${STORIES.length * 2 + STAFF_STORIES.length * 4} screenshots in docs/screenshots/`);
