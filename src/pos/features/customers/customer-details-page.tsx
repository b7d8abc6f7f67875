import { displayName } from '../../../contract/customer.ts';
import type { LocalCustomer, OutboxEntry } from '../../db/schema.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useConnectivity } from '../../services/pos-services.tsx';
import { CustomerId } from './customer-id.tsx';
import { IssueLoyaltyCard } from './issue-loyalty-card.tsx';
import { useCustomer } from './use-customer.ts';

const receiptLabels = {
  print: 'Print',
  email: 'Email',
  'print-and-email': 'Print and email',
} as const;

/** A customer's details, with Edit customer and Issue loyalty card (B8: not while pending). */
export function CustomerDetailsPage({ localId }: { localId: number }) {
  const found = useCustomer(localId);
  const { online } = useConnectivity();
  if (found === undefined) return <p>Loading…</p>;
  const { customer, outbox } = found;
  if (!customer) {
    return (
      <section>
        <h1>Customer not found</h1>
        <p>This customer is not on this register.</p>
        <Link to={routes.customers}>Back to customers</Link>
      </section>
    );
  }
  const pending = customer.syncStatus === 'pending';
  const editBlocked = pending
    ? 'Available once headquarters has created this customer (Pending sync).'
    : !online
      ? 'Editing needs a connection to headquarters.'
      : null;
  return (
    <section aria-labelledby="customer-heading" className="customer-details">
      <p>
        <Link to={routes.customers}>← Customers</Link>
      </p>
      <h1 id="customer-heading">{displayName(customer)}</h1>
      {outbox && <QueueState entry={outbox} />}
      <dl className="details" aria-live="polite">
        <dt>Customer ID</dt>
        <dd>
          <CustomerId customer={customer} />
        </dd>
        <dt>Type</dt>
        <dd>{customer.type === 'person' ? 'Person' : 'Organization'}</dd>
        <dt>Email</dt>
        <dd>{customer.email || '—'}</dd>
        <dt>Phone</dt>
        <dd>{customer.phone || '—'}</dd>
        <dt>Address</dt>
        <dd>
          {customer.addresses.length
            ? customer.addresses.map((a, i) => <div key={i}>{formatAddress(a)}</div>)
            : '—'}
        </dd>
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
          disabled={editBlocked !== null}
          aria-describedby={editBlocked ? 'edit-blocked' : undefined}
          onClick={() => navigate(routes.editCustomer(localId))}
        >
          Edit customer
        </button>
        <IssueLoyaltyCard customer={customer} />
        {editBlocked && (
          <p id="edit-blocked" className="hint">
            {editBlocked}
          </p>
        )}
      </div>
    </section>
  );
}

function QueueState({ entry }: { entry: OutboxEntry }) {
  if (entry.state === 'rejected') {
    return (
      <p className="alert alert-attention" role="alert">
        <strong>Needs attention:</strong> {entry.lastError ?? 'Headquarters refused this customer.'}
      </p>
    );
  }
  const text: Partial<Record<OutboxEntry['state'], string>> = {
    pending: entry.lastError
      ? `Waiting to upload (will retry: ${entry.lastError})`
      : 'Waiting to upload to headquarters.',
    sending: 'Uploading…',
    uploaded: 'Uploaded; waiting for headquarters to assign an account number.',
  };
  const message = text[entry.state];
  return message ? <p className="hint">{message}</p> : null;
}

function formatAddress(a: LocalCustomer['addresses'][number]): string {
  return [a.street, a.city, a.state, a.zip, a.country].filter(Boolean).join(', ');
}
