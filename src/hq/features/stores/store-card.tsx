import { useId } from 'react';
import type { HqStore } from '../../../contract/hq-admin.ts';
import { t } from '../../i18n/i18n.ts';
import { AsyncModeToggle } from './async-mode-toggle.tsx';
import { StoreDefaultsForm } from './store-defaults-form.tsx';

/** One store: its registers, default customer, functionality profile and customer defaults. */
export function StoreCard({ store }: { store: HqStore }) {
  const headingId = useId();
  return (
    <section className="card store-card" aria-labelledby={headingId}>
      <div className="card-head">
        <h3 id={headingId}>{store.name}</h3>
        <span className="muted mono">{store.id}</span>
      </div>
      <div className="store-facts">
        <div>
          <h4 className="subheading">{t('stores.registers')}</h4>
          {store.registers.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="plain-list">
              {store.registers.map((register) => (
                <li key={register.id}>
                  {t('stores.registerLine', { number: register.number })}{' '}
                  <span className={register.activated ? 'text-ok' : 'muted'}>
                    {register.activated ? t('stores.activated') : t('stores.notActivated')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
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
