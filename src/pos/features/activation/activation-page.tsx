import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { saveActivation } from '../../db/meta-repo.ts';
import { t } from '../../i18n/i18n.ts';
import { describeFailure, translateMessage } from '../../i18n/messages.ts';
import { useServices } from '../../services/pos-services.tsx';

/** Device activation (B16): picks the store and register; HQ issues the device token. */
export function ActivationPage() {
  const { api, db, engine } = useServices();
  const stores = useQuery({
    queryKey: ['activation-stores'],
    queryFn: async () => {
      const result = await api.activationStores();
      if (!result.ok) throw new Error(describeFailure(result.failure));
      return result.value.stores;
    },
  });
  const [storeId, setStoreId] = useState('');
  const [registerId, setRegisterId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const store = stores.data?.find((s) => s.id === storeId);

  async function activate(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.activate({ storeId, registerId });
    if (!result.ok) {
      setError(describeFailure(result.failure));
      setBusy(false);
      return;
    }
    await saveActivation(db, result.value);
    await engine.syncNow({ retryNow: true });
    const problem = engine.activity.get().lastError;
    if (problem)
      setError(t('activation.firstDownloadFailed', { problem: translateMessage(problem) }));
    setBusy(false);
  }

  return (
    <main className="activation">
      <h1>{t('activation.heading')}</h1>
      <p>{t('activation.intro')}</p>
      {stores.isError && (
        <p className="form-error" role="alert">
          {t('activation.storesFailed', { reason: stores.error.message })}{' '}
          <button type="button" onClick={() => void stores.refetch()}>
            {t('activation.tryAgain')}
          </button>
        </p>
      )}
      <form onSubmit={(e) => void activate(e)}>
        <div className="field">
          <label htmlFor="store">{t('activation.store')}</label>
          <select
            id="store"
            value={storeId}
            onChange={(e) => {
              setStoreId(e.target.value);
              setRegisterId('');
            }}
            required
          >
            <option value="">{t('activation.chooseStore')}</option>
            {stores.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.id})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="register">{t('activation.register')}</label>
          <select
            id="register"
            value={registerId}
            onChange={(e) => setRegisterId(e.target.value)}
            disabled={!store}
            required
          >
            <option value="">{t('activation.chooseRegister')}</option>
            {store?.registers.map((r) => (
              <option key={r.id} value={r.id}>
                {t('activation.registerOption', { number: r.number, id: r.id })}
              </option>
            ))}
          </select>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={!storeId || !registerId || busy}>
          {busy ? t('activation.activating') : t('activation.activate')}
        </button>
      </form>
    </main>
  );
}
