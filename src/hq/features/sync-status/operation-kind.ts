import type { AsyncOperation } from '../../../contract/hq-admin.ts';
import type { AsyncRecordKind } from '../../../contract/upload.ts';

/** The word the Kind column shows for each kind of asynchronous record. */
export const kindLabels: Record<AsyncRecordKind, string> = {
  'customer-create': 'Customer',
  'customer-edit': 'Edit',
  'address-create': 'Address',
};

/** What an operation is about: the new customer's name, or the edit or address of a customer. */
export function operationTitle(operation: Pick<AsyncOperation, 'kind' | 'name'>): string {
  switch (operation.kind) {
    case 'customer-create':
      return operation.name;
    case 'customer-edit':
      return `Edit of ${operation.name}`;
    case 'address-create':
      return `Address for ${operation.name}`;
  }
}

/** The accessible name of an operation's Fix button, e.g. "Fix Hanako Yamada". */
export function fixLabel(operation: Pick<AsyncOperation, 'kind' | 'name'>): string {
  const title = operationTitle(operation);
  return operation.kind === 'customer-create'
    ? `Fix ${title}`
    : `Fix ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}

/** What the fix dialog says about an operation's status after a save or a new synchronization. */
export function operationOutcome(
  operation: Pick<AsyncOperation, 'status' | 'accountNumber' | 'lastError'>,
): string {
  switch (operation.status) {
    case 'completed':
      return operation.accountNumber
        ? `Completed — account ${operation.accountNumber}`
        : 'Completed';
    case 'failed':
      return `Failed: ${operation.lastError ?? 'HQ gave no reason.'}`;
    case 'pending':
      return 'Pending — waiting for the synchronization job.';
  }
}
