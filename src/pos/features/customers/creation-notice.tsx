import { chooseCreationMode } from '../../sync/creation-mode.ts';
import { t } from '../../i18n/i18n.ts';
import { useConnectivity, useRegisterConfig } from '../../services/pos-services.tsx';

/** Tells the cashier, before Save, whether the customer goes to HQ now or is saved on the register. */
export function CreationNotice() {
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  if (!config) return null;
  const mode = chooseCreationMode(config.asyncCustomerMode, online);
  const text =
    mode === 'sync'
      ? t('creationNotice.sync')
      : online
        ? t('creationNotice.async')
        : t('creationNotice.offline');
  return <p className={`notice notice-${mode}`}>{text}</p>;
}
