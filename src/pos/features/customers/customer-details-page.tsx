import { addressLine, customerName, format, t } from '../../i18n/i18n.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useConnectivity, useRegisterConfig } from '../../services/pos-services.tsx';
import { AccountArrival } from './account-arrival.tsx';
import { CustomerId } from './customer-id.tsx';
import { addAddressMode, editMode } from './customer-rules.ts';
import { IssueLoyaltyCard } from './issue-loyalty-card.tsx';
import { MergedNotice } from './merged-notice.tsx';
import { QueueState } from './queue-state.tsx';
import { useCustomer } from './use-customer.ts';

/**
 * A customer's details, with Edit customer, Add address and Issue loyalty card (B8, B10, B11);
 * for a customer merged at HQ, where it went instead of those actions (X2).
 */
export function CustomerDetailsPage({ localId }: { localId: number }) {
  const found = useCustomer(localId);
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  if (found === undefined || !config) return <p>{t('app.loading')}</p>;
  const { customer, entries } = found;
  if (!customer) {
    return (
      <section>
        <h1>{t('details.notFound')}</h1>
        <p>{t('details.notOnRegister')}</p>
        <Link to={routes.customers}>{t('app.backToCustomers')}</Link>
      </section>
    );
  }
  const edit = editMode(customer, config.features, online);
  const address = addAddressMode(customer, config.features, online);
  const affiliationName = (id: string) => config.affiliations.find((a) => a.id === id)?.name ?? id;
  return (
    <section aria-labelledby="customer-heading" className="customer-details">
      <p>
        <Link to={routes.customers}>{t('details.backToCustomers')}</Link>
      </p>
      <h1 id="customer-heading">{customerName(customer)}</h1>
      <QueueState entries={entries} />
      {customer.mergedInto && <MergedNotice account={customer.mergedInto} />}
      <AccountArrival key={localId} accountNumber={customer.accountNumber} />
      <dl className="details">
        <dt>{t('details.customerId')}</dt>
        <dd>
          <CustomerId customer={customer} />
        </dd>
        <dt>{t('details.type')}</dt>
        <dd>{customer.type === 'person' ? t('form.person') : t('form.organization')}</dd>
        <dt>{t('details.title')}</dt>
        <dd>{customer.title || '—'}</dd>
        <dt>{t('details.email')}</dt>
        <dd>{listOrDash([customer.email, ...customer.secondaryEmails])}</dd>
        <dt>{t('details.phone')}</dt>
        <dd>{listOrDash([customer.phone, ...customer.secondaryPhones])}</dd>
        <dt>{t('details.addresses')}</dt>
        <dd>
          {customer.addresses.length + customer.pendingAddresses.length === 0 && '—'}
          {customer.addresses.map((a, i) => (
            <div key={a.asyncGuid ?? i}>{addressLine(a)}</div>
          ))}
          {customer.pendingAddresses.map((p) => (
            <div key={p.recordId}>
              {addressLine(p.address)}{' '}
              <span className="badge badge-pending">{t('pendingSync')}</span>
            </div>
          ))}
        </dd>
        <dt>{t('details.affiliations')}</dt>
        <dd>{listOrDash(customer.affiliations.map(affiliationName))}</dd>
        <dt>{t('details.customerGroup')}</dt>
        <dd>{customer.customerGroup}</dd>
        <dt>{t('details.currency')}</dt>
        <dd>{customer.currency}</dd>
        <dt>{t('details.language')}</dt>
        <dd>{customer.language}</dd>
        <dt>{t('details.receipt')}</dt>
        <dd>{t(`details.receipts.${customer.receiptPreference}`)}</dd>
        <dt>{t('details.loyaltyCards')}</dt>
        <dd>
          {customer.loyaltyCards.length
            ? customer.loyaltyCards.map((c) => <div key={c.cardNumber}>{c.cardNumber}</div>)
            : t('details.none')}
        </dd>
      </dl>
      {!customer.mergedInto && (
        <div className="actions">
          <button
            type="button"
            disabled={'blocked' in edit}
            aria-describedby={'blocked' in edit ? 'edit-blocked' : undefined}
            onClick={() => navigate(routes.editCustomer(localId))}
          >
            {t('details.editCustomer')}
          </button>
          <button
            type="button"
            disabled={'blocked' in address}
            aria-describedby={'blocked' in address ? 'address-blocked' : undefined}
            onClick={() => navigate(routes.addAddress(localId))}
          >
            {t('details.addAddress')}
          </button>
          <IssueLoyaltyCard customer={customer} />
          {'blocked' in edit && (
            <p id="edit-blocked" className="hint">
              {edit.blocked}
            </p>
          )}
          {'blocked' in address && (
            <p id="address-blocked" className="hint">
              {address.blocked}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** The non-empty items as a list in the current language, or an em dash for none. */
function listOrDash(items: readonly string[]): string {
  return format().list(items.filter(Boolean)) || '—';
}
