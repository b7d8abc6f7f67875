import type { AsyncOperation } from '../../../contract/hq-admin.ts';
import type { AsyncRecordKind } from '../../../contract/upload.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';

/** The word the Kind column shows for a kind of asynchronous record. */
export function kindLabel(kind: AsyncRecordKind): string {
  return t(`syncStatus.kinds.${kind}`);
}

/** What an operation is about: the new customer's name, or the edit or address of a customer. */
export function operationTitle(operation: Pick<AsyncOperation, 'kind' | 'name'>): string {
  switch (operation.kind) {
    case 'customer-create':
      return operation.name;
    case 'customer-edit':
      return t('syncStatus.editOf', { name: operation.name });
    case 'address-create':
      return t('syncStatus.addressFor', { name: operation.name });
  }
}

/** The accessible name of an operation's Fix button, e.g. "Fix Hanako Yamada". */
export function fixLabel(operation: Pick<AsyncOperation, 'kind' | 'name'>): string {
  switch (operation.kind) {
    case 'customer-create':
      return t('syncStatus.fixCustomer', { name: operation.name });
    case 'customer-edit':
      return t('syncStatus.fixEdit', { name: operation.name });
    case 'address-create':
      return t('syncStatus.fixAddress', { name: operation.name });
  }
}

/** What the fix dialog says about an operation's status after a save or a new synchronization. */
export function operationOutcome(
  operation: Pick<AsyncOperation, 'status' | 'accountNumber' | 'lastError'>,
): string {
  switch (operation.status) {
    case 'completed':
      return operation.accountNumber
        ? t('syncStatus.completedAccount', { account: operation.accountNumber })
        : t('syncStatus.completed');
    case 'failed':
      return t('syncStatus.failedBecause', {
        reason: operation.lastError === null ? t('common.noReason') : describe(operation.lastError),
      });
    case 'pending':
      return t('syncStatus.pendingWaiting');
  }
}
