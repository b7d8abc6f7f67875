import { format, t } from '../../i18n/i18n.ts';
import {
  browserStorage,
  useStorageEstimate,
  type StorageEstimator,
} from './use-storage-estimate.ts';

/**
 * The register's storage use as the browser estimates it (`navigator.storage.estimate()`):
 * a term and its description for the sync center's details list, or nothing where the browser
 * cannot tell. Read again whenever `refreshKey` changes (e.g. after an upload or a download).
 */
export function StorageUse({
  refreshKey,
  storage = browserStorage(),
}: {
  refreshKey?: unknown;
  storage?: StorageEstimator | undefined;
}) {
  const use = useStorageEstimate(storage, refreshKey);
  if (!use) return null;
  return (
    <>
      <dt>{t('storageUse.label')}</dt>
      <dd>
        {t('storageUse.usage', {
          used: format().bytes(use.usage),
          quota: format().bytes(use.quota),
          share: format().share(use.usage / use.quota),
        })}
      </dd>
    </>
  );
}
