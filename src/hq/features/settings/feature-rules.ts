import { featureConflict, type CustomerFeatures } from '../../../contract/register.ts';
import { t } from '../../i18n/i18n.ts';

/** One Feature management switch. */
export type FeatureKey = keyof CustomerFeatures;

/** A switch's version, and its label and explanation in the current language. */
function definition(key: FeatureKey, version: string) {
  return {
    key,
    version,
    get label(): string {
      return t(`features.labels.${key}`);
    },
    get explanation(): string {
      return t(`features.explanations.${key}`);
    },
  };
}

/** The switches in the order Feature management lists them, with their version and what they do. */
export const featureDefinitions: readonly ReturnType<typeof definition>[] = [
  definition('asyncAddressCreation', '10.0.22'),
  definition('enhancedAsyncCreation', '10.0.24'),
  definition('asyncCustomerEditing', '10.0.29'),
];

/**
 * Why a switch may not be flipped now, or null when it may: flipping it must not leave a
 * combination HQ refuses (10.0.29 needs 10.0.22 and 10.0.24). So 10.0.29 cannot be turned on
 * while either prerequisite is off, and a prerequisite cannot be turned off while 10.0.29 is on.
 * The reason is a message code.
 */
export function switchBlockedReason(
  features: CustomerFeatures,
  key: FeatureKey,
): 'feature-conflict' | null {
  return featureConflict({ ...features, [key]: !features[key] });
}
