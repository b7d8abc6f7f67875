import { emptyDraft } from '../../../contract/customer.ts';
import type { RescueFile } from '../../../contract/health.ts';

const at = '2026-11-27T01:02:03.456Z';
/** A GUID numbered n (0–99). */
export const guid = (n: number) =>
  `0b9f6a8e-2f4c-4d4b-9a53-0f1c2d3e4f${String(n).padStart(2, '0')}`;

/** A rescue file as a register exports it: two new customers, an edit and an address. */
export function sampleRescueFile(): RescueFile {
  const customer = { ...emptyDraft(), firstName: 'Hanako', lastName: 'Yamada' };
  return {
    format: 'pos-rescue/1',
    storeId: 'S001',
    registerId: 'S001-R2',
    exportedAt: at,
    records: [
      { kind: 'customer-create', guid: guid(1), createdAt: at, customer },
      { kind: 'customer-create', guid: guid(2), createdAt: at, customer },
      {
        kind: 'customer-edit',
        guid: guid(3),
        createdAt: at,
        customer: { asyncGuid: guid(1) },
        draft: { ...customer, phone: '03-1234-5678' },
      },
      {
        kind: 'address-create',
        guid: guid(4),
        createdAt: at,
        customer: { accountNumber: 'C000001' },
        address: {
          purpose: 'home',
          street: '1-2-3 Jingumae',
          city: 'Shibuya',
          state: '13',
          zip: '150-0001',
          country: 'JPN',
          primary: false,
        },
      },
    ],
  };
}
