import { useMutationState, useQuery } from '@tanstack/react-query';
import type { CustomerFeatures } from '../../../contract/register.ts';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { settingsQuery } from '../../queries.ts';
import { featureDefinitions, switchBlockedReason } from './feature-rules.ts';
import { SettingSwitch, settingsMutationKey, type SettingsPatch } from './setting-switch.tsx';
import { message, type MessageCode } from '../../../contract/messages.ts';

/** The features as they will be once the changes still saving are saved. */
function withSaving(
  features: CustomerFeatures,
  saving: readonly (SettingsPatch | undefined)[],
): CustomerFeatures {
  const out = { ...features };
  for (const patch of saving) {
    for (const key of featureDefinitions.map((f) => f.key)) {
      const value = patch?.features?.[key];
      if (value !== undefined) out[key] = value;
    }
  }
  return out;
}

/** Why a switch is locked, in the current language. */
function blockedReason(reason: MessageCode | null): string | null {
  return reason === null ? null : describe(message(reason));
}

/**
 * Feature management (the three switches of the asynchronous customer features) and the
 * Commerce channel schema's "Filter shared customer data tables". Changes still saving count
 * as made, so a prerequisite just switched on unlocks 10.0.29 at once.
 */
export function FeatureManagementSection() {
  const settings = useQuery(settingsQuery);
  const saving = useMutationState({
    filters: { mutationKey: settingsMutationKey, status: 'pending' },
    select: (mutation) => mutation.state.variables as SettingsPatch | undefined,
  });

  const saved = settings.data;
  const features: CustomerFeatures | undefined = saved && withSaving(saved.features, saving);
  const filter = saving.reduce(
    (value, patch) => patch?.filterSharedCustomerData ?? value,
    saved?.filterSharedCustomerData ?? false,
  );

  return (
    <section aria-labelledby="features-heading">
      <h2 id="features-heading">{t('app.sections.features')}</h2>
      <p className="intro">{t('features.intro')}</p>
      {settings.isPending && <Loading what={t('things.settings')} />}
      {settings.isError && (
        <QueryError
          what={t('things.settings')}
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      )}
      {features && (
        <>
          <div className="card settings-card">
            {featureDefinitions.map((feature) => (
              <SettingSwitch
                key={feature.key}
                label={feature.label}
                version={feature.version}
                explanation={feature.explanation}
                checked={features[feature.key]}
                blockedReason={blockedReason(switchBlockedReason(features, feature.key))}
                patch={(value) => ({ features: { [feature.key]: value } })}
              />
            ))}
          </div>
          <h3 className="settings-heading" id="channel-schema-heading">
            {t('features.channelSchema')}
          </h3>
          <div className="card settings-card" role="group" aria-labelledby="channel-schema-heading">
            <SettingSwitch
              label={t('features.filter')}
              explanation={t('features.filterExplanation')}
              checked={filter}
              blockedReason={null}
              patch={(value) => ({ filterSharedCustomerData: value })}
            />
          </div>
        </>
      )}
    </section>
  );
}
