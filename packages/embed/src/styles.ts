import css from '@mord/react/styles.css?raw';

// Shadow roots do not match the `.mord` class of the page: the host element carries the variables instead.
const HOST_RULES = ':host { display: block; } :host([hidden]) { display: none; }';

let sheet: CSSStyleSheet | null = null;

/** The forms' stylesheet as one constructable sheet, shared by every element (no inline <style>, CSP-safe). */
export function mordStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${HOST_RULES}\n${css}`);
  }
  return sheet;
}
