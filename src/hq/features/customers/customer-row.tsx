import { displayName, type Customer } from '../../../contract/customer.ts';

/** One HQ customer with contact details, store and loyalty cards. */
export function CustomerRow({ customer, storeName }: { customer: Customer; storeName: string }) {
  return (
    <tr>
      <td>
        <span className="mono">{customer.accountNumber}</span>
      </td>
      <th scope="row" className="cell-plain">
        {displayName(customer)}
      </th>
      <td className="cell-wrap">{customer.email || '—'}</td>
      <td className="nowrap">{customer.phone || '—'}</td>
      <td>{storeName}</td>
      <td>
        {customer.loyaltyCards.length === 0 ? (
          <span className="muted">None</span>
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
