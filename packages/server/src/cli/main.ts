import { parseArgs } from 'node:util';
import { isStorageError, parseStaffKeyInput, STAFF_ROLES } from '@mord/core';
import { readConfig } from '../config';
import { loadAssociationConfig } from '../loadAssociationConfig';
import {
  createStaffKey,
  openBackend,
  openStore,
  resolveConfig,
  revokeStaffKey,
  rotateStaffKey,
  startServer,
} from '../startServer';
import { verifyAuditChain } from '../store/auditChain';

const USAGE = `Usage:
  mord-server start
  mord-server key create --role <${STAFF_ROLES.join('|')}> --name <name> [--branch <branch>]
                         [--email <address for her daily summary>] [--locale <ar|en>]
  mord-server key revoke <staff id>
  mord-server key rotate <staff id>
  mord-server key list
  mord-server audit verify
  mord-server erase <reference>
  mord-server digest send
  mord-server config check [<file>]

Environment: PORT (8787), HOST (127.0.0.1), MORD_DATA_DIR (./data), DATABASE_URL, MORD_CORS_ORIGINS,
MORD_STAFF_CORS_ORIGINS, MORD_TRUST_PROXY, MORD_HSTS, MORD_PUBLIC_URL, MORD_SECRET, MORD_CONFIG,
MORD_DECISION_DAYS,
MORD_WEBHOOK_URL, MORD_WEBHOOK_SECRET, and the limits in docs/security.md.`;

/** The `mord-server` command line. */
export async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  if (command === 'start') {
    const server = await startServer();
    console.log(`mord-server listening on ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  }
  if (command === 'key' && sub === 'create') {
    const { values } = parseArgs({
      args: rest,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        branch: { type: 'string' },
        email: { type: 'string' },
        locale: { type: 'string' },
      },
    });
    if (!values.role || !values.name) {
      console.error(USAGE);
      return 2;
    }
    const config = readConfig();
    const { branches } = await loadAssociationConfig(config.configFile, { required: config.configRequired });
    if (values.branch && branches.length > 0 && !branches.some((branch) => branch.id === values.branch)) {
      console.error(
        `Unknown branch ${values.branch}; the configuration lists ${branches.map((b) => b.id).join(', ')}`,
      );
      return 2;
    }
    const parsed = parseStaffKeyInput({ branches }, values);
    if (!parsed.ok && (parsed.field === 'email' || parsed.field === 'locale')) {
      console.error(
        parsed.field === 'email' ? `Not an e-mail address: ${values.email}` : '--locale is ar or en',
      );
      return 2;
    }
    const contact = {
      ...(parsed.ok && parsed.value.email ? { email: parsed.value.email } : {}),
      ...(parsed.ok && parsed.value.locale ? { locale: parsed.value.locale } : {}),
    };
    const store = await openStore(config);
    try {
      const key = await createStaffKey(store, values.role as never, values.name, values.branch, { contact });
      console.log(`Staff key for ${values.name} (${values.role}); it is shown only once:`);
      console.log(key);
    } finally {
      await store.close();
    }
    return 0;
  }
  if (command === 'key' && sub === 'list' && rest.length === 0) {
    const store = await openStore(readConfig());
    try {
      for (const key of await store.listStaffKeys()) {
        console.log(
          [
            key.id,
            key.role,
            key.name,
            key.branch ?? '-',
            key.createdAt,
            key.revokedAt ? `revoked ${key.revokedAt}` : 'active',
            key.email ?? '-',
          ].join('\t'),
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  }
  if (command === 'key' && sub === 'rotate' && rest.length === 1) {
    const store = await openStore(readConfig());
    try {
      const key = await rotateStaffKey(store, rest[0]!);
      if (!key) {
        console.error(`No active key for ${rest[0]}.`);
        return 1;
      }
      console.log(`New key for ${rest[0]}; the old one no longer works. It is shown only once:`);
      console.log(key);
      return 0;
    } finally {
      await store.close();
    }
  }
  if (command === 'key' && sub === 'revoke' && rest.length === 1) {
    const store = await openStore(readConfig());
    try {
      const revoked = await revokeStaffKey(store, rest[0]!);
      console.log(revoked ? `Revoked the keys of ${rest[0]}.` : `No active key for ${rest[0]}.`);
      return revoked ? 0 : 1;
    } finally {
      await store.close();
    }
  }
  if (command === 'digest' && sub === 'send' && rest.length === 0) {
    // The day's summaries now (the running server's worker delivers them); again the same day sends none twice.
    const { store, service, notifiers } = await openBackend(resolveConfig());
    try {
      const written = await service.sendStaffDigests(undefined, { anyHour: true });
      console.log(`${written} daily summaries for today.`);
      return 0;
    } finally {
      for (const notifier of notifiers) notifier.close?.();
      await store.close();
    }
  }
  if (command === 'erase' && sub && rest.length === 0) {
    const { store, service } = await openBackend(resolveConfig());
    try {
      await service.eraseRequest(sub, { id: 'operator', role: 'admin' });
      console.log(
        `Erased the personal data, documents and signature of ${sub}; its stub and audit trail remain.`,
      );
      return 0;
    } catch (error) {
      if (isStorageError(error) && error.code === 'not_found') {
        console.error('No such request');
        return 1;
      }
      throw error;
    } finally {
      await store.close();
    }
  }
  if (command === 'config' && sub === 'check' && rest.length <= 1) {
    const config = readConfig();
    const file = rest[0] ?? config.configFile;
    try {
      const checked = await loadAssociationConfig(file, {
        required: Boolean(rest[0]) || config.configRequired,
      });
      console.log(
        `${file}: valid — ${checked.services.length} services, ${checked.documents.length} document types, ` +
          `${checked.checklist.length} checklist items, ${checked.branches.length} branches, ` +
          `decision in ${checked.decision.days} days`,
      );
      return 0;
    } catch (error) {
      console.error((error as Error).message);
      return 1;
    }
  }
  if (command === 'audit' && sub === 'verify') {
    const store = await openStore(readConfig());
    try {
      const result = verifyAuditChain(await store.auditChain());
      if (result.ok) {
        console.log(`audit log intact: ${result.count} entries; head ${result.head || '(empty)'}`);
        return 0;
      }
      const why = {
        changed: 'its content was changed',
        missing_or_moved: 'the entry before it is missing or was moved',
        unsealed: 'it has no hash',
      }[result.reason];
      console.error(
        `audit log broken at entry ${result.brokenAt} (after ${result.count} good entries): ${why}`,
      );
      return 1;
    } finally {
      await store.close();
    }
  }
  console.error(USAGE);
  return command ? 2 : 0;
}
