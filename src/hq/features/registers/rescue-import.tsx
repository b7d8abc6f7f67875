import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { rescueImportResultSchema, type RescueFile } from '../../../contract/health.ts';
import { asyncRecordKinds } from '../../../contract/upload.ts';
import { sendJson } from '../../api.ts';
import { formatCount, formatDateTime } from '../../format.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { RefusedRecords } from './refused-records.tsx';
import {
  importSummary,
  readRescueFile,
  recordKindLabel,
  rescueFileSizeProblem,
  type RescuePreview,
} from './rescue-file.ts';

/*
 * The chosen file:  none ──choose──▶ reading ──▶ ready (preview, Import)
 *                                         └──▶ refused (why)
 * Choosing another file starts again and forgets the last import's result.
 */
type Selection =
  | { state: 'none' }
  | { state: 'reading'; fileName: string }
  | { state: 'refused'; fileName: string; message: string }
  | { state: 'ready'; fileName: string; file: RescueFile; preview: RescuePreview };

/** Lets the "Reading…" line paint before a large file's parse holds the main thread. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/** How a store or register is shown in the preview: its name and ID, or the ID alone. */
export type Namer = {
  store: (storeId: string) => string | undefined;
  register: (registerId: string) => string | undefined;
};

function named(name: string | undefined, id: string): string {
  return name === undefined ? t('rescue.notKnown', { id }) : t('rescue.named', { name, id });
}

/**
 * X4: an administrator picks a register's rescue file; the console reads and checks it in the
 * browser (once), previews it and imports it. HQ's import is idempotent: the same file again
 * adds nothing new.
 */
export function RescueImport({ names }: { names: Namer }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const reads = useRef(0);
  const [selection, setSelection] = useState<Selection>({ state: 'none' });
  const queryClient = useQueryClient();
  const importFile = useMutation({
    mutationFn: (file: RescueFile) =>
      sendJson('POST', apiPaths.hqRescueImport, file, rescueImportResultSchema),
    onSuccess: () => {
      // The same file can be chosen again (browsers fire no change for an unchanged value).
      if (inputRef.current) inputRef.current.value = '';
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.asyncCustomers }),
        queryClient.invalidateQueries({ queryKey: hqKeys.registerHealth }),
      ]);
    },
  });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    const read = ++reads.current;
    importFile.reset();
    if (!chosen) {
      setSelection({ state: 'none' });
      return;
    }
    const fileName = chosen.name;
    const tooLarge = rescueFileSizeProblem(chosen.size);
    if (tooLarge) {
      setSelection({ state: 'refused', fileName, message: tooLarge });
      return;
    }
    setSelection({ state: 'reading', fileName });
    let text: string;
    try {
      text = await chosen.text();
    } catch (error) {
      if (read === reads.current) {
        setSelection({
          state: 'refused',
          fileName,
          message: t('rescue.couldNotRead', { reason: errorMessage(error) }),
        });
      }
      return;
    }
    await nextFrame();
    if (read !== reads.current) return;
    const reading = readRescueFile(text);
    setSelection(
      reading.ok
        ? { state: 'ready', fileName, file: reading.file, preview: reading.preview }
        : { state: 'refused', fileName, message: reading.message },
    );
  }

  const result = importFile.data;
  return (
    // A div, not a labelled region: "Rescue file" must name the file input alone.
    <div className="card form-card rescue-import">
      <h3>{t('rescue.heading')}</h3>
      <p className="hint">{t('rescue.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('rescue.file')}</label>
        <input
          id={`${id}-file`}
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-selection`}
          disabled={importFile.isPending}
          onChange={(event) => void choose(event)}
        />
      </div>
      <div id={`${id}-selection`} className="rescue-selection">
        {selection.state === 'reading' && (
          <p className="muted" role="status">
            {t('rescue.reading', { file: selection.fileName })}
          </p>
        )}
        {selection.state === 'refused' && (
          <p className="field-error" role="alert">
            {selection.message}
          </p>
        )}
      </div>
      {selection.state === 'ready' && (
        <>
          <dl className="fix-summary rescue-preview" aria-label={t('rescue.preview')}>
            <dt>{t('rescue.fileName')}</dt>
            <dd className="cell-wrap">{selection.fileName}</dd>
            <dt>{t('common.store')}</dt>
            <dd>{named(names.store(selection.preview.storeId), selection.preview.storeId)}</dd>
            <dt>{t('common.register')}</dt>
            <dd>
              {named(names.register(selection.preview.registerId), selection.preview.registerId)}
            </dd>
            <dt>{t('rescue.exportedAt')}</dt>
            <dd>{formatDateTime(selection.preview.exportedAt)}</dd>
            <dt>{t('rescue.records')}</dt>
            <dd>
              {formatCount(selection.preview.total)}
              {selection.preview.total > 0 && (
                <ul className="plain-list">
                  {asyncRecordKinds.map((kind) => (
                    <li key={kind}>
                      {t('rescue.kindCount', {
                        kind: recordKindLabel(kind),
                        n: selection.preview.byKind[kind],
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
          {selection.preview.total === 0 ? (
            <p className="muted">{t('rescue.nothingToImport')}</p>
          ) : (
            <div className="form-actions">
              <button
                type="button"
                disabled={importFile.isPending}
                onClick={() => importFile.mutate(selection.file)}
              >
                {importFile.isPending ? t('rescue.importing') : t('rescue.import')}
              </button>
            </div>
          )}
        </>
      )}
      <div role="status" className="form-status rescue-result">
        {result && importSummary(result)}
      </div>
      {importFile.isError && (
        <p className="field-error" role="alert">
          {t('rescue.couldNotImport', { reason: errorMessage(importFile.error) })}
        </p>
      )}
      {result && <RefusedRecords results={result.results} />}
    </div>
  );
}
