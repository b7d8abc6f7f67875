// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addAsyncCustomer, applyOutboxEvents } from '../../db/outbox-repo.ts';
import type { PosDatabase } from '../../db/schema.ts';
import { posI18n } from '../../i18n/i18n.ts';
import { ServicesProvider, type PosServices } from '../../services/pos-services.tsx';
import { configuredDatabase, record, testConfig } from '../../test-fixtures.ts';
import { KeepOpenNotice } from './keep-open-notice.tsx';
import { OutboxSummaryProvider } from './use-outbox-summary.tsx';

afterEach(async () => {
  cleanup();
  await posI18n.choose('en');
});

const notice =
  'This browser uploads only while the register is open. Keep it open until every record is uploaded.';

async function renderNotice(db: PosDatabase, backgroundSync: boolean) {
  // The register's services as far as the notice uses them.
  const services = { db, backgroundSync } as PosServices;
  render(
    <ServicesProvider services={services}>
      <OutboxSummaryProvider loading={null}>
        <KeepOpenNotice />
        {/* Shown with the notice once the queue's summary, which the notice reads, is read. */}
        <p>Summary read</p>
      </OutboxSummaryProvider>
    </ServicesProvider>,
  );
  await screen.findByText('Summary read');
}

describe('the keep-open notice (no Background Sync)', () => {
  it('shows while a record waits to upload, and goes when it is uploaded', async () => {
    const db = await configuredDatabase();
    const localId = await addAsyncCustomer(db, record(), testConfig);
    await renderNotice(db, false);
    await expect.poll(() => screen.getByRole('status').textContent).toBe(notice);

    const [entry] = await db.outbox.where('localId').equals(localId).toArray();
    if (entry?.seq === undefined) throw new Error('The record was not queued.');
    await applyOutboxEvents(db, new Map([[entry.seq, { type: 'send' }]]), Date.now());
    await applyOutboxEvents(db, new Map([[entry.seq, { type: 'accepted' }]]), Date.now());
    await expect.poll(() => screen.getByRole('status').textContent).toBe('');
  });

  it('says nothing while nothing waits', async () => {
    await renderNotice(await configuredDatabase(), false);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says nothing where the browser has Background Sync', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    await renderNotice(db, true);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('speaks Japanese', async () => {
    await posI18n.choose('ja');
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    await renderNotice(db, false);
    expect(
      await screen.findByText(
        'このブラウザーはレジを開いている間だけアップロードします。すべてのレコードがアップロードされるまで、レジを開いたままにしてください。',
      ),
    ).toBeDefined();
  });
});
