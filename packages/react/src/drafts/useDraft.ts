import { createEnvelope, isEnvelope } from '@mord/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useMord } from '../provider/useMord';
import { createDraftStatus, type DraftStatusStore } from './createDraftStatus';

/** What a draft keeps besides the values: where she was, and the key of a pending submission. */
export interface DraftExtras {
  step?: number;
  idempotencyKey?: string;
}

/** Options of {@link useDraft}. */
export interface UseDraftOptions<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** Storage key, namespaced per form (and per embed). */
  key: string;
  /** Version of the values' shape; a draft of another version is not restored. @default 1 */
  version?: number;
  /** @default 600 */
  debounceMs?: number;
  /** Called once with the extras of a restored draft. */
  onRestore?: (extras: DraftExtras) => void;
}

/** Result of {@link useDraft}. */
export interface UseDraftResult {
  status: DraftStatusStore;
  /** A draft was found and restored. */
  restored: boolean;
  /** Saves now, merging these extras. */
  save: (extras?: DraftExtras) => Promise<void>;
  /** Deletes the draft (after a successful submit). */
  clear: () => Promise<void>;
  /** The extras saved so far. */
  extras: () => DraftExtras;
}

/**
 * Keeps a form's values in the provider's draft store: restores them on mount, autosaves (debounced)
 * as she types without re-rendering the form, and clears them after a successful submit.
 */
export function useDraft<T extends FieldValues>(options: UseDraftOptions<T>): UseDraftResult {
  const { draftStore } = useMord();
  const { form, key } = options;
  const version = options.version ?? 1;
  const [status] = useState(() => createDraftStatus());
  const [restored, setRestored] = useState(false);
  const extrasRef = useRef<DraftExtras>({});
  const ready = useRef(false);
  const onRestore = useRef(options.onRestore);
  onRestore.current = options.onRestore;

  const save = useCallback(
    async (extras?: DraftExtras) => {
      if (!draftStore) return;
      extrasRef.current = { ...extrasRef.current, ...extras };
      status.set('saving');
      try {
        await draftStore.setItem(
          key,
          createEnvelope({ values: form.getValues(), ...extrasRef.current }, version),
        );
        status.set('saved');
      } catch {
        status.set('error');
      }
    },
    [draftStore, key, version, form, status],
  );

  useEffect(() => {
    let cancelled = false;
    ready.current = false;
    (async () => {
      if (!draftStore) return;
      try {
        const envelope = await draftStore.getItem(key);
        if (cancelled || !isEnvelope(envelope) || envelope.version !== version) return;
        const payload = envelope.payload as { values?: T } & DraftExtras;
        if (payload.values) form.reset(payload.values, { keepDefaultValues: true });
        extrasRef.current = { step: payload.step, idempotencyKey: payload.idempotencyKey };
        onRestore.current?.(extrasRef.current);
        setRestored(true);
        status.set('saved');
      } catch {
        status.set('error');
      } finally {
        ready.current = true;
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [draftStore, key, version, form, status]);

  useEffect(() => {
    if (!draftStore) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      if (!ready.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => void save(), options.debounceMs ?? 600);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [draftStore, form, save, options.debounceMs]);

  const clear = useCallback(async () => {
    extrasRef.current = {};
    await draftStore?.removeItem(key);
    status.set('idle');
  }, [draftStore, key, status]);

  return { status, restored, save, clear, extras: () => extrasRef.current };
}
