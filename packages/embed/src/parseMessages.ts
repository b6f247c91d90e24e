/** Wording per locale and message key, as given in an element's `messages` attribute. */
export type EmbedMessages = { ar?: Record<string, string>; en?: Record<string, string> };

/**
 * Reads the `messages` attribute: JSON of the form `{"ar": {"key": "text"}, "en": {…}}`. Only string
 * texts are kept (they are shown as plain text); anything else in it is ignored. Returns `null` for
 * JSON that is not such an object, so the element can say so and keep its built-in wording.
 */
export function parseMessages(source: string): EmbedMessages | null {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const messages: EmbedMessages = {};
  for (const locale of ['ar', 'en'] as const) {
    const texts = (value as Record<string, unknown>)[locale];
    if (!texts || typeof texts !== 'object') continue;
    const kept: Record<string, string> = {};
    for (const [key, text] of Object.entries(texts)) if (typeof text === 'string') kept[key] = text;
    messages[locale] = kept;
  }
  return messages;
}
