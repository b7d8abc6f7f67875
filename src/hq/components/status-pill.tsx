import type { AsyncOperationStatus } from '../../contract/hq-admin.ts';
import { t } from '../i18n/i18n.ts';

/** The word the console shows for an asynchronous operation status. */
export function statusLabel(status: AsyncOperationStatus): string {
  return t(`statuses.${status}`);
}

/** An asynchronous operation's status as a coloured word. */
export function StatusPill({ status }: { status: AsyncOperationStatus }) {
  return <span className={`pill pill-${status}`}>{statusLabel(status)}</span>;
}
