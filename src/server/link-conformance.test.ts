import { openHqDb } from './headquarters/db/hq-db.ts';
import { seedDemoData } from './headquarters/demo-data.ts';
import { createHqLinkService } from './headquarters/link-service.ts';
import { openChannelDb } from './scale-unit/db/channel-db.ts';
import { storedConfigSource } from './scale-unit/channel-config.ts';
import { createScaleUnitLinkService } from './scale-unit/link-service.ts';
import { noPokes } from './scale-unit/events/poke-hub.ts';
import { statement } from './platform/db/sqlite.ts';
import type { Customer } from '../contract/customer.ts';
import { linkFixture } from './testing/link-fixture.ts';
import { linkConformanceSuite } from './link/link.suite.ts';

linkConformanceSuite('real services', async (impl) => {
  const clock = { now: () => new Date() };
  const hqDb = openHqDb(':memory:');
  seedDemoData(hqDb, { customers: 0, clock });
  const channelDb = openChannelDb(':memory:');
  const hq = createHqLinkService({ hqDb, clock });
  const config = storedConfigSource(channelDb);
  config.store(await hq.channelConfig(), clock.now().toISOString());
  const scaleUnit = createScaleUnitLinkService({
    id: 'shibuya',
    storeIds: ['S001'],
    channelDb,
    clock,
    config,
    pokes: noPokes,
  });
  return linkFixture(impl, {
    scaleUnit,
    hq,
    device: { storeId: 'S001', registerId: 'S001-R1' },
    scaleUnitCustomers: () =>
      Promise.resolve(
        (
          statement(
            channelDb,
            'SELECT data, origin_register_id AS o FROM channel_customers',
          ).all() as { data: string; o: string | null }[]
        ).map((r) => ({ customer: JSON.parse(r.data) as Customer, originRegisterId: r.o })),
      ),
    close: () => {
      hqDb.close();
      channelDb.close();
      return Promise.resolve();
    },
  });
});
