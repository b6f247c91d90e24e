import { MORD_ELEMENTS } from './elements';

/** Configuration of {@link mount}. */
export interface MountConfig {
  /** Which form. */
  form: keyof typeof MORD_ELEMENTS;
  /** Base URL of the protocol. */
  endpoint: string;
  locale?: 'ar' | 'en';
  token?: string;
  reference?: string;
  mode?: 'self' | 'assisted';
  /** The staff key for assisted mode; set as a property of the element, never as an attribute. */
  staffKey?: string;
  channel?: string;
  namespace?: string;
  includeToken?: boolean;
  /** Your own wording per locale and message key, shown as plain text: `{ ar: { 'inquiry.title': '…' } }`. */
  messages?: { ar?: Record<string, string>; en?: Record<string, string> };
}

function apply(element: HTMLElement & { staffKey?: string | null }, config: Partial<MountConfig>) {
  if (config.staffKey !== undefined) element.staffKey = config.staffKey;
  const attributes: Record<string, string | boolean | undefined> = {
    endpoint: config.endpoint,
    locale: config.locale,
    token: config.token,
    reference: config.reference,
    mode: config.mode,
    channel: config.channel,
    namespace: config.namespace,
    'include-token': config.includeToken,
    messages: config.messages && JSON.stringify(config.messages),
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : value);
  }
}

/**
 * Mounts a Mord form into any element from JavaScript, without writing the custom element tag. Browser only:
 * call it from an effect or an event, never while rendering on the server.
 * @throws {Error} outside a browser (no `customElements`).
 * @example const form = MordEmbed.mount(document.getElementById('apply'), { form: 'mord-support-request', endpoint: 'https://forms.example.org' })
 */
export function mount(
  target: Element,
  config: MountConfig,
): { update(config: Partial<MountConfig>): void; unmount(): void } {
  if (typeof customElements === 'undefined') throw new Error('MordEmbed.mount runs in a browser only');
  if (!customElements.get(config.form)) customElements.define(config.form, MORD_ELEMENTS[config.form]);
  const element = document.createElement(config.form);
  apply(element, config);
  target.append(element);
  return {
    update: (next) => apply(element, next),
    unmount: () => element.remove(),
  };
}
