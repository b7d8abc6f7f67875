import {
  emptyDraft,
  type Address,
  type Affiliation,
  type CustomerDefaults,
  type CustomerDraft,
} from '../../contract/customer.ts';
import { nowIso, type Clock } from '../platform/clock.ts';
import type { HqDb } from './db/hq-db.ts';
import { insertAffiliation } from './affiliations.ts';
import { createCustomer } from './customers.ts';
import { skipDuplicateCheckOfExisting } from './duplicate-flags.ts';
import { addRegister, createStore } from './store-admin.ts';
import { statement } from '../platform/db/sqlite.ts';

/** A small seeded PRNG (mulberry32), so the demo data is the same on every fresh install. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const firstNames = [
  'Haruto',
  'Yui',
  'Sota',
  'Hina',
  'Ren',
  'Aoi',
  'Yuto',
  'Sakura',
  'Riku',
  'Mei',
  'Kaito',
  'Yuna',
  'Hiroshi',
  'Akiko',
  'Kenji',
  'Naomi',
  'Emma',
  'Liam',
  'Olivia',
  'Noah',
  'Ava',
  'Lucas',
  'Mia',
  'Ethan',
  'Sofia',
  'James',
  'Chloe',
  'Daniel',
  'Grace',
  'Leo',
];
const lastNames = [
  'Sato',
  'Suzuki',
  'Takahashi',
  'Tanaka',
  'Watanabe',
  'Ito',
  'Yamamoto',
  'Nakamura',
  'Kobayashi',
  'Kato',
  'Yoshida',
  'Yamada',
  'Sasaki',
  'Yamaguchi',
  'Matsumoto',
  'Inoue',
  'Kimura',
  'Hayashi',
  'Smith',
  'Johnson',
  'Brown',
  'Garcia',
  'Miller',
  'Wilson',
  'Moore',
  'Clark',
  'Lewis',
  'Walker',
];
const cities = [
  { city: 'Tokyo', state: '13', zip: '150-0002' },
  { city: 'Osaka', state: '27', zip: '530-0001' },
  { city: 'Yokohama', state: '14', zip: '220-0011' },
  { city: 'Kyoto', state: '26', zip: '600-8216' },
  { city: 'Kobe', state: '28', zip: '650-0021' },
];

/** Every demo store's default-customer values. */
export const demoDefaults: CustomerDefaults = {
  customerGroup: 'Retail',
  currency: 'JPY',
  language: 'ja',
  receiptPreference: 'print',
  affiliations: [],
};

/** The affiliations a fresh HQ defines. */
export const demoAffiliations: readonly Affiliation[] = [
  { id: 'EMPLOYEE', name: 'Employee' },
  { id: 'SENIOR', name: 'Senior' },
  { id: 'STUDENT', name: 'Student' },
  { id: 'VIP', name: 'VIP' },
];

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function demoCustomer(random: () => number, index: number): CustomerDraft {
  const firstName = pick(random, firstNames);
  const lastName = pick(random, lastNames);
  const digits = () => String(Math.floor(random() * 10_000)).padStart(4, '0');
  const addresses: Address[] = [];
  if (random() < 0.3) {
    const place = pick(random, cities);
    addresses.push({
      purpose: 'home',
      street: `${1 + Math.floor(random() * 30)}-${1 + Math.floor(random() * 20)} Chuo`,
      city: place.city,
      state: place.state,
      zip: place.zip,
      country: 'JPN',
      primary: true,
    });
  }
  return {
    ...emptyDraft(),
    type: 'person',
    firstName,
    lastName,
    email: `${firstName}.${lastName}${index}@example.com`.toLowerCase(),
    phone: `090-${digits()}-${digits()}`,
    addresses,
  };
}

/** True when HQ has no stores yet (a fresh install). */
export function isHqEmpty(db: HqDb): boolean {
  return (statement(db, 'SELECT COUNT(*) AS n FROM stores').get() as { n: number }).n === 0;
}

/**
 * Seeds a fresh HQ: stores S001 "Shibuya Store" (registers S001-R1, S001-R2) and S002 "Osaka
 * Store" (S002-R1), async mode off, affiliations EMPLOYEE, SENIOR, STUDENT and VIP (settings
 * stay all off), a default customer per store (C000001, C000002), and `customers` existing
 * customers, deterministically, which the duplicate check (X2) skips. `extraRegisters` more
 * registers go to the Shibuya Store (S001-R3 onwards). Run 1010 afterwards so registers get the
 * customers.
 */
export function seedDemoData(
  db: HqDb,
  options: { customers: number; extraRegisters?: number; clock: Clock },
): void {
  const now = nowIso(options.clock);
  const random = seededRandom(20_240_601);
  db.transaction(() => {
    for (const affiliation of demoAffiliations) insertAffiliation(db, affiliation);
    const stores = [
      {
        id: 'S001',
        name: 'Shibuya Store',
        walkIn: 'Shibuya Walk-in',
        registers: Array.from({ length: 2 + (options.extraRegisters ?? 0) }, (_, i) =>
          String(i + 1),
        ),
      },
      { id: 'S002', name: 'Osaka Store', walkIn: 'Osaka Walk-in', registers: ['1'] },
    ];
    for (const store of stores) {
      createStore(
        db,
        {
          id: store.id,
          name: store.name,
          asyncCustomerMode: false,
          defaultCustomerName: store.walkIn,
          defaults: demoDefaults,
        },
        now,
      );
      for (const number of store.registers) addRegister(db, store.id, number);
    }
    for (let i = 1; i <= options.customers; i += 1) {
      createCustomer(db, {
        draft: demoCustomer(random, i),
        defaults: demoDefaults,
        storeId: i % 2 === 0 ? 'S002' : 'S001',
        originRegisterId: null,
        asyncGuid: null,
        now,
      });
    }
    // Their phone numbers are random, so a few collide: not duplicates anyone entered.
    skipDuplicateCheckOfExisting(db);
  })();
}
