/** A stored record: a schema version, when it was saved (ISO UTC) and the payload, so old drafts survive schema changes. */
export interface Envelope<T = unknown> {
  version: number;
  savedAt: string;
  payload: T;
}

/** Wraps a payload in an {@link Envelope}. */
export function createEnvelope<T>(payload: T, version = 1, now: Date = new Date()): Envelope<T> {
  return { version, savedAt: now.toISOString(), payload };
}

/** Whether a value has the shape of an {@link Envelope}. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isInteger(v.version) &&
    typeof v.savedAt === 'string' &&
    !Number.isNaN(Date.parse(v.savedAt)) &&
    'payload' in v
  );
}
