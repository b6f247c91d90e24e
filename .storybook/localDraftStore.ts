import type { DraftStore, Envelope } from '@mord/core';

/** A draft store on localStorage, so stories keep drafts across reloads (the product uses IndexedDB). */
export function createLocalDraftStore(prefix = 'mord-story:'): DraftStore {
  return {
    name: 'localStorage',
    capabilities: { keys: true },
    getItem: (key) => {
      const raw = localStorage.getItem(prefix + key);
      return raw ? (JSON.parse(raw) as Envelope) : null;
    },
    setItem: (key, envelope) => localStorage.setItem(prefix + key, JSON.stringify(envelope)),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    getKeys: (p = '') =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix + p))
        .map((k) => k.slice(prefix.length)),
  };
}
