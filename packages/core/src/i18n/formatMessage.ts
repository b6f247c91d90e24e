import type { Locale } from './locale';

/** Values substituted into `{name}` placeholders of a catalog message. */
export type MessageParams = Record<string, string | number>;

/** How {@link formatMessage} writes numbers and chooses plural forms. */
export interface FormatMessageOptions {
  /** Whose plural rules choose a form (`Intl.PluralRules`): Arabic has six. @default 'ar' */
  locale?: Locale;
  /** Writes a number param (in the reader's digits). @default String */
  formatNumber?: (value: number) => string;
  /**
   * The reader chose Latin digits: the catalog's own Arabic-Indic digits (٠٥، ١٠ أرقام) are written
   * 0–9 too, so a screen never mixes the two. Params are left as they are.
   */
  latinDigits?: boolean;
}

const literal = (text: string, options: FormatMessageOptions) =>
  options.latinDigits ? text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)) : text;

/**
 * Replaces `{name}` placeholders in a catalog message, and chooses among plural forms the ICU way:
 * `{count, plural, =0 {…} one {…} two {…} few {…} many {…} other {…}}`, with `#` for the number — the
 * form by `Intl.PluralRules` of the locale (Arabic: ١ يوم، يومان، ٣ أيام، ١١ يومًا، ١٠٠ يوم), an exact
 * `=n` first. Unknown placeholders are left visible so a missing parameter shows up in review instead of
 * silently vanishing.
 * @example formatMessage('{n, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}', { n: 11 }) // '11 يومًا'
 */
export function formatMessage(
  template: string,
  params?: MessageParams,
  options: FormatMessageOptions = {},
): string {
  if (!params) return literal(template, options);
  let out = '';
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    const close = open < 0 ? -1 : matchingBrace(template, open);
    if (close < 0) return out + literal(template.slice(at), options);
    out +=
      literal(template.slice(at, open), options) + argument(template.slice(open + 1, close), params, options);
    at = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function written(value: string | number, options: FormatMessageOptions): string {
  return typeof value === 'number' ? (options.formatNumber?.(value) ?? String(value)) : value;
}

function argument(body: string, params: MessageParams, options: FormatMessageOptions): string {
  const plural = /^(\w+),\s*plural,([\s\S]*)$/.exec(body);
  const name = plural ? plural[1]! : body;
  if (!/^\w+$/.test(name) || !Object.hasOwn(params, name)) return `{${body}}`;
  const value = params[name]!;
  if (!plural) return written(value, options);
  const forms = pluralForms(plural[2]!);
  const n = Number(value);
  const chosen =
    forms.get(`=${n}`) ??
    forms.get(new Intl.PluralRules(options.locale ?? 'ar').select(n)) ??
    forms.get('other') ??
    '';
  return formatMessage(chosen.replaceAll('#', written(value, options)), params, options);
}

/** `one {…} two {…}` → a map of selector to text. */
function pluralForms(cases: string): Map<string, string> {
  const forms = new Map<string, string>();
  let at = 0;
  while (at < cases.length) {
    const open = cases.indexOf('{', at);
    if (open < 0) break;
    const close = matchingBrace(cases, open);
    if (close < 0) break;
    forms.set(cases.slice(at, open).trim(), cases.slice(open + 1, close));
    at = close + 1;
  }
  return forms;
}

/**
 * The names of a message's placeholders, plural arguments and those inside their forms included, sorted:
 * what two translations of one message must share.
 * @example messageArguments('{n, plural, one {# يوم} other {# أيام}} — {name}') // ['n', 'name']
 */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  const visit = (text: string) => {
    let at = 0;
    while (at < text.length) {
      const open = text.indexOf('{', at);
      const close = open < 0 ? -1 : matchingBrace(text, open);
      if (close < 0) return;
      const body = text.slice(open + 1, close);
      const plural = /^(\w+),\s*plural,([\s\S]*)$/.exec(body);
      if (plural) {
        names.add(plural[1]!);
        for (const form of pluralForms(plural[2]!).values()) visit(form);
      } else if (/^\w+$/.test(body)) names.add(body);
      at = close + 1;
    }
  };
  visit(template);
  return [...names].sort();
}

/** A message's words without its placeholders and plural syntax (every form's words), for reading checks. */
export function messageWords(template: string): string {
  return template
    .replace(/\{\w+\}/g, ' ')
    .replace(/\{\w+,\s*plural,/g, ' ')
    .replace(/(?:=\d+|\b(?:zero|one|two|few|many|other))\s*\{/g, ' ')
    .replace(/[{}#]/g, ' ');
}

/**
 * Wraps user data (a name, a file name, a reference) for a place inside a sentence, between the Unicode
 * first-strong isolate and its pop (U+2068 … U+2069): a Latin name before Arabic punctuation, or an
 * Arabic one in an English sentence, keeps its own direction and leaves the sentence's order alone. For
 * markup, `<bdi>` does the same.
 * @example t('declaration.nameMismatch', { name: isolate('Fatima Ali') })
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
