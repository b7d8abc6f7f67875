import { featureConflict, type CustomerFeatures } from '../../../contract/register.ts';

/** One Feature management switch. */
export type FeatureKey = keyof CustomerFeatures;

/** The switches in the order Feature management lists them, with their version and what they do. */
export const featureDefinitions: readonly {
  key: FeatureKey;
  label: string;
  version: string;
  explanation: string;
}[] = [
  {
    key: 'asyncAddressCreation',
    label: 'Enable the asynchronous creation for customer addresses',
    version: '10.0.22',
    explanation:
      'Addresses added on a register are saved there first and reach HQ through the batch jobs, for synced and pending customers alike.',
  },
  {
    key: 'enhancedAsyncCreation',
    label: 'Enable enhanced async customer creation',
    version: '10.0.24',
    explanation:
      'Customers created asynchronously may have a title, affiliations and secondary e-mails and phones.',
  },
  {
    key: 'asyncCustomerEditing',
    label: 'Enable editing customers in asynchronous mode',
    version: '10.0.29',
    explanation:
      'Customers still waiting for their account number can be edited; the edits are applied at HQ in order.',
  },
];

/**
 * Why a switch may not be flipped now, or null when it may: flipping it must not leave a
 * combination HQ refuses (10.0.29 needs 10.0.22 and 10.0.24). So 10.0.29 cannot be turned on
 * while either prerequisite is off, and a prerequisite cannot be turned off while 10.0.29 is on.
 */
export function switchBlockedReason(features: CustomerFeatures, key: FeatureKey): string | null {
  return featureConflict({ ...features, [key]: !features[key] });
}
