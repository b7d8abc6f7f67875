import { describe, expect, it } from 'vitest';
import { plainText } from '../../contract/messages.ts';
import { rescueFileSchema } from '../../contract/health.ts';
import { addAsyncCustomer, takeDueBatch, applyOutboxEvents } from '../db/outbox-repo.ts';
import { saveHqCustomers } from '../db/customers-repo.ts';
import { configuredDatabase, hqCustomer, record, testConfig } from '../test-fixtures.ts';
import { buildRescueFile, rescueFileName } from './rescue-export.ts';

describe('rescue export (X4)', () => {
  it('exports every record not applied at HQ, rejected ones included, as a valid rescue file', async () => {
    const db = await configuredDatabase();
    const waiting = record();
    const refused = record();
    const applied = record();
    for (const r of [waiting, refused, applied]) await addAsyncCustomer(db, r, testConfig);
    const batch = await takeDueBatch(db, 0, 10);
    const seqOf = (guid: string) => batch.find((e) => e.recordId === guid)?.seq ?? -1;
    await applyOutboxEvents(
      db,
      new Map([
        [seqOf(waiting.guid), { type: 'interrupted' }],
        [seqOf(refused.guid), { type: 'rejected', reason: plainText('Bad.') }],
        [seqOf(applied.guid), { type: 'accepted' }],
      ]),
      1,
    );
    await saveHqCustomers(db, [hqCustomer({ accountNumber: 'C100100', asyncGuid: applied.guid })]);

    const file = await buildRescueFile(db, testConfig, new Date('2026-11-27T01:02:03.456Z'));

    expect(rescueFileSchema.parse(file).records.map((r) => r.guid)).toEqual([
      waiting.guid,
      refused.guid,
    ]);
    expect(rescueFileName(file)).toBe('pos-rescue-S001-R1-2026-11-27T01-02-03-456Z.json');
  });
});
