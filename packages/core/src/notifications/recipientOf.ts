import type { NotificationChannel } from './Notifier';

/**
 * Where a message reaches her, respecting how she asked to be contacted: e-mail when she chose it (and
 * gave one), WhatsApp when she chose it, otherwise a text message to her mobile (a call cannot carry a
 * link). Null when she left nothing that can receive a message. `channels` are those the association has
 * a transport for; her choice falls back to another of them.
 * @example recipientOf({ contact: { mobile: '+966551234567', preferredContact: 'whatsapp' } }, ['sms', 'email'])
 */
export function recipientOf(
  data: unknown,
  channels: readonly NotificationChannel[],
): { channel: NotificationChannel; to: string } | null {
  const d = (data ?? {}) as {
    contact?: { mobile?: string; email?: string; preferredContact?: string };
    mobile?: string;
    email?: string;
    preferredContact?: string;
  };
  const mobile = d.contact?.mobile ?? d.mobile;
  const email = d.contact?.email ?? d.email;
  const preferred = d.contact?.preferredContact ?? d.preferredContact;
  const wanted: NotificationChannel[] =
    preferred === 'email'
      ? ['email', 'sms', 'whatsapp']
      : preferred === 'whatsapp'
        ? ['whatsapp', 'sms', 'email']
        : ['sms', 'whatsapp', 'email'];
  for (const channel of wanted) {
    if (!channels.includes(channel)) continue;
    if (channel === 'email' && email) return { channel, to: email };
    if (channel !== 'email' && mobile) return { channel, to: mobile };
  }
  return null;
}
