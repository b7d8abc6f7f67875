import type { Random } from '../e2e/chaos/random.ts';

/** What a cashier may know of a customer they look up. */
export interface KnownCustomer {
  firstName: string;
  lastName: string;
  phone: string;
  accountNumber: string;
}

/** The ways a cashier looks a customer up, each typed key by key into the search box. */
const queryKinds: readonly ((c: KnownCustomer, random: Random) => string)[] = [
  (c, random) => c.lastName.slice(0, random.int(3, 6)),
  (c, random) => c.firstName.slice(0, random.int(2, 5)),
  (c, random) => `${c.firstName} ${c.lastName.slice(0, random.int(2, 4))}`,
  (c) => c.phone.replace(/\D/g, ''),
  (c) => c.accountNumber,
];

/**
 * `count` realistic queries for customers the register holds: prefixes of last and first names,
 * a first name with the start of the last name, phone digits and account numbers, in turn.
 */
export function searchQueries(
  customers: readonly KnownCustomer[],
  count: number,
  random: Random,
): string[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = queryKinds[i % queryKinds.length];
    if (!kind) throw new Error('No query kinds.');
    return kind(random.pick(customers), random);
  });
}
