import { useId } from 'react';
import type { HqStore } from '../../../contract/hq-admin.ts';
import { t } from '../../i18n/i18n.ts';
import { AsyncModeToggle } from './async-mode-toggle.tsx';
import { RenameStore } from './rename-store.tsx';
import { StoreDefaultsForm } from './store-defaults-form.tsx';
import { StoreRegisters } from './store-registers.tsx';

/** One store: its name (Rename), registers, default customer, profile and customer defaults. */
export function StoreCard({ store }: { store: HqStore }) {
  const headingId = useId();
  return (
    <section className="card store-card" aria-labelledby={headingId}>
      <RenameStore store={store} headingId={headingId} />
      <div className="store-facts">
        <StoreRegisters store={store} />
        <div>
          <h4 className="subheading">{t('stores.defaultCustomer')}</h4>
          <span className="mono">{store.defaultCustomerAccount}</span>
        </div>
        <div>
          <h4 className="subheading">{t('stores.asyncMode')}</h4>
          <AsyncModeToggle store={store} />
        </div>
      </div>
      <StoreDefaultsForm store={store} />
    </section>
  );
}
