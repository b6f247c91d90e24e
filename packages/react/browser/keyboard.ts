import type { Page } from 'playwright-core';

/** The accessible label of the focused element, as a keyboard user would hear it. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const aria = el.getAttribute('aria-label') ?? '';
    const own = el.tagName === 'BUTTON' || el.tagName === 'A' ? (el.textContent ?? '') : '';
    const wrapping = el.closest('label')?.textContent ?? '';
    return (aria || labelled || own || wrapping).replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (only Tab) until the focused element's label matches; fails if it is not reachable. */
export async function tabTo(page: Page, label: RegExp | string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    const current = await focusedLabel(page);
    if (typeof label === 'string' ? current.startsWith(label) : label.test(current)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab: ${label}`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, label: RegExp | string, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

/** Tabs to a select and moves to the option with this value using arrow keys. */
export async function choose(page: Page, label: RegExp | string, value: string): Promise<void> {
  await tabTo(page, label);
  const steps = await page.evaluate((v) => {
    const select = document.activeElement as HTMLSelectElement;
    const target = [...select.options].findIndex((o) => o.value === v);
    return target - select.selectedIndex;
  }, value);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
}

/** Tabs to a checkbox or button and presses Space. */
export async function press(page: Page, label: RegExp | string, key = 'Space'): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.press(key);
}
