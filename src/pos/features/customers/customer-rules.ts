import type { CustomerFeatures, RegisterConfig } from '../../../contract/register.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { t } from '../../i18n/i18n.ts';
import { chooseCreationMode } from '../../sync/creation-mode.ts';

/** Each rule answers null when the action is allowed, or the reason shown beside it. */
type Verdict = string | null;

/** B4: with shared customer data filtered, no customer is created offline. */
export function newCustomerBlocked(config: RegisterConfig, online: boolean): Verdict {
  return config.filterSharedCustomerData && !online ? t('rules.newCustomerOffline') : null;
}

/** B9: title, affiliations and secondary contacts on an asynchronous creation need 10.0.24. */
export function enhancedFieldsBlocked(config: RegisterConfig, online: boolean): Verdict {
  const mode = chooseCreationMode(config.asyncCustomerMode, online);
  return mode === 'async' && !config.features.enhancedAsyncCreation ? t('rules.enhancedOff') : null;
}

/** X2: a customer merged at HQ is no longer changed; its new account is used instead. */
function mergedBlocked(customer: Pick<LocalCustomer, 'mergedInto'>): Verdict {
  return customer.mergedInto ? t('merged.notice', { account: customer.mergedInto }) : null;
}

/** How Edit customer works for this customer now (B8), or why it cannot. */
export function editMode(
  customer: Pick<LocalCustomer, 'syncStatus' | 'mergedInto'>,
  features: CustomerFeatures,
  online: boolean,
): { mode: 'realtime' | 'queued' } | { blocked: string } {
  const merged = mergedBlocked(customer);
  if (merged) return { blocked: merged };
  if (customer.syncStatus === 'pending') {
    return features.asyncCustomerEditing ? { mode: 'queued' } : { blocked: t('rules.editPending') };
  }
  return online ? { mode: 'realtime' } : { blocked: t('rules.editOffline') };
}

/** How Add address works for this customer now (B10), or why it cannot. */
export function addAddressMode(
  customer: Pick<LocalCustomer, 'syncStatus' | 'mergedInto'>,
  features: CustomerFeatures,
  online: boolean,
): { mode: 'realtime' | 'queued' } | { blocked: string } {
  const merged = mergedBlocked(customer);
  if (merged) return { blocked: merged };
  if (features.asyncAddressCreation) return { mode: 'queued' };
  if (customer.syncStatus === 'pending') {
    return { blocked: t('rules.addressPending') };
  }
  return online ? { mode: 'realtime' } : { blocked: t('rules.addressOffline') };
}

/** B11: loyalty cards need the account number and a reachable HQ. */
export function loyaltyBlocked(
  customer: Pick<LocalCustomer, 'accountNumber' | 'mergedInto'>,
  online: boolean,
): Verdict {
  const merged = mergedBlocked(customer);
  if (merged) return merged;
  if (!customer.accountNumber) {
    return t('rules.loyaltyPending');
  }
  return online ? null : t('rules.loyaltyOffline');
}
