import type { Notifier } from '@mord/core';
import type { ServerConfig } from '../config';
import { createConsoleNotifier } from './createConsoleNotifier';
import { createHttpGatewayNotifier } from './createHttpGatewayNotifier';
import { createSmtpNotifier } from './createSmtpNotifier';

/**
 * The transports the settings name: SMTP (`MORD_SMTP_URL`, `MORD_MAIL_FROM`), an SMS/WhatsApp gateway
 * (`MORD_SMS_URL` and its `MORD_SMS_*` settings), the console (`MORD_NOTIFY_CONSOLE=1`, development only).
 */
export function notifiersFromConfig(config: ServerConfig): (Notifier & { close?(): void })[] {
  const notifiers: (Notifier & { close?(): void })[] = [];
  if (config.smtpUrl) {
    if (!config.mailFrom) throw new Error('MORD_SMTP_URL needs MORD_MAIL_FROM, the sender of the e-mails');
    notifiers.push(createSmtpNotifier({ url: config.smtpUrl, from: config.mailFrom }));
  }
  if (config.smsGateway) notifiers.push(createHttpGatewayNotifier(config.smsGateway));
  if (config.notifyConsole) notifiers.push(createConsoleNotifier());
  return notifiers;
}
