import type { CustomerFeatures, RegisterConfig } from '../../../contract/register.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { chooseCreationMode } from '../../sync/create-customer.ts';

/** Each rule answers null when the action is allowed, or the reason shown beside it. */
type Verdict = string | null;

/** B4: with shared customer data filtered, no customer is created offline. */
export function newCustomerBlocked(config: RegisterConfig, online: boolean): Verdict {
  return config.filterSharedCustomerData && !online
    ? 'New customers cannot be created offline in this store (shared customer data is filtered). Reconnect to create one.'
    : null;
}

/** B9: title, affiliations and secondary contacts on an asynchronous creation need 10.0.24. */
export function enhancedFieldsBlocked(config: RegisterConfig, online: boolean): Verdict {
  const mode = chooseCreationMode(config.asyncCustomerMode, online);
  return mode === 'async' && !config.features.enhancedAsyncCreation
    ? 'Not available for customers created asynchronously: Enable enhanced async customer creation (10.0.24) is off.'
    : null;
}

/** How Edit customer works for this customer now (B8), or why it cannot. */
export function editMode(
  customer: Pick<LocalCustomer, 'syncStatus'>,
  features: CustomerFeatures,
  online: boolean,
): { mode: 'realtime' | 'queued' } | { blocked: string } {
  if (customer.syncStatus === 'pending') {
    return features.asyncCustomerEditing
      ? { mode: 'queued' }
      : { blocked: 'Available once headquarters has created this customer (Pending sync).' };
  }
  return online ? { mode: 'realtime' } : { blocked: 'Editing needs a connection to headquarters.' };
}

/** How Add address works for this customer now (B10), or why it cannot. */
export function addAddressMode(
  customer: Pick<LocalCustomer, 'syncStatus'>,
  features: CustomerFeatures,
  online: boolean,
): { mode: 'realtime' | 'queued' } | { blocked: string } {
  if (features.asyncAddressCreation) return { mode: 'queued' };
  if (customer.syncStatus === 'pending') {
    return {
      blocked:
        'Addresses can be added once headquarters has created this customer (asynchronous address creation, 10.0.22, is off).',
    };
  }
  return online
    ? { mode: 'realtime' }
    : { blocked: 'Adding an address needs a connection to headquarters.' };
}

/** B11: loyalty cards need the account number and a reachable HQ. */
export function loyaltyBlocked(
  customer: Pick<LocalCustomer, 'accountNumber'>,
  online: boolean,
): Verdict {
  if (!customer.accountNumber) {
    return 'Loyalty cards can be issued once headquarters has created this customer (Pending sync).';
  }
  return online ? null : 'Issuing a loyalty card needs a connection to headquarters.';
}
