import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { asyncOperationResponseSchema, type AsyncOperation } from '../../../contract/hq-admin.ts';
import type { AsyncRecord } from '../../../contract/upload.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { StatusPill } from '../../components/status-pill.tsx';
import { formatDateTime } from '../../format.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, describe } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { AddressFieldset, DraftFields } from './fix-fields.tsx';
import {
  checkFix,
  draftKey,
  draftOf,
  serverFixErrors,
  setAddressField,
  setDraftField,
  setDraftTitle,
  shownPaths,
} from './fix-record.ts';
import { kindLabel, operationOutcome } from './operation-kind.ts';
import type { ReceivedMessage } from '../../../contract/messages.ts';

type Outcome = { text: string; tone: 'ok' | 'failed' | 'info' };

function outcomeOf(operation: AsyncOperation, saved: boolean): Outcome {
  const text = operationOutcome(operation);
  if (operation.status === 'completed') return { text, tone: 'ok' };
  if (operation.status === 'pending') return { text, tone: 'info' };
  return saved
    ? { text: t('syncStatus.savedStaysFailed'), tone: 'info' }
    : { text, tone: 'failed' };
}

/**
 * The editable record of one failed operation (B13): Save (PUT of the whole record) and
 * Synchronize again (which saves unsaved changes first).
 *
 *   failed ──Save──▶ failed (saved) ──Synchronize again──▶ completed | failed (new error) | pending
 */
export function FixForm({
  operation: initialOperation,
  record: initialRecord,
  storeName,
}: {
  operation: AsyncOperation;
  record: AsyncRecord;
  storeName: string;
}) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [record, setRecord] = useState(initialRecord);
  const [saved, setSaved] = useState(initialRecord);
  const [operation, setOperation] = useState(initialOperation);
  const [invalid, setInvalid] = useState<Record<string, ReceivedMessage>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const dirty = JSON.stringify(record) !== JSON.stringify(saved);

  const refresh = () => queryClient.invalidateQueries({ queryKey: hqKeys.asyncCustomers });

  const put = async (fixed: AsyncRecord) => {
    const reply = await sendJson(
      'PUT',
      apiPaths.hqAsyncCustomer(operation.guid),
      { record: fixed },
      asyncOperationResponseSchema,
    );
    setSaved(fixed);
    setRecord(fixed);
    setOperation(reply.operation);
    return reply.operation;
  };

  const save = useMutation({
    mutationFn: put,
    onSuccess: (next) => setOutcome(outcomeOf(next, true)),
    onSettled: refresh,
  });

  const resync = useMutation({
    mutationFn: async (fixed: AsyncRecord | null) => {
      if (fixed) await put(fixed);
      const reply = await sendJson(
        'POST',
        apiPaths.hqAsyncCustomerResync(operation.guid),
        {},
        asyncOperationResponseSchema,
      );
      setOperation(reply.operation);
      return reply.operation;
    },
    onSuccess: (next) => setOutcome(outcomeOf(next, false)),
    onSettled: refresh,
  });

  const busy = save.isPending || resync.isPending;
  const failedCall = save.error ?? resync.error;
  const serverFields = failedCall instanceof HqApiError ? serverFixErrors(failedCall.fields) : {};
  const errors = Object.keys(invalid).length > 0 ? invalid : serverFields;
  const shown = shownPaths(record);
  const otherErrors = Object.entries(errors).filter(([path]) => !shown.has(path));
  const editable = operation.status === 'failed';

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalid]);

  const checked = (): AsyncRecord | null => {
    const result = checkFix(initialRecord, record);
    if (!result.ok) {
      setInvalid(result.fields);
      setOutcome(null);
      return null;
    }
    setInvalid({});
    return result.record;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resync.reset();
    const fixed = checked();
    if (fixed) save.mutate(fixed);
  };

  const synchronize = () => {
    save.reset();
    if (!dirty) {
      setInvalid({});
      resync.mutate(null);
      return;
    }
    const fixed = checked();
    if (fixed) resync.mutate(fixed);
  };

  const change = (next: AsyncRecord) => {
    setRecord(next);
    setOutcome(null);
  };

  const draft = draftOf(record);
  const key = draftKey(record);

  return (
    <form ref={formRef} className="fix-form" noValidate onSubmit={submit}>
      <dl className="fix-summary">
        <dt>{t('common.kind')}</dt>
        <dd>{kindLabel(operation.kind)}</dd>
        <dt>{t('common.store')}</dt>
        <dd>{storeName}</dd>
        <dt>{t('syncStatus.asyncCustomerAccount')}</dt>
        <dd className="mono guid">{operation.guid}</dd>
        <dt>{t('common.created')}</dt>
        <dd>{formatDateTime(operation.createdAt)}</dd>
        <dt>{t('common.status')}</dt>
        <dd>
          <StatusPill status={operation.status} />
        </dd>
        {record.kind !== 'customer-create' && (
          <>
            <dt>{t('fix.customer')}</dt>
            <dd className="mono guid">
              {'accountNumber' in record.customer
                ? record.customer.accountNumber
                : t('fix.pendingGuid', { guid: record.customer.asyncGuid })}
            </dd>
          </>
        )}
      </dl>
      {operation.lastError ? (
        <div className="fix-error">
          <h3 className="subheading">{t('syncStatus.lastKnownError')}</h3>
          <p>{describe(operation.lastError)}</p>
        </div>
      ) : (
        <p className="muted">{t('fix.noError')}</p>
      )}

      <fieldset className="fix-fields" disabled={!editable || busy}>
        <legend className="visually-hidden">
          {record.kind === 'address-create' ? t('fix.address') : t('fix.customer')}
        </legend>
        {draft && (
          <DraftFields
            draft={draft}
            pathPrefix={key}
            errors={errors}
            onField={(field, value) => change(setDraftField(record, field, value))}
            onTitle={(title) => change(setDraftTitle(record, title))}
            onAddress={(index, field, value) =>
              change(setAddressField(record, index, field, value))
            }
          />
        )}
        {record.kind === 'address-create' && (
          <AddressFieldset
            legend={t('fix.address')}
            address={record.address}
            pathPrefix="address"
            errors={errors}
            onChange={(field, value) => change(setAddressField(record, 0, field, value))}
          />
        )}
      </fieldset>

      {Object.keys(errors).length > 0 && (
        <div className="field-error" role="alert">
          <p>{t('fix.checkFields')}</p>
          {otherErrors.length > 0 && (
            <ul>
              {otherErrors.map(([path, message]) => (
                <li key={path}>{describe({ ...message, field: path })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {failedCall && Object.keys(serverFields).length === 0 && (
        <p className="field-error" role="alert">
          {t(save.isError ? 'fix.couldNotSave' : 'fix.couldNotSynchronize', {
            reason: errorMessage(failedCall),
          })}
        </p>
      )}
      <p
        className={outcome ? `fix-outcome fix-outcome-${outcome.tone}` : 'fix-outcome'}
        role="status"
      >
        {busy ? (save.isPending ? t('common.saving') : t('fix.synchronizing')) : outcome?.text}
      </p>
      {editable ? (
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" className="button-secondary" disabled={busy} onClick={synchronize}>
            {t('fix.synchronizeAgain')}
          </button>
          {dirty && <span className="muted small">{t('fix.unsavedFirst')}</span>}
        </div>
      ) : (
        <p className="muted">{t('fix.onlyFailed')}</p>
      )}
    </form>
  );
}
