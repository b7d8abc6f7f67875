import { describe, expect, it } from 'vitest';
import { emptyDraft, type CustomerDraft } from '../../../contract/customer.ts';
import { englishText, readMessage } from '../../../contract/messages.ts';
import type { AsyncRecord } from '../../../contract/upload.ts';
import {
  checkFix,
  fixedRecord,
  serverFixErrors,
  setAddressField,
  setDraftField,
  setDraftTitle,
} from './fix-record.ts';

const guid = '0b9f6a8e-2f4c-4d4b-9a53-0f1c2d3e4f50';
const otherGuid = '7d1e2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';
const createdAt = '2025-03-04T05:06:07.000Z';

const draft: CustomerDraft = {
  ...emptyDraft(),
  firstName: 'Hanako',
  lastName: 'Yamada',
  email: 'hanako@example',
  addresses: [
    {
      purpose: 'home',
      street: '1-2-3 Jingumae',
      city: '',
      state: '13',
      zip: '150-0001',
      country: 'JPN',
      primary: true,
    },
  ],
};

const create: AsyncRecord = { kind: 'customer-create', guid, createdAt, customer: draft };
const edit: AsyncRecord = {
  kind: 'customer-edit',
  guid,
  createdAt,
  customer: { asyncGuid: otherGuid },
  draft,
};
const address: AsyncRecord = {
  kind: 'address-create',
  guid,
  createdAt,
  customer: { accountNumber: 'C000123' },
  address: {
    purpose: 'delivery',
    street: '',
    city: 'Osaka',
    state: '',
    zip: '',
    country: 'jp',
    primary: false,
  },
};

describe('checkFix', () => {
  it.each([
    {
      case: 'customer creation: names the bad e-mail and the missing city by path',
      record: create,
      fields: {
        'customer.email': 'Enter a valid e-mail address.',
        'customer.addresses.0.city': 'City is required.',
      },
    },
    {
      case: 'customer edit: paths go through the draft',
      record: edit,
      fields: {
        'draft.email': 'Enter a valid e-mail address.',
        'draft.addresses.0.city': 'City is required.',
      },
    },
    {
      case: 'address: paths go through the address',
      record: address,
      fields: {
        'address.street': 'Street is required.',
        'address.country': 'Use a three-letter country/region code.',
      },
    },
  ])('$case', ({ record, fields }) => {
    const result = checkFix(record, record);
    const english = result.ok
      ? null
      : Object.fromEntries(
          Object.entries(result.fields).map(([k, m]) => [k, englishText(readMessage(m))]),
        );
    expect(english).toEqual(fields);
  });

  it('accepts the corrected customer and trims what was typed', () => {
    let fixed = setDraftField(create, 'email', ' hanako@example.com ');
    fixed = setAddressField(fixed, 0, 'city', 'Shibuya');
    fixed = setDraftTitle(fixed, 'Ms.');
    const result = checkFix(create, fixed);
    expect(result).toEqual({
      ok: true,
      record: {
        ...create,
        customer: {
          ...draft,
          email: 'hanako@example.com',
          title: 'Ms.',
          addresses: [{ ...draft.addresses[0], city: 'Shibuya' }],
        },
      },
    });
  });

  it('accepts a corrected address record', () => {
    let fixed = setAddressField(address, 0, 'street', '4-5-6 Umeda');
    fixed = setAddressField(fixed, 0, 'country', 'JPN');
    const result = checkFix(address, fixed);
    expect(result.ok).toBe(true);
    expect(result.ok && result.record).toEqual({
      ...address,
      address: { ...address.address, street: '4-5-6 Umeda', country: 'JPN' },
    });
  });
});

describe('fixedRecord', () => {
  it("keeps the original's GUID, kind, time and customer reference", () => {
    const tampered: AsyncRecord = {
      ...edit,
      guid: otherGuid,
      createdAt: '2030-01-01T00:00:00.000Z',
      customer: { accountNumber: 'C999999' },
      draft: { ...draft, firstName: 'Hana' },
    };
    expect(fixedRecord(edit, tampered)).toEqual({
      ...edit,
      draft: { ...draft, firstName: 'Hana' },
    });
  });

  it('ignores an edited record of another kind', () => {
    expect(fixedRecord(address, create)).toEqual(address);
    expect(fixedRecord(create, address)).toEqual(create);
  });

  it('edits only the address asked for', () => {
    const two = {
      ...create,
      customer: { ...draft, addresses: [...draft.addresses, ...draft.addresses] },
    };
    const changed = setAddressField(two, 1, 'zip', '100-0001');
    expect(
      changed.kind === 'customer-create' && changed.customer.addresses.map((a) => a.zip),
    ).toEqual(['150-0001', '100-0001']);
  });
});

describe('serverFixErrors', () => {
  it("maps HQ's record paths to the form's", () => {
    expect(
      serverFixErrors({
        'record.customer.email': { code: 'guid-reused' },
        'draft.phone': { code: 'invalid-phone' },
      }),
    ).toEqual({
      'customer.email': { code: 'guid-reused' },
      'draft.phone': { code: 'invalid-phone' },
    });
  });
});
