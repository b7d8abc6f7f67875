import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { saveActivation } from '../../db/meta-repo.ts';
import { useServices } from '../../services/pos-services.tsx';

/** Device activation (B16): picks the store and register; HQ issues the device token. */
export function ActivationPage() {
  const { api, db, engine } = useServices();
  const stores = useQuery({
    queryKey: ['activation-stores'],
    queryFn: async () => {
      const result = await api.activationStores();
      if (!result.ok) throw new Error(result.failure.message);
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
      setError(result.failure.message);
      setBusy(false);
      return;
    }
    await saveActivation(db, result.value);
    await engine.syncNow({ retryNow: true });
    const problem = engine.activity.get().lastError;
    if (problem)
      setError(`Activated, but the first download failed: ${problem} It is retried automatically.`);
    setBusy(false);
  }

  return (
    <main className="activation">
      <h1>Activate this register</h1>
      <p>
        Choose the store and register this device belongs to. Headquarters issues it a device token.
      </p>
      {stores.isError && (
        <p className="form-error" role="alert">
          Cannot load the stores: {stores.error.message}{' '}
          <button type="button" onClick={() => void stores.refetch()}>
            Try again
          </button>
        </p>
      )}
      <form onSubmit={(e) => void activate(e)}>
        <div className="field">
          <label htmlFor="store">Store</label>
          <select
            id="store"
            value={storeId}
            onChange={(e) => {
              setStoreId(e.target.value);
              setRegisterId('');
            }}
            required
          >
            <option value="">Choose a store…</option>
            {stores.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.id})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="register">Register</label>
          <select
            id="register"
            value={registerId}
            onChange={(e) => setRegisterId(e.target.value)}
            disabled={!store}
            required
          >
            <option value="">Choose a register…</option>
            {store?.registers.map((r) => (
              <option key={r.id} value={r.id}>
                Register {r.number} ({r.id})
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
          {busy ? 'Activating…' : 'Activate'}
        </button>
      </form>
    </main>
  );
}
