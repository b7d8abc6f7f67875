import { useId } from 'react';
import type { HqStore } from '../../../contract/hq-admin.ts';
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
          <h4 className="subheading">Registers</h4>
          {store.registers.length === 0 ? (
            'None'
          ) : (
            <ul className="plain-list">
              {store.registers.map((register) => (
                <li key={register.id}>
                  Register {register.number}:{' '}
                  <span className={register.activated ? 'text-ok' : 'muted'}>
                    {register.activated ? 'activated' : 'not activated'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4 className="subheading">Default customer</h4>
          <span className="mono">{store.defaultCustomerAccount}</span>
        </div>
        <div>
          <h4 className="subheading">Create customer in async mode</h4>
          <AsyncModeToggle store={store} />
        </div>
      </div>
      <StoreDefaultsForm store={store} />
    </section>
  );
}
