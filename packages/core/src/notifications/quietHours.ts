/** Hours when no SMS or WhatsApp message is sent, in a time zone. */
export interface QuietHours {
  /** Hour (0–23) quiet starts. @default 22 */
  start: number;
  /** Hour (0–23) quiet ends. @default 7 */
  end: number;
  /** @default 'Asia/Riyadh' */
  timeZone: string;
}

/** No messages to a phone between 22:00 and 07:00 in Riyadh. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: 22, end: 7, timeZone: 'Asia/Riyadh' };

function hourIn(date: Date, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { hour: value('hour'), minute: value('minute') };
}

/** Whether a time falls in the quiet hours (a window that may cross midnight). */
export function inQuietHours(date: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  const { hour } = hourIn(date, quiet.timeZone);
  return quiet.start > quiet.end
    ? hour >= quiet.start || hour < quiet.end
    : hour >= quiet.start && hour < quiet.end;
}

/**
 * When a message to a phone may go: now outside the quiet hours, otherwise the hour they end.
 * @example nextSendingTime(new Date('2026-03-01T20:30:00Z')) // 2026-03-02T04:00:00.000Z (07:00 in Riyadh)
 */
export function nextSendingTime(date: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  if (!inQuietHours(date, quiet)) return date;
  const { hour, minute } = hourIn(date, quiet.timeZone);
  const hoursLeft = (quiet.end - hour + 24) % 24;
  return new Date(
    date.getTime() + (hoursLeft * 60 - minute) * 60_000 - date.getSeconds() * 1000 - date.getMilliseconds(),
  );
}
