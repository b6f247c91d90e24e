import {
  canonicalJson,
  type DeliveryUpdate,
  type FormId,
  isStorageError,
  type Receipt,
  StorageError,
  type SubmissionBackend,
  type SubmissionPayload,
  type SubmitOptions,
  sha256Hex,
} from '@mord/core';
import { entries as allEntries, del, get, set } from 'idb-keyval';
import { deviceKey, type Sealed, seal, unseal } from './deviceKey';
import { openKeyval } from './openKeyval';

/** Where a queued submission stands. */
export type OutboxState = 'queued' | 'sending' | 'delivered' | 'failed';

/** One submission in the outbox. */
export interface OutboxEntry {
  id: string;
  form: FormId;
  /** What she submitted; dropped once delivered (only the receipt is kept, for a day). */
  payload?: SubmissionPayload;
  idempotencyKey: string;
  state: OutboxState;
  attempts: number;
  queuedAt: string;
  nextAttemptAt: string;
  receipt?: Receipt;
  /** SHA-256 of what she submitted, kept after delivery (when the payload itself is gone) to refuse another body under the same key. */
  payloadDigest?: string;
  /** Why delivery failed for good (a validation error, say); retryable failures stay `queued`. */
  reason?: { code: string; message: string; issues?: StorageError['issues'] };
}

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  /** Where submissions are delivered (usually the HTTP backend). */
  backend: SubmissionBackend;
  /** Keeps the outboxes of different sites or embeds apart. @default 'mord' */
  namespace?: string;
  /** @default 'mord-outbox' */
  dbName?: string;
  /** First retry delay; doubles up to `maxBackoffMs`. @default 2000 */
  backoffMs?: number;
  /** @default 5 minutes */
  maxBackoffMs?: number;
  /** @default () => new Date() */
  now?: () => Date;
  /** Where to listen for `online` (the browser window). @default globalThis */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** An undelivered entry older than this is deleted. @default 30 days */
  ttlMs?: number;
  /** Where this browser's non-extractable encryption key lives (see `deviceKey`). @default 'mord-keys' */
  keyDbName?: string;
}

/** A delivered entry is kept this long (so a reload still shows her receipt), then deleted. */
const DELIVERED_KEPT_MS = 24 * 60 * 60 * 1000;

/** An entry as stored: what she submitted and her receipt encrypted, the rest (states, times) in clear. */
type StoredEntry = Omit<OutboxEntry, 'payload' | 'receipt' | 'payloadDigest'> & {
  sealed: Sealed;
  deliveredAt?: string;
};

/** A submission backend that never loses a submission: see {@link createOutbox}. */
export type Outbox = Omit<SubmissionBackend, 'submit'> & {
  submit(form: FormId, payload: SubmissionPayload, options: SubmitOptions): Promise<Receipt>;
  /** Every entry, oldest first. */
  list(): Promise<OutboxEntry[]>;
  /** Tries to deliver every queued entry now. */
  flush(): Promise<void>;
  /**
   * Listens for `online` and delivers what an earlier page load left queued. Returns a stop function. Never
   * rejects: without IndexedDB (server rendering, a sandboxed frame) there is nothing queued and it does
   * nothing. Call it in an effect, not while rendering.
   */
  start(): () => void;
  /** Called with the entries whenever one changes state. */
  subscribe(listener: (entries: OutboxEntry[]) => void): () => void;
  /** Forgets an entry (a delivered one the page has shown, or a failed one she gave up). */
  remove(id: string): Promise<void>;
};

/**
 * Wraps a backend with a durable outbox in IndexedDB. A submission is written to the outbox before it is
 * sent; when sending fails for a reason that may pass (offline, timeout, 5xx, 429) it stays queued and is
 * retried with exponential backoff, when the browser comes back online, and on the next page load — always
 * with its idempotency key, so the server records it exactly once. `submit` resolves with the receipt when
 * delivery succeeds at once, and otherwise fails with a retryable `unavailable` error whose `queued` flag
 * says the outbox will deliver it; `subscribe` reports the outcome. Where IndexedDB is missing or refused
 * (private mode, a sandboxed frame, Node) a submission is sent directly, with its idempotency key, and a
 * failure is reported as it is — never as queued, since nothing could keep it.
 * @example const outbox = createOutbox({ backend: createHttpBackend({ baseUrl }) }); outbox.start();
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const store = openKeyval(options.dbName ?? 'mord-outbox', 'entries');
  const prefix = `${options.namespace ?? 'mord'}:`;
  const now = options.now ?? (() => new Date());
  const base = options.backoffMs ?? 2000;
  const max = options.maxBackoffMs ?? 5 * 60 * 1000;
  const listeners = new Set<(entries: OutboxEntry[]) => void>();
  const sending = new Map<string, Promise<OutboxEntry>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const key = () => deviceKey(options.keyDbName);
  const ttl = options.ttlMs ?? 30 * 24 * 60 * 60 * 1000;

  async function open(stored: StoredEntry): Promise<OutboxEntry | null> {
    const secret = await unseal<Pick<OutboxEntry, 'payload' | 'receipt' | 'payloadDigest'>>(
      await key(),
      stored.sealed,
    );
    if (!secret) return null;
    const { sealed: _sealed, deliveredAt: _deliveredAt, ...rest } = stored;
    return { ...rest, ...secret };
  }

  async function read(id: string): Promise<OutboxEntry | null> {
    const stored = await get<StoredEntry>(id, store());
    return stored ? open(stored) : null;
  }

  function expired(stored: StoredEntry): boolean {
    const at = now().getTime();
    if (stored.state === 'delivered')
      return at - Date.parse(stored.deliveredAt ?? stored.queuedAt) > DELIVERED_KEPT_MS;
    return at - Date.parse(stored.queuedAt) > ttl;
  }

  /** Every entry, oldest first; expired ones (and ones this browser's key cannot open) are deleted. */
  async function list(): Promise<OutboxEntry[]> {
    const result: OutboxEntry[] = [];
    for (const [id, stored] of await allEntries<string, StoredEntry>(store())) {
      if (typeof id !== 'string' || !id.startsWith(prefix) || !stored?.sealed) continue;
      const entry = expired(stored) ? null : await open(stored);
      if (entry) result.push(entry);
      else await del(id, store());
    }
    return result.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  }

  /** Stores an entry with what she typed encrypted; a delivered one keeps only its receipt. */
  async function save(entry: OutboxEntry): Promise<void> {
    const { payload, receipt, payloadDigest, ...rest } = entry;
    const delivered = entry.state === 'delivered';
    const digest = payloadDigest ?? (payload ? await sha256Hex(canonicalJson(payload)) : undefined);
    const stored: StoredEntry = {
      ...rest,
      sealed: await seal(
        await key(),
        delivered ? { receipt, payloadDigest: digest } : { payload, receipt, payloadDigest: digest },
      ),
      ...(delivered ? { deliveredAt: now().toISOString() } : {}),
    };
    await set(entry.id, stored, store());
    const entries = await list();
    for (const listener of listeners) listener(entries);
  }

  function schedule(entries: OutboxEntry[]) {
    clearTimeout(timer);
    const next = entries.filter((e) => e.state === 'queued').map((e) => Date.parse(e.nextAttemptAt));
    if (next.length === 0) return;
    timer = setTimeout(flushQuietly, Math.max(0, Math.min(...next) - now().getTime()));
  }

  async function attempt(entry: OutboxEntry): Promise<OutboxEntry> {
    // Only entries not yet delivered are attempted, and those keep what she submitted.
    const payload = entry.payload!;
    await save({ ...entry, state: 'sending' });
    try {
      const receipt = await options.backend.submit(entry.form, payload, {
        idempotencyKey: entry.idempotencyKey,
      });
      const done: OutboxEntry = { ...entry, state: 'delivered', attempts: entry.attempts + 1, receipt };
      delete done.reason;
      await save(done);
      return done;
    } catch (error) {
      const retryable = !isStorageError(error) || error.retryable;
      const attempts = entry.attempts + 1;
      const delay = Math.min(max, base * 2 ** (attempts - 1));
      const next: OutboxEntry = retryable
        ? {
            ...entry,
            state: 'queued',
            attempts,
            nextAttemptAt: new Date(now().getTime() + delay).toISOString(),
          }
        : {
            ...entry,
            state: 'failed',
            attempts,
            reason: {
              code: isStorageError(error) ? error.code : 'unavailable',
              message: (error as Error).message,
              ...(isStorageError(error) && error.issues.length ? { issues: error.issues } : {}),
            },
          };
      await save(next);
      return next;
    }
  }

  function deliver(entry: OutboxEntry): Promise<OutboxEntry> {
    // One delivery per entry at a time, whoever asks (submit, a timer, the online event).
    const running = sending.get(entry.id);
    if (running) return running;
    const work = (async () => {
      // A flush that listed the entry earlier must not send it again once it was delivered or refused
      // meanwhile: a refusal is final until she sends again herself.
      const current = await read(entry.id);
      if (!current || current.state === 'delivered' || current.state === 'failed') return current ?? entry;
      return attempt(current);
    })().finally(() => sending.delete(entry.id));
    sending.set(entry.id, work);
    return work;
  }

  /** A flush nobody awaits (a timer, the `online` event, `start`): a store that cannot open has nothing queued. */
  function flushQuietly(): void {
    flush().catch(() => undefined);
  }

  async function flush(): Promise<void> {
    const entries = await list();
    await Promise.all(
      entries.filter((e) => e.state === 'queued' || e.state === 'sending').map((e) => deliver(e)),
    );
    schedule(await list());
  }

  async function submit(
    form: FormId,
    payload: SubmissionPayload,
    submitOptions: SubmitOptions,
  ): Promise<Receipt> {
    const id = `${prefix}${form}:${submitOptions.idempotencyKey}`;
    let existing: OutboxEntry | null;
    try {
      existing = await read(id);
    } catch (error) {
      if (isStorageError(error) && error.code === 'storage_unavailable')
        return options.backend.submit(form, payload, submitOptions);
      throw error;
    }
    if (existing?.payloadDigest && existing.payloadDigest !== (await sha256Hex(canonicalJson(payload)))) {
      throw new StorageError('idempotency_conflict', 'This idempotency key was used for another submission');
    }
    if (existing?.state === 'delivered' && existing.receipt) return existing.receipt;
    const at = now().toISOString();
    const entry: OutboxEntry = existing ?? {
      id,
      form,
      payload,
      idempotencyKey: submitOptions.idempotencyKey,
      state: 'queued',
      attempts: 0,
      queuedAt: at,
      nextAttemptAt: at,
    };
    // Written before sending: a closed tab or a crash cannot lose it. Sending a refused entry again is
    // her own decision, so it is queued once more.
    if (!existing || existing.state === 'failed') await save({ ...entry, state: 'queued' });
    const result = await deliver(entry);
    schedule(await list());
    if (result.state === 'delivered' && result.receipt) return result.receipt;
    if (result.state === 'failed') {
      throw new StorageError(
        (result.reason?.code as never) ?? 'unavailable',
        result.reason?.message ?? 'Delivery failed',
        {
          retryable: false,
          issues: result.reason?.issues ?? [],
        },
      );
    }
    throw new StorageError(
      'unavailable',
      'Saved in the outbox; it will be sent when the connection is back',
      {
        retryable: true,
        queued: true,
      },
    );
  }

  async function remove(id: string): Promise<void> {
    await del(id, store());
    const entries = await list();
    for (const listener of listeners) listener(entries);
  }

  const toUpdate = (entry: OutboxEntry | undefined): DeliveryUpdate | null =>
    entry
      ? {
          state: entry.state,
          ...(entry.receipt ? { receipt: entry.receipt } : {}),
          ...(entry.state === 'failed'
            ? {
                reason: {
                  code: entry.reason?.code ?? 'unavailable',
                  ...(entry.reason?.issues ? { issues: entry.reason.issues } : {}),
                },
              }
            : {}),
        }
      : null;
  const find = (entries: OutboxEntry[], form: FormId, key: string) =>
    entries.find((entry) => entry.form === form && entry.idempotencyKey === key);

  return {
    name: `outbox(${options.backend.name ?? 'backend'})`,
    capabilities: { ...options.backend.capabilities, delivery: true },
    submit,
    getStatus: (reference, token) => options.backend.getStatus(reference, token),
    submitSurveyResponse: (token, response) => options.backend.submitSurveyResponse(token, response),
    ...(options.backend.getSurvey ? { getSurvey: options.backend.getSurvey.bind(options.backend) } : {}),
    ...(options.backend.getSigning ? { getSigning: options.backend.getSigning.bind(options.backend) } : {}),
    ...(options.backend.remindCode ? { remindCode: options.backend.remindCode.bind(options.backend) } : {}),
    ...(options.backend.withdraw ? { withdraw: options.backend.withdraw.bind(options.backend) } : {}),
    ...(options.backend.reply ? { reply: options.backend.reply.bind(options.backend) } : {}),
    ...(options.backend.replyByLink
      ? { replyByLink: options.backend.replyByLink.bind(options.backend) }
      : {}),
    ...(options.backend.getStatusByLink
      ? { getStatusByLink: options.backend.getStatusByLink.bind(options.backend) }
      : {}),
    ...(options.backend.submitSignature
      ? { submitSignature: options.backend.submitSignature.bind(options.backend) }
      : {}),
    ...(options.backend.attachments ? { attachments: options.backend.attachments } : {}),
    ...(options.backend.staff ? { staff: options.backend.staff.bind(options.backend) } : {}),
    ...(options.backend.getConfig ? { getConfig: options.backend.getConfig.bind(options.backend) } : {}),
    watchDelivery(form, key, listener) {
      let stopped = false;
      const update = (entries: OutboxEntry[]) => {
        if (!stopped) listener(toUpdate(find(entries, form, key)));
      };
      listeners.add(update);
      list().then(update, () => update([]));
      return () => {
        stopped = true;
        listeners.delete(update);
      };
    },
    async forgetDelivery(form, key) {
      const entry = find(await list(), form, key);
      if (entry) await remove(entry.id);
    },
    list,
    flush,
    start() {
      const events = options.events ?? (globalThis as unknown as Window);
      const online = flushQuietly;
      events.addEventListener?.('online', online);
      flushQuietly();
      return () => {
        events.removeEventListener?.('online', online);
        clearTimeout(timer);
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    remove,
  };
}
