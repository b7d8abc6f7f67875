import { useState } from 'react';
import type { HqRegister, HqStore } from '../../../contract/hq-admin.ts';
import { t } from '../../i18n/i18n.ts';
import { AddRegisterForm } from './add-register-form.tsx';
import { RetireRegisterDialog } from './retire-register-dialog.tsx';

function registerState(register: HqRegister): { text: string; className: string } {
  if (register.retiredAt !== null) return { text: t('stores.retiredLabel'), className: 'muted' };
  if (register.activated) return { text: t('stores.activated'), className: 'text-ok' };
  return { text: t('stores.notActivated'), className: 'muted' };
}

/** A store's registers, each activated, not activated or retired; Retire; Add register. */
export function StoreRegisters({ store }: { store: HqStore }) {
  const [retiring, setRetiring] = useState<HqRegister | null>(null);
  const [retired, setRetired] = useState<HqRegister | null>(null);

  return (
    <div className="store-registers">
      <h4 className="subheading">{t('stores.registers')}</h4>
      {store.registers.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <ul className="plain-list register-list">
          {store.registers.map((register) => {
            const state = registerState(register);
            return (
              <li key={register.id}>
                {t('stores.registerLine', { number: register.number })}{' '}
                <span className={state.className}>{state.text}</span>
                {register.retiredAt === null && (
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('stores.retireFor', {
                      number: register.number,
                      store: store.name,
                    })}
                    aria-haspopup="dialog"
                    onClick={() => {
                      setRetired(null);
                      setRetiring(register);
                    }}
                  >
                    {t('stores.retire')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="form-status" role="status">
        {retired && t('stores.retiredNotice', { number: retired.number, store: store.name })}
      </p>
      <AddRegisterForm store={store} />
      {retiring && (
        <RetireRegisterDialog
          key={retiring.id}
          registerId={retiring.id}
          number={retiring.number}
          storeName={store.name}
          onClose={() => setRetiring(null)}
          onRetired={() => {
            setRetiring(null);
            setRetired(retiring);
          }}
        />
      )}
    </div>
  );
}
