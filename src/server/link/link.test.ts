import { fakeHq, fakeScaleUnit } from '../testing/fake-links.ts';
import { linkFixture } from '../testing/link-fixture.ts';
import type { ChannelConfig } from './link.ts';
import { linkConformanceSuite } from './link.suite.ts';

const config: ChannelConfig = {
  version: 'v1',
  settings: {
    features: {
      asyncAddressCreation: true,
      enhancedAsyncCreation: true,
      asyncCustomerEditing: true,
    },
    filterSharedCustomerData: false,
  },
  affiliations: [
    { id: 'EMPLOYEE', name: 'Employee' },
    { id: 'VIP', name: 'VIP' },
  ],
  stores: [
    {
      id: 'S001',
      name: 'Shibuya',
      asyncCustomerMode: false,
      defaults: {
        customerGroup: 'Retail',
        currency: 'JPY',
        language: 'ja',
        receiptPreference: 'print',
        affiliations: ['EMPLOYEE'],
      },
      registers: [{ id: 'S001-R1', number: '1', retiredAt: null }],
    },
  ],
};

linkConformanceSuite('in-memory fakes', (impl) => {
  const scaleUnit = fakeScaleUnit({
    id: 'shibuya',
    storeIds: ['S001'],
    connectedRegisters: 3,
    activity: [
      {
        registerId: 'S001-R1',
        storeId: 'S001',
        lastSeenAt: '2026-12-07T11:59:00.000Z',
        queue: { waiting: 2, needsAttention: 0, oldestWaitingAt: null, persistentStorage: true },
        activatedAt: '2026-12-01T09:00:00.000Z',
      },
      {
        registerId: 'S001-R2',
        storeId: 'S001',
        lastSeenAt: null,
        queue: null,
        activatedAt: null,
      },
    ],
  });
  return linkFixture(impl, {
    scaleUnit,
    hq: fakeHq(config),
    device: { storeId: 'S001', registerId: 'S001-R1' },
    scaleUnitCustomers: () => Promise.resolve([...scaleUnit.customers.values()]),
  });
});
