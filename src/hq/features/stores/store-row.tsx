import type { HqStore } from '../../../contract/hq-admin.ts';
import { AsyncModeToggle } from './async-mode-toggle.tsx';

const receiptLabels: Record<HqStore['defaults']['receiptPreference'], string> = {
  print: 'Print',
  email: 'E-mail',
  'print-and-email': 'Print and e-mail',
};

/** One store: its registers, default customer and functionality profile. */
export function StoreRow({ store }: { store: HqStore }) {
  const { defaults } = store;
  return (
    <tr>
      <th scope="row">
        <span className="store-name">{store.name}</span>
        <span className="muted small">{store.id}</span>
      </th>
      <td>
        {store.registers.length === 0 ? (
          'None'
        ) : (
          <ul className="plain-list">
            {store.registers.map((register) => (
              <li key={register.id}>
                Register {register.number}:{' '}
                <span className={register.activated ? 'text-ok' : 'muted'}>
                  {register.activated ? 'activated' : 'not activated'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <span className="mono">{store.defaultCustomerAccount}</span>
      </td>
      <td>
        <dl className="defaults">
          <dt>Group</dt>
          <dd>{defaults.customerGroup}</dd>
          <dt>Currency</dt>
          <dd>{defaults.currency}</dd>
          <dt>Language</dt>
          <dd>{defaults.language}</dd>
          <dt>Receipt</dt>
          <dd>{receiptLabels[defaults.receiptPreference]}</dd>
        </dl>
      </td>
      <td>
        <AsyncModeToggle store={store} />
      </td>
    </tr>
  );
}
