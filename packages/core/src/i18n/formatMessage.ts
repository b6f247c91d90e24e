/** Values substituted into `{name}` placeholders of a catalog message. */
export type MessageParams = Record<string, string | number>;

/**
 * Replaces `{name}` placeholders in a catalog message; unknown placeholders are left visible so a
 * missing parameter shows up in review instead of silently vanishing.
 */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
