import { t } from '../i18n/i18n.ts';

/** A polite loading line for a section whose data has not arrived yet. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      {t('common.loading', { what })}
    </p>
  );
}
