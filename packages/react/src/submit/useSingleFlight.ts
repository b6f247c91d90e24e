import { type BaseSyntheticEvent, useCallback, useRef } from 'react';

/**
 * Wraps a submit handler so that a second submit while the first is still running (a double click, an
 * impatient Enter) is ignored instead of starting a parallel submission.
 */
export function useSingleFlight(handler: (event?: BaseSyntheticEvent) => Promise<void>) {
  const running = useRef(false);
  const latest = useRef(handler);
  latest.current = handler;
  return useCallback(async (event?: BaseSyntheticEvent) => {
    event?.preventDefault();
    if (running.current) return;
    running.current = true;
    try {
      await latest.current(event);
    } finally {
      running.current = false;
    }
  }, []);
}
