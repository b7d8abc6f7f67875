import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { ActivationCode } from '../../../contract/tablet-setup.ts';
import { CaDownloads } from '../../../tablet-setup/ca-downloads.tsx';
import { TrustSteps } from '../../../tablet-setup/trust-steps.tsx';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { hqI18n, t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { storesQuery, tabletSetupQuery } from '../../queries.ts';
import { ActivationCard } from './activation-card.tsx';
import { createActivationCode } from './create-activation-code.ts';
import { defaultAddress } from './tablet-url.ts';

/**
 * Add a tablet (issue 11, X6): for a chosen store and register, a one-time activation code as a
 * QR code of `<https address>#activate=<code>`, the store CA to trust and the trust steps; it
 * prints as one clean sheet. Without the server's https addresses (not loaded), the QR code
 * carries the console's own address.
 */
export function AddTabletSection() {
  const id = useId();
  const language = hqI18n.language();
  const stores = useQuery(storesQuery);
  const setup = useQuery(tabletSetupQuery);
  const [storeId, setStoreId] = useState('');
  const [registerId, setRegisterId] = useState('');
  const [chosenAddress, setChosenAddress] = useState<string | null>(null);
  const [issued, setIssued] = useState<ActivationCode | null>(null);
  const create = useMutation({ mutationFn: createActivationCode, onSuccess: setIssued });

  const store = stores.data?.stores.find((s) => s.id === storeId);
  const addresses = setup.data?.httpsUrls.length
    ? setup.data.httpsUrls
    : [`${window.location.origin}/`];
  const address =
    chosenAddress && addresses.includes(chosenAddress)
      ? chosenAddress
      : (defaultAddress(addresses, window.location.hostname) ?? addresses[0] ?? '');
  const issuedRegister = store?.registers.find((r) => r.id === issued?.registerId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setIssued(null);
    create.mutate(registerId);
  }

  return (
    <section aria-labelledby="add-tablet-heading" className="add-tablet">
      <h2 id="add-tablet-heading">{t('app.sections.add-tablet')}</h2>
      <p className="intro no-print">{t('addTablet.intro')}</p>
      {stores.isPending && <Loading what={t('things.stores')} />}
      {stores.isError && (
        <QueryError
          what={t('things.stores')}
          error={stores.error}
          onRetry={() => void stores.refetch()}
        />
      )}
      {stores.data && (
        <form className="card add-tablet-form no-print" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-store`}>{t('common.store')}</label>
            <select
              id={`${id}-store`}
              value={storeId}
              onChange={(e) => {
                setStoreId(e.target.value);
                setRegisterId('');
                setIssued(null);
              }}
              required
            >
              <option value="">{t('addTablet.chooseStore')}</option>
              {stores.data.stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.id})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-register`}>{t('common.register')}</label>
            <select
              id={`${id}-register`}
              value={registerId}
              onChange={(e) => {
                setRegisterId(e.target.value);
                setIssued(null);
              }}
              disabled={!store}
              required
            >
              <option value="">{t('addTablet.chooseRegister')}</option>
              {store?.registers
                .filter((r) => r.retiredAt === null)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('addTablet.registerOption', { number: r.number, id: r.id })}
                  </option>
                ))}
            </select>
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-address`}>{t('addTablet.address')}</label>
            <select
              id={`${id}-address`}
              value={address}
              onChange={(e) => setChosenAddress(e.target.value)}
            >
              {addresses.map((url) => (
                <option key={url} value={url}>
                  {url}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={!registerId || create.isPending}>
            {create.isPending ? t('addTablet.creating') : t('addTablet.create')}
          </button>
        </form>
      )}
      {setup.isError && (
        <p className="muted no-print" role="status">
          {t('addTablet.noAddresses', { reason: errorMessage(setup.error) })}
        </p>
      )}
      {create.isError && (
        <p className="field-error" role="alert">
          {t('addTablet.notCreated', { reason: errorMessage(create.error) })}
        </p>
      )}
      {issued && store && issuedRegister && (
        <ActivationCard
          issued={issued}
          storeName={store.name}
          registerNumber={issuedRegister.number}
          address={address}
        />
      )}
      <div className="tablet-setup">
        {setup.isPending ? (
          <Loading what={t('things.tabletSetup')} />
        ) : (
          <CaDownloads
            language={language}
            heading="h3"
            ownCertificate={setup.data?.ownCertificate ?? false}
            fingerprint={setup.data?.caFingerprintSha256 ?? null}
          />
        )}
        <TrustSteps language={language} heading="h3" />
      </div>
      <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
        {t('addTablet.print')}
      </button>
    </section>
  );
}
