import type { Customer } from '../../../contract/customer.ts';
import { customerName, t } from '../../i18n/i18n.ts';

/** One HQ customer with title, contact details, affiliations, store and loyalty cards. */
export function CustomerRow({
  customer,
  storeName,
  affiliationName,
}: {
  customer: Customer;
  storeName: string;
  affiliationName: (id: string) => string;
}) {
  return (
    <tr>
      <td>
        <span className="mono">{customer.accountNumber}</span>
      </td>
      <td>{customer.title || <span className="muted">—</span>}</td>
      <th scope="row" className="cell-plain">
        {customerName(customer)}
        {customer.mergedInto && (
          <span className="muted merged-note">
            {t('customers.mergedInto', { account: customer.mergedInto })}
          </span>
        )}
      </th>
      <td className="cell-wrap">{customer.email || '—'}</td>
      <td className="nowrap">{customer.phone || '—'}</td>
      <td>
        {customer.affiliations.length === 0 ? (
          <span className="muted">{t('common.none')}</span>
        ) : (
          <ul className="plain-list">
            {customer.affiliations.map((id) => (
              <li key={id}>{affiliationName(id)}</li>
            ))}
          </ul>
        )}
      </td>
      <td>{storeName}</td>
      <td>
        {customer.loyaltyCards.length === 0 ? (
          <span className="muted">{t('common.none')}</span>
        ) : (
          <ul className="plain-list">
            {customer.loyaltyCards.map((card) => (
              <li key={card.cardNumber} className="mono">
                {card.cardNumber}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
