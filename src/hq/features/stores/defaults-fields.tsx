import { useQuery } from '@tanstack/react-query';
import { receiptPreferences, type CustomerDefaults } from '../../../contract/customer.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { affiliationsQuery } from '../../queries.ts';

type TextKey = 'customerGroup' | 'currency' | 'language';
const textFields = [
  { key: 'customerGroup', maxLength: 10, hint: 'customerGroupHint' },
  { key: 'currency', maxLength: 3, hint: 'currencyHint' },
  { key: 'language', maxLength: 10, hint: 'languageHint' },
] as const satisfies readonly { key: TextKey; maxLength: number; hint: string }[];

/**
 * A default customer's values — customer group, currency, language, receipt preference and
 * affiliations — as fields, for a store's defaults form and the Add store form. `errors` are by
 * field name (`currency`, `affiliations.0`…), already in words.
 */
export function DefaultsFields({
  idPrefix,
  draft,
  errors,
  onChange,
}: {
  idPrefix: string;
  draft: CustomerDefaults;
  errors: Readonly<Record<string, string>>;
  onChange: (next: CustomerDefaults) => void;
}) {
  const id = idPrefix;
  const affiliations = useQuery(affiliationsQuery);
  const affiliationError = Object.entries(errors).find(([key]) =>
    key.startsWith('affiliations'),
  )?.[1];
  const known = affiliations.data?.affiliations ?? [];
  // Ids the store has that HQ no longer lists still show, so they can be unticked.
  const choices = [
    ...known,
    ...draft.affiliations
      .filter((a) => !known.some((k) => k.id === a))
      .map((a) => ({ id: a, name: a })),
  ];

  return (
    <>
      <div className="defaults-grid">
        {textFields.map((field) => {
          const error = errors[field.key];
          return (
            <div className="field" key={field.key}>
              <label htmlFor={`${id}-${field.key}`}>{t(`stores.${field.key}`)}</label>
              <input
                id={`${id}-${field.key}`}
                type="text"
                autoComplete="off"
                value={draft[field.key]}
                maxLength={field.maxLength}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-${field.key}-hint${error ? ` ${id}-${field.key}-error` : ''}`}
                onChange={(e) => {
                  const value =
                    field.key === 'currency' ? e.target.value.toUpperCase() : e.target.value;
                  onChange({ ...draft, [field.key]: value });
                }}
              />
              <span id={`${id}-${field.key}-hint`} className="hint">
                {t(`stores.${field.hint}`)}
              </span>
              {error && (
                <span id={`${id}-${field.key}-error`} className="field-error">
                  {error}
                </span>
              )}
            </div>
          );
        })}
        <div className="field">
          <label htmlFor={`${id}-receipt`}>{t('stores.receiptPreference')}</label>
          <select
            id={`${id}-receipt`}
            value={draft.receiptPreference}
            onChange={(e) => {
              const value = receiptPreferences.find((p) => p === e.target.value);
              if (value) onChange({ ...draft, receiptPreference: value });
            }}
          >
            {receiptPreferences.map((p) => (
              <option key={p} value={p}>
                {t(`stores.receipts.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset
        className="checkbox-group"
        aria-describedby={affiliationError ? `${id}-aff-error` : undefined}
      >
        <legend>{t('stores.affiliations')}</legend>
        {affiliations.isPending && <span className="muted">{t('stores.loadingAffiliations')}</span>}
        {affiliations.isError && (
          <span className="field-error">
            {t('stores.couldNotLoadAffiliations', { reason: errorMessage(affiliations.error) })}
          </span>
        )}
        {affiliations.isSuccess && choices.length === 0 && (
          <span className="muted">{t('stores.noAffiliations')}</span>
        )}
        {choices.map((affiliation) => (
          <div className="field field-checkbox" key={affiliation.id}>
            <input
              id={`${id}-aff-${affiliation.id}`}
              type="checkbox"
              checked={draft.affiliations.includes(affiliation.id)}
              onChange={(e) =>
                onChange({
                  ...draft,
                  affiliations: e.target.checked
                    ? [...draft.affiliations, affiliation.id]
                    : draft.affiliations.filter((a) => a !== affiliation.id),
                })
              }
            />
            <label htmlFor={`${id}-aff-${affiliation.id}`}>{affiliation.name}</label>
          </div>
        ))}
        {affiliationError && (
          <span id={`${id}-aff-error`} className="field-error">
            {affiliationError}
          </span>
        )}
      </fieldset>
    </>
  );
}
