import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Customer } from '../../../contract/customer.ts';
import { duplicateResponseSchema, type DuplicateFlag } from '../../../contract/duplicates.ts';
import { sendJson } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import { addressLine, customerName, t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { MergeDialog } from './merge-dialog.tsx';

function reasonText(flag: DuplicateFlag): string {
  const both = flag.reasons.includes('phone') && flag.reasons.includes('email');
  if (both) return t('duplicates.reasons.both');
  return t(
    flag.reasons.includes('phone') ? 'duplicates.reasons.phone' : 'duplicates.reasons.email',
  );
}

function outcomeText(flag: DuplicateFlag): string {
  const when = formatDateTime(flag.resolvedAt);
  if (flag.status === 'merged') {
    return t('duplicates.mergedOutcome', { account: flag.keptAccount ?? '—', when });
  }
  return t('duplicates.distinctOutcome', { when });
}

/** The rows comparing the two customers: what an admin decides by. */
function comparison(storeName: (id: string) => string) {
  return [
    { label: t('duplicates.fields.name'), value: (c: Customer) => customerName(c) },
    { label: t('common.phone'), value: (c: Customer) => c.phone || '—' },
    { label: t('common.email'), value: (c: Customer) => c.email || '—' },
    { label: t('common.store'), value: (c: Customer) => storeName(c.storeId) },
    {
      label: t('duplicates.fields.addresses'),
      value: (c: Customer) => c.addresses.map(addressLine).join(' / ') || '—',
    },
    {
      label: t('duplicates.fields.loyaltyCards'),
      value: (c: Customer) => c.loyaltyCards.map((card) => card.cardNumber).join(', ') || '—',
    },
    { label: t('duplicates.fields.updated'), value: (c: Customer) => formatDateTime(c.updatedAt) },
  ];
}

/**
 * One likely duplicate: the two customers side by side, why they were flagged, and — while it
 * is open — Not duplicates, or Keep one of the two accounts (a merge, after a confirmation).
 */
export function DuplicateCard({
  flag,
  storeName,
  onResolved,
}: {
  flag: DuplicateFlag;
  storeName: (storeId: string) => string;
  /** Says what was done, for the section's status line. */
  onResolved: (message: string) => void;
}) {
  const headingId = useId();
  const [keep, setKeep] = useState<Customer | null>(null);
  const queryClient = useQueryClient();
  const [a, b] = flag.customers;
  const names = { a: customerName(a), b: customerName(b) };
  const distinct = useMutation({
    mutationFn: () =>
      sendJson('POST', apiPaths.hqDuplicateDistinct(flag.id), undefined, duplicateResponseSchema),
    onSuccess: async () => {
      onResolved(t('duplicates.distinctDone', names));
      await queryClient.invalidateQueries({ queryKey: hqKeys.duplicates });
    },
  });

  return (
    <article className="card duplicate-card" aria-labelledby={headingId}>
      <div className="card-head">
        <h3 id={headingId}>{t('duplicates.pairHeading', names)}</h3>
        <p className="duplicate-reason">{reasonText(flag)}</p>
      </div>
      <p className="muted">{t('duplicates.flagged', { when: formatDateTime(flag.flaggedAt) })}</p>
      <div className="table-wrap">
        <table className="data-table compare-table">
          <caption className="visually-hidden">{t('duplicates.pairHeading', names)}</caption>
          <thead>
            <tr>
              <td />
              {flag.customers.map((c) => (
                <th key={c.accountNumber} scope="col" className="mono">
                  {c.accountNumber}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison(storeName).map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {flag.customers.map((c) => (
                  <td key={c.accountNumber} className="cell-wrap">
                    {row.value(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {flag.status === 'open' ? (
        <div className="form-actions">
          {flag.customers.map((c) => (
            <button
              key={c.accountNumber}
              type="button"
              disabled={distinct.isPending}
              onClick={() => setKeep(c)}
            >
              {t('duplicates.keep', { account: c.accountNumber })}
            </button>
          ))}
          <button
            type="button"
            className="button-secondary"
            disabled={distinct.isPending}
            onClick={() => distinct.mutate()}
          >
            {distinct.isPending ? t('duplicates.saving') : t('duplicates.notDuplicates')}
          </button>
        </div>
      ) : (
        <p className="duplicate-outcome">{outcomeText(flag)}</p>
      )}
      {distinct.isError && (
        <p className="field-error" role="alert">
          {t('duplicates.couldNotResolve', { reason: errorMessage(distinct.error) })}
        </p>
      )}
      {keep && (
        <MergeDialog
          flagId={flag.id}
          keep={keep}
          retire={keep === a ? b : a}
          onClose={() => setKeep(null)}
          onMerged={(message) => {
            setKeep(null);
            onResolved(message);
          }}
        />
      )}
    </article>
  );
}
