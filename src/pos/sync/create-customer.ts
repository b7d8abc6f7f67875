import type { CustomerDraft } from '../../contract/customer.ts';
import { saveHqCustomers } from '../db/customers-repo.ts';
import { getConfig } from '../db/meta-repo.ts';
import { addAsyncCustomer } from '../db/outbox-repo.ts';
import type { PosDatabase } from '../db/schema.ts';
import type { ApiClient } from './api-client.ts';
import { classifyFailure } from './classify.ts';
import type { Connectivity } from './connectivity.ts';
import { newGuid } from './new-guid.ts';
import { chooseCreationMode, type CreationMode } from './creation-mode.ts';
import { message, type Message, type ReceivedMessage } from '../../contract/messages.ts';

// Issue 13: in a file of its own, so the customer list shows the mode without this file's zod.
export { chooseCreationMode, type CreationMode } from './creation-mode.ts';

export type CreateResult =
  | { ok: true; localId: number; mode: CreationMode; fellBackToAsync: boolean }
  | { ok: false; message: Message; fields: Record<string, ReceivedMessage> };

export interface CreateDeps {
  db: PosDatabase;
  api: Pick<ApiClient, 'createCustomer'>;
  connectivity: Pick<Connectivity, 'get' | 'reportCommunicationFailure'>;
  /** Called after a record was queued, to start its upload. */
  onQueued: () => void;
  newGuid?: () => string;
  now?: () => Date;
}

/**
 * Creates a customer the way the register's mode and connectivity require. In sync mode HQ is
 * called in real time; if that call cannot communicate, or HQ no longer accepts the register's
 * token, the same customer — with the same GUID, HQ's idempotency key — is created
 * asynchronously instead: it waits on the register (until the register is activated again, for
 * a revoked token), so it is never lost and never made twice.
 */
export async function createCustomer(
  deps: CreateDeps,
  draft: CustomerDraft,
): Promise<CreateResult> {
  const config = await getConfig(deps.db);
  if (!config) {
    return {
      ok: false,
      message: message('no-settings'),
      fields: {},
    };
  }
  const guid = (deps.newGuid ?? newGuid)();
  const online = deps.connectivity.get().online;
  const mode = chooseCreationMode(config.asyncCustomerMode, online);
  const offlineRefused: CreateResult = {
    ok: false,
    message: message('offline-refused'),
    fields: {},
  };
  if (config.filterSharedCustomerData && !online) return offlineRefused;
  if (mode === 'sync') {
    const result = await deps.api.createCustomer({ guid, customer: draft });
    if (result.ok) {
      const [localId] = await saveHqCustomers(deps.db, [result.value.customer], {
        createdHere: true,
      });
      if (localId === undefined) throw new Error('The created customer was not stored.');
      return { ok: true, localId, mode, fellBackToAsync: false };
    }
    const failure = classifyFailure(result.failure);
    if (failure === 'reject') {
      const fields = result.failure.kind === 'http' ? (result.failure.body?.fields ?? {}) : {};
      return { ok: false, message: result.failure.message, fields };
    }
    if (failure === 'retry') deps.connectivity.reportCommunicationFailure();
    if (config.filterSharedCustomerData) return offlineRefused;
  }
  const createdAt = (deps.now ?? (() => new Date()))().toISOString();
  const localId = await addAsyncCustomer(
    deps.db,
    { kind: 'customer-create', guid, createdAt, customer: draft },
    config,
  );
  deps.onQueued();
  return { ok: true, localId, mode: 'async', fellBackToAsync: mode === 'sync' };
}
