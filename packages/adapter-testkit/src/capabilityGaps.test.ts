import type { DraftStore, Envelope } from '@mord/core';
import { testDraftStore } from './testDraftStore';

// A store with only the required methods: its optional-capability tests must show as skipped.
function createMinimalStore(): DraftStore {
  const map = new Map<string, string>();
  return {
    name: 'minimal',
    getItem: (key) => (map.has(key) ? (JSON.parse(map.get(key)!) as Envelope) : null),
    setItem: (key, envelope) => void map.set(key, JSON.stringify(envelope)),
    removeItem: (key) => void map.delete(key),
  };
}

testDraftStore({ name: 'a store without optional capabilities', create: createMinimalStore });
