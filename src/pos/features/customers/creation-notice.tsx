import { chooseCreationMode } from '../../sync/create-customer.ts';
import { useConnectivity, useRegisterConfig } from '../../services/pos-services.tsx';

/** Tells the cashier, before Save, whether the customer goes to HQ now or is saved on the register. */
export function CreationNotice() {
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  if (!config) return null;
  const mode = chooseCreationMode(config.asyncCustomerMode, online);
  const text =
    mode === 'sync'
      ? 'The customer is created at headquarters now and gets its account number at once.'
      : online
        ? 'Async mode: the customer is saved on this register and shows Pending sync until headquarters assigns its account number.'
        : 'Offline: the customer is saved on this register and synchronized when the connection is back.';
  return <p className={`notice notice-${mode}`}>{text}</p>;
}
