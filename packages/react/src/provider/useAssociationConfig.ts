import {
  DEFAULT_ASSOCIATION_CONFIG,
  type PublicAssociationConfig,
  publicAssociationConfig,
  type SubmissionBackend,
} from '@mord/core';
import { useMemo, useSyncExternalStore } from 'react';
import { useMord } from './useMord';

const DEFAULTS = publicAssociationConfig(DEFAULT_ASSOCIATION_CONFIG);

interface Served {
  config: PublicAssociationConfig | null;
  listeners: Set<() => void>;
}

/** What each backend served, asked once per backend and shared by every view that needs it. */
const served = new WeakMap<SubmissionBackend, Served>();

function looksLikeConfig(value: unknown): value is PublicAssociationConfig {
  const config = value as Partial<PublicAssociationConfig> | null;
  return (
    Array.isArray(config?.services) &&
    config.services.length > 0 &&
    Array.isArray(config.documents) &&
    Array.isArray(config.checklist) &&
    typeof config.decision?.days === 'number'
  );
}

function servedBy(backend: SubmissionBackend): Served {
  let entry = served.get(backend);
  if (entry) return entry;
  const created: Served = { config: null, listeners: new Set() };
  served.set(backend, created);
  entry = created;
  if (backend.capabilities?.config && backend.getConfig) {
    Promise.resolve(backend.getConfig())
      .then((config) => {
        if (!looksLikeConfig(config)) return;
        created.config = config;
        for (const listener of created.listeners) listener();
      })
      // Offline or refused: the defaults stay; the forms work either way.
      .catch(() => undefined);
  }
  return entry;
}

/**
 * The association's configuration a view follows: the provider's `config`, else what its backend serves
 * (asked once per backend; `capabilities.config`), else the defaults — with the provider's `decisionDays`
 * when given. Only the views that read it re-render when the served one arrives.
 */
export function useAssociationConfig(): PublicAssociationConfig {
  const { backend, config: given, decisionDays } = useMord();
  const entry = servedBy(backend);
  const fromBackend = useSyncExternalStore(
    (listener) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => entry.config,
    () => entry.config,
  );
  const config = given ?? fromBackend ?? DEFAULTS;
  return useMemo(
    () =>
      decisionDays === undefined || decisionDays === config.decision.days
        ? config
        : { ...config, decision: { ...config.decision, days: decisionDays } },
    [config, decisionDays],
  );
}
