import { StorageError } from '@mord/core';

/**
 * Lets each client have one body in work at a time, and a few more waiting (past that, `429`). Work starts
 * on a fresh turn of the event loop, so whatever arrived meanwhile — a health check, another client's
 * request — is served between one client's bodies instead of after all of them: a client sending many
 * heavy bodies at once slows itself, not the server.
 */
export function createClientGate(options: { waiting: number }) {
  const queues = new Map<string, (() => void)[]>();
  return async function enter(client: string): Promise<() => void> {
    let queue = queues.get(client);
    if (!queue) {
      queue = [];
      queues.set(client, queue);
    } else {
      if (queue.length >= options.waiting)
        throw new StorageError('rate_limited', 'Too many requests at once; try again shortly', {
          retryAfter: 1,
        });
      await new Promise<void>((resolve) => queue!.push(resolve));
    }
    await new Promise((resolve) => setImmediate(resolve));
    return () => {
      const next = queue!.shift();
      if (next) next();
      else queues.delete(client);
    };
  };
}
