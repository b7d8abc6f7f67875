import { useState } from 'react';
import { useRegisterConfig, useServices } from '../../services/pos-services.tsx';
import { buildRescueFile, rescueFileName } from '../../sync/rescue-export.ts';
import { t } from '../../i18n/i18n.ts';

/** X4: saves every unsynced record to a file that HQ can import (e.g. from a broken device). */
export function RescueExport({ count }: { count: number }) {
  const { db } = useServices();
  const config = useRegisterConfig();
  const [exported, setExported] = useState<{ count: number; file: string } | null>(null);
  if (!config) return null;

  async function exportFile() {
    if (!config) return;
    const file = await buildRescueFile(db, config);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = rescueFileName(file);
    link.click();
    URL.revokeObjectURL(url);
    setExported({ count: file.records.length, file: link.download });
  }

  return (
    <>
      <button type="button" onClick={() => void exportFile()} disabled={count === 0}>
        {t('rescueExport.button')}
      </button>
      <span role="status" className="success">
        {exported && t('rescueExport.exported', exported)}
      </span>
    </>
  );
}
