/** The port the chaos suite's server listens on (8181 belongs to the main e2e suite). */
export const chaosPort = 8282;

/** How many customers the run creates: CHAOS_CUSTOMERS, 500 unless set (CI uses ~45). */
export function chaosCustomerCount(source: NodeJS.ProcessEnv = process.env): number {
  const raw = source.CHAOS_CUSTOMERS ?? '500';
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 3) {
    throw new Error(`CHAOS_CUSTOMERS must be an integer of at least 3 (got "${raw}").`);
  }
  return count;
}

/** The test's time limit: generous, proportional to the size (500 customers: 15 minutes). */
export function chaosTimeoutMs(customers: number): number {
  return 180_000 + customers * 1_440;
}
