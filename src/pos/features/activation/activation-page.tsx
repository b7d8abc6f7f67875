import { useEffect, useRef, useState, type FormEvent } from 'react';
import { saveActivation } from '../../db/stored-meta.ts';
import { t } from '../../i18n/i18n.ts';
import { describeFailure, describe } from '../../i18n/messages.ts';
import { useServices } from '../../services/pos-services.tsx';
import type { ApiFailure } from '../../sync/api-client.ts';
import { activationCodeFromFragment, removeActivationFragment } from './activation-fragment.ts';

/** A bad code in the register's own words (it names the page to go to); other failures as usual. */
function activationProblem(failure: ApiFailure): string {
  return failure.message.code === 'invalid-activation-code'
    ? t('activation.invalidCode')
    : describeFailure(failure);
}

/**
 * Device activation (B16): the one-time code HQ's Add a tablet page shows, typed or scanned (the
 * QR code opens this page with `#activate=<code>`: it is filled in and sent at once, and the
 * fragment leaves the address bar). HQ answers with the register's device token.
 */
export function ActivationPage() {
  const { api, db, engine } = useServices();
  const [code, setCode] = useState(() => activationCodeFromFragment(window.location.hash) ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The scanned code is sent once (StrictMode runs effects twice; refs survive that).
  const scanned = useRef(code !== '');

  async function activate(value: string) {
    setBusy(true);
    setError(null);
    const result = await api.activate({ code: value });
    if (!result.ok) {
      setError(activationProblem(result.failure));
      setBusy(false);
      return;
    }
    await saveActivation(db, result.value);
    await engine.syncNow({ retryNow: true });
    const problem = engine.activity.get().lastError;
    if (problem) setError(t('activation.firstDownloadFailed', { problem: describe(problem) }));
    setBusy(false);
  }

  useEffect(() => {
    if (!scanned.current) return;
    scanned.current = false;
    removeActivationFragment();
    void activate(code);
    // Only the code the page was opened with, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void activate(code);
  }

  return (
    <main className="activation">
      <h1>{t('activation.heading')}</h1>
      <p>{t('activation.intro')}</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="activation-code">{t('activation.code')}</label>
          <input
            id="activation-code"
            className="activation-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="ABCD-EFGH"
            aria-invalid={error !== null}
            aria-describedby={error ? 'activation-error' : undefined}
            required
          />
        </div>
        {error && (
          <p className="form-error" role="alert" id="activation-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={!code.trim() || busy}>
          {busy ? t('activation.activating') : t('activation.activate')}
        </button>
      </form>
    </main>
  );
}
