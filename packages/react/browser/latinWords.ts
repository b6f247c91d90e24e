/**
 * Latin words an Arabic page may show: file formats, the QR code, the IBAN's country code, the survey
 * metrics' international names and the letters of a short national address (the same list the catalogs
 * are held to, examples/catalogs.test.ts).
 */
export const LATIN_ALLOWED = ['PDF', 'JPEG', 'PNG', 'CSV', 'QR', 'SA', 'IBAN', 'CSAT', 'NPS', 'CES', 'RRRA'];

/**
 * In the page: the Latin words shown under `selector` (shadow roots included), leaving out what is the
 * reader's or the user's own — inputs, isolated user data (`<bdi>`, `<code>`, left-to-right or English
 * parts, U+2068…U+2069 runs) — and the allowed words. Pass to `page.evaluate`.
 */
export function latinWordsIn({ selector, allowed }: { selector: string; allowed: string[] }): string[] {
  // `dir="auto"` marks what someone typed (a note, a person's name in a list).
  const skip = 'bdi, code, kbd, script, style, input, textarea, [dir="ltr"], [dir="auto"]';
  const found = new Set<string>();
  const visit = (root: ParentNode) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The nearest language wins: a page may say `lang="en"` around an Arabic form.
      if (!parent || parent.closest(skip) || parent.closest('[lang]')?.getAttribute('lang') === 'en')
        continue;
      const text = (node.textContent ?? '').replace(/\u2068[^\u2069]*\u2069/g, ' ');
      for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) if (!allowed.includes(word)) found.add(word);
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  for (const root of document.querySelectorAll(selector)) visit(root);
  return [...found].sort();
}
