import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorybook } from './storybook';

let sb: Awaited<ReturnType<typeof openStorybook>>;
beforeAll(async () => {
  sb = await openStorybook();
});
afterAll(async () => sb?.close());

async function state(page: Page) {
  return JSON.parse((await page.getByTestId('signature-state').textContent()) ?? '{}') as {
    strokes: number;
    points: number;
    box: { width: number; height: number } | null;
  };
}

async function inkedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
}

async function draw(page: Page, points: [number, number][]) {
  const before = (await state(page)).strokes;
  await page.locator('canvas').scrollIntoViewIfNeeded();
  const box = (await page.locator('canvas').boundingBox())!;
  await page.mouse.move(box.x + points[0]![0], box.y + points[0]![1]);
  await page.mouse.down();
  for (const [x, y] of points.slice(1)) await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await state(page)).strokes).toBeGreaterThan(before);
}

const wave: [number, number][] = Array.from({ length: 30 }, (_, i) => [
  30 + i * 12,
  80 + Math.round(Math.sin(i / 2) * 40),
]);

describe('SignaturePad in Chromium', () => {
  it('records a signature drawn with the mouse as strokes of points', async () => {
    const page = await sb.story('declaration-signed-declaration--drawn');
    await draw(page, wave);
    await draw(page, [
      [60, 40],
      [90, 120],
      [120, 40],
    ]);
    const s = await state(page);
    expect(s.strokes).toBe(2);
    expect(s.points).toBeGreaterThan(30);
    expect(await inkedPixels(page)).toBeGreaterThan(200);
    await page.close();
  });

  it('redraws the same strokes, scaled, after the box is resized (rotation), and keeps them', async () => {
    const page = await sb.story('declaration-signed-declaration--drawn');
    await draw(page, wave);
    const before = await state(page);
    await page.setViewportSize({ width: 420, height: 800 });
    await page.waitForFunction((w) => {
      const text = document.querySelector('[data-testid="signature-state"]')?.textContent ?? '{}';
      return JSON.parse(text).box?.width !== w;
    }, before.box!.width);
    const after = await state(page);
    expect(after.strokes).toBe(before.strokes);
    expect(after.points).toBe(before.points);
    expect(after.box!.width).toBeLessThan(before.box!.width);
    expect(await inkedPixels(page)).toBeGreaterThan(100);
    await page.close();
  });

  it('rejects a dot as too small, in Arabic and English', async () => {
    for (const [locale, message] of [
      ['ar', 'التوقيع صغير جدًا. وقّعي على مساحة المربع.'],
      ['en', 'The signature is too small. Sign across the box.'],
    ] as const) {
      const page = await sb.story('declaration-signed-declaration--with-errors', locale);
      await page.getByRole('checkbox').check();
      await page.getByRole('textbox').fill('فاطمة القحطاني');
      await draw(page, [
        [100, 80],
        [102, 81],
      ]);
      await expect.poll(() => page.getByText(message).count()).toBe(1);
      await page.close();
    }
  });
});
