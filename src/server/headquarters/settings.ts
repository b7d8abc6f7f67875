import type { HqSettings } from '../../contract/hq-admin.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';

interface SettingsRow {
  async_address_creation: number;
  enhanced_async_creation: number;
  async_customer_editing: number;
  filter_shared_customer_data: number;
}

/** Feature management and the channel schema's filter, as HQ holds them (all off by default). */
export function readSettings(db: HqDb): HqSettings {
  const row = statement(db, 'SELECT * FROM settings WHERE id = 1').get() as SettingsRow | undefined;
  return {
    features: {
      asyncAddressCreation: row?.async_address_creation === 1,
      enhancedAsyncCreation: row?.enhanced_async_creation === 1,
      asyncCustomerEditing: row?.async_customer_editing === 1,
    },
    filterSharedCustomerData: row?.filter_shared_customer_data === 1,
  };
}

/** Stores the whole settings; the caller has checked them (see `featureConflict`). */
export function writeSettings(db: HqDb, settings: HqSettings): void {
  const bit = (on: boolean) => (on ? 1 : 0);
  statement(
    db,
    `INSERT INTO settings (id, async_address_creation, enhanced_async_creation,
       async_customer_editing, filter_shared_customer_data)
     VALUES (1, @address, @enhanced, @editing, @filter)
     ON CONFLICT (id) DO UPDATE SET
       async_address_creation = excluded.async_address_creation,
       enhanced_async_creation = excluded.enhanced_async_creation,
       async_customer_editing = excluded.async_customer_editing,
       filter_shared_customer_data = excluded.filter_shared_customer_data`,
  ).run({
    address: bit(settings.features.asyncAddressCreation),
    enhanced: bit(settings.features.enhancedAsyncCreation),
    editing: bit(settings.features.asyncCustomerEditing),
    filter: bit(settings.filterSharedCustomerData),
  });
}
