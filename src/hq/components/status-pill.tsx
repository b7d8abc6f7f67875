import type { AsyncOperationStatus } from '../../contract/hq-admin.ts';

/** The word the console shows for each asynchronous operation status. */
export const statusLabels: Record<AsyncOperationStatus, string> = {
  pending: 'Pending',
  completed: 'Completed',
  failed: 'Failed',
};

/** An asynchronous operation's status as a coloured word. */
export function StatusPill({ status }: { status: AsyncOperationStatus }) {
  return <span className={`pill pill-${status}`}>{statusLabels[status]}</span>;
}
