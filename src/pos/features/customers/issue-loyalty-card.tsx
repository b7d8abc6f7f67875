import { useMutation } from '@tanstack/react-query';
import { saveHqCustomers } from '../../db/customers-repo.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { t } from '../../i18n/i18n.ts';
import { describeError } from '../../i18n/messages.ts';
import { useConnectivity, useServices } from '../../services/pos-services.tsx';
import { realtimeValue } from '../../sync/classify.ts';
import { loyaltyBlocked } from './customer-rules.ts';

/** Issue loyalty card (B11): a real-time call; HQ makes the card number. Needs the account number. */
export function IssueLoyaltyCard({ customer }: { customer: LocalCustomer }) {
  const { db, api, connectivity } = useServices();
  const { online } = useConnectivity();
  const issue = useMutation({
    mutationFn: async (account: string) => {
      const { card, customer: updated } = realtimeValue(
        await api.issueLoyaltyCard(account),
        connectivity,
      );
      await saveHqCustomers(db, [updated]);
      return card.cardNumber;
    },
  });
  const blocked = loyaltyBlocked(customer, online);
  const account = customer.accountNumber;
  return (
    <>
      <button
        type="button"
        disabled={blocked !== null || issue.isPending}
        aria-describedby={blocked ? 'loyalty-blocked' : undefined}
        onClick={() => account && issue.mutate(account)}
      >
        {issue.isPending ? t('loyalty.issuing') : t('loyalty.issue')}
      </button>
      {blocked && (
        <p id="loyalty-blocked" className="hint">
          {blocked}
        </p>
      )}
      <span className="success" role="status">
        {issue.isSuccess && t('loyalty.issued', { number: issue.data })}
      </span>
      {issue.isError && (
        <p className="form-error" role="alert">
          {t('loyalty.failed', { reason: describeError(issue.error) })}
        </p>
      )}
    </>
  );
}
