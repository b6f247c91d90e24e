// A test page: an outbox over the HTTP backend, showing its entries' states.
import { exampleSupportRequestSubmission } from '@mord/core';
import { createHttpBackend } from '@mord/storage-http';
import { createOutbox, type OutboxEntry } from '../src/index';

const api = new URLSearchParams(location.search).get('api') ?? '';
const outbox = createOutbox({
  backend: createHttpBackend({ baseUrl: api, attempts: 1, timeoutMs: 3000 }),
  backoffMs: 60_000,
});
const state = document.getElementById('state')!;
const render = (entries: OutboxEntry[]) => {
  state.textContent =
    entries.map((e) => `${e.state}${e.receipt ? `:${e.receipt.reference}` : ''}`).join(',') || 'empty';
};
outbox.subscribe(render);
void outbox.list().then(render);
outbox.start();

Object.assign(window, {
  submitExample: async () =>
    outbox
      .submit('support-request', await exampleSupportRequestSubmission(), {
        idempotencyKey: 'browser-offline-key-1',
      })
      .then((r) => r.reference)
      .catch((e: { code?: string; queued?: boolean }) => `${e.code}${e.queued ? ':queued' : ''}`),
});
document.title = 'ready';
