import { createEnvelope, type DraftStore } from '@mord/core';
import { describe, expect, it } from 'vitest';
import { ARABIC_SAMPLE } from './fixtures';

/** Options of {@link testDraftStore}. */
export interface DraftStoreSuiteOptions {
  /** Shown in the suite title. */
  name: string;
  /** Makes a fresh, empty store; called once per test. */
  create: () => DraftStore | Promise<DraftStore>;
  /** Releases a store after its test. */
  dispose?: (store: DraftStore) => void | Promise<void>;
}

/**
 * The draft-store conformance suite: run it in a vitest file against any {@link DraftStore}. Each test
 * gets a fresh store; optional capabilities the store does not declare show up as skipped tests.
 * @example testDraftStore({ name: 'memory', create: () => createMemoryAdapter() })
 */
export function testDraftStore(options: DraftStoreSuiteOptions): void {
  type Capability = keyof NonNullable<DraftStore['capabilities']>;
  const withStore =
    (test: (store: DraftStore) => Promise<void>, needs?: Capability) =>
    async (context: { skip: (note?: string) => void }) => {
      const store = await options.create();
      try {
        // A capability the store does not declare is reported as a skipped test, never a silent pass.
        if (needs && !store.capabilities?.[needs])
          context.skip(`${options.name} does not declare '${needs}'`);
        await test(store);
      } finally {
        await options.dispose?.(store);
      }
    };

  describe(`DraftStore conformance: ${options.name}`, () => {
    it(
      'returns null for a key that was never set',
      withStore(async (store) => {
        expect(await store.getItem('support-request:missing')).toBeNull();
      }),
    );

    it(
      'returns what was set, as a versioned envelope',
      withStore(async (store) => {
        // Saved a minute ago: a store may drop drafts older than it keeps them.
        const savedAt = new Date(Date.now() - 60_000);
        const envelope = createEnvelope({ step: 2, values: { city: 'الرياض' } }, 3, savedAt);
        await store.setItem('support-request:default', envelope);
        expect(await store.getItem('support-request:default')).toEqual({
          version: 3,
          savedAt: savedAt.toISOString(),
          payload: { step: 2, values: { city: 'الرياض' } },
        });
      }),
    );

    it(
      'round-trips Arabic with diacritics, bidi marks, Arabic-Indic digits and emoji exactly',
      withStore(async (store) => {
        const payload = {
          text: ARABIC_SAMPLE,
          list: [ARABIC_SAMPLE, { nested: ARABIC_SAMPLE }],
          [ARABIC_SAMPLE]: 1,
        };
        await store.setItem('k', createEnvelope(payload));
        const back = await store.getItem('k');
        expect(back?.payload).toEqual(payload);
        expect((back?.payload as typeof payload | undefined)?.text).toBe(ARABIC_SAMPLE);
      }),
    );

    it(
      'overwrites a key and keeps other keys apart',
      withStore(async (store) => {
        await store.setItem('a:1', createEnvelope('first'));
        await store.setItem('a:10', createEnvelope('other'));
        await store.setItem('a:1', createEnvelope('second'));
        expect((await store.getItem('a:1'))?.payload).toBe('second');
        expect((await store.getItem('a:10'))?.payload).toBe('other');
      }),
    );

    it(
      'removes a key, and removing a missing key is not an error',
      withStore(async (store) => {
        await store.setItem('k', createEnvelope(1));
        await store.removeItem('k');
        await store.removeItem('never-set');
        expect(await store.getItem('k')).toBeNull();
      }),
    );

    it(
      'does not share objects with the caller',
      withStore(async (store) => {
        const envelope = createEnvelope({ n: 1 });
        await store.setItem('k', envelope);
        envelope.payload.n = 2;
        const read = await store.getItem('k');
        (read?.payload as { n: number }).n = 3;
        expect((await store.getItem('k'))?.payload).toEqual({ n: 1 });
      }),
    );

    it(
      'keeps concurrent writes to different keys',
      withStore(async (store) => {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) => store.setItem(`draft:${i}`, createEnvelope(i))),
        );
        const values = await Promise.all(
          Array.from({ length: 20 }, async (_, i) => (await store.getItem(`draft:${i}`))?.payload),
        );
        expect(values).toEqual(Array.from({ length: 20 }, (_, i) => i));
      }),
    );

    it(
      'stores a large draft (a long form with many household members)',
      withStore(async (store) => {
        const payload = {
          members: Array.from({ length: 30 }, (_, i) => ({
            name: `${ARABIC_SAMPLE} ${i}`,
            notes: 'ن'.repeat(2000),
          })),
        };
        await store.setItem('big', createEnvelope(payload));
        expect((await store.getItem('big'))?.payload).toEqual(payload);
      }),
    );

    it(
      'lists keys by prefix (capability: keys)',
      withStore(async (store) => {
        await store.setItem('support-request:a', createEnvelope(1));
        await store.setItem('support-request:b', createEnvelope(2));
        await store.setItem('inquiry:a', createEnvelope(3));
        expect((await store.getKeys!('support-request:')).sort()).toEqual([
          'support-request:a',
          'support-request:b',
        ]);
      }, 'keys'),
    );

    it(
      'clears keys by prefix (capability: clear)',
      withStore(async (store) => {
        await store.setItem('support-request:a', createEnvelope(1));
        await store.setItem('inquiry:a', createEnvelope(3));
        await store.clear!('support-request:');
        expect(await store.getItem('support-request:a')).toBeNull();
        expect((await store.getItem('inquiry:a'))?.payload).toBe(3);
      }, 'clear'),
    );
  });
}
