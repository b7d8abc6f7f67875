import { displayName, type Address } from '../../../contract/customer.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useConnectivity, useRegisterConfig } from '../../services/pos-services.tsx';
import { CustomerId } from './customer-id.tsx';
import { addAddressMode, editMode } from './customer-rules.ts';
import { IssueLoyaltyCard } from './issue-loyalty-card.tsx';
import { QueueState } from './queue-state.tsx';
import { useCustomer } from './use-customer.ts';

const receiptLabels = {
  print: 'Print',
  email: 'Email',
  'print-and-email': 'Print and email',
} as const;

/** A customer's details, with Edit customer, Add address and Issue loyalty card (B8, B10, B11). */
export function CustomerDetailsPage({ localId }: { localId: number }) {
  const found = useCustomer(localId);
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  if (found === undefined || !config) return <p>Loading…</p>;
  const { customer, entries } = found;
  if (!customer) {
    return (
      <section>
        <h1>Customer not found</h1>
        <p>This customer is not on this register.</p>
        <Link to={routes.customers}>Back to customers</Link>
      </section>
    );
  }
  const edit = editMode(customer, config.features, online);
  const address = addAddressMode(customer, config.features, online);
  const affiliationName = (id: string) => config.affiliations.find((a) => a.id === id)?.name ?? id;
  return (
    <section aria-labelledby="customer-heading" className="customer-details">
      <p>
        <Link to={routes.customers}>← Customers</Link>
      </p>
      <h1 id="customer-heading">{displayName(customer)}</h1>
      <QueueState entries={entries} />
      <dl className="details" aria-live="polite">
        <dt>Customer ID</dt>
        <dd>
          <CustomerId customer={customer} />
        </dd>
        <dt>Type</dt>
        <dd>{customer.type === 'person' ? 'Person' : 'Organization'}</dd>
        <dt>Title</dt>
        <dd>{customer.title || '—'}</dd>
        <dt>Email</dt>
        <dd>{[customer.email, ...customer.secondaryEmails].filter(Boolean).join(', ') || '—'}</dd>
        <dt>Phone</dt>
        <dd>{[customer.phone, ...customer.secondaryPhones].filter(Boolean).join(', ') || '—'}</dd>
        <dt>Addresses</dt>
        <dd>
          {customer.addresses.length + customer.pendingAddresses.length === 0 && '—'}
          {customer.addresses.map((a, i) => (
            <div key={a.asyncGuid ?? i}>{formatAddress(a)}</div>
          ))}
          {customer.pendingAddresses.map((p) => (
            <div key={p.recordId}>
              {formatAddress(p.address)} <span className="badge badge-pending">Pending sync</span>
            </div>
          ))}
        </dd>
        <dt>Affiliations</dt>
        <dd>{customer.affiliations.map(affiliationName).join(', ') || '—'}</dd>
        <dt>Customer group</dt>
        <dd>{customer.customerGroup}</dd>
        <dt>Currency</dt>
        <dd>{customer.currency}</dd>
        <dt>Language</dt>
        <dd>{customer.language}</dd>
        <dt>Receipt</dt>
        <dd>{receiptLabels[customer.receiptPreference]}</dd>
        <dt>Loyalty cards</dt>
        <dd>
          {customer.loyaltyCards.length
            ? customer.loyaltyCards.map((c) => <div key={c.cardNumber}>{c.cardNumber}</div>)
            : 'None'}
        </dd>
      </dl>
      <div className="actions">
        <button
          type="button"
          disabled={'blocked' in edit}
          aria-describedby={'blocked' in edit ? 'edit-blocked' : undefined}
          onClick={() => navigate(routes.editCustomer(localId))}
        >
          Edit customer
        </button>
        <button
          type="button"
          disabled={'blocked' in address}
          aria-describedby={'blocked' in address ? 'address-blocked' : undefined}
          onClick={() => navigate(routes.addAddress(localId))}
        >
          Add address
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
    </section>
  );
}

function formatAddress(a: Address): string {
  return [a.street, a.city, a.state, a.zip, a.country].filter(Boolean).join(', ');
}
