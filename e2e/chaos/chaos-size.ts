/** The port the chaos suite's server listens on: CHAOS_PORT, 8282 unless set (8181 is the main e2e suite's). */
export const chaosPort = Number(process.env.CHAOS_PORT ?? 8282);

/** How many customers the run creates: CHAOS_CUSTOMERS, 500 unless set (CI uses ~45). */
export function chaosCustomerCount(source: NodeJS.ProcessEnv = process.env): number {
  return countFrom('CHAOS_CUSTOMERS', source.CHAOS_CUSTOMERS ?? '500');
}

/** The run across the split: CHAOS_SPLIT_CUSTOMERS, else as many as the single-process run. */
export function chaosSplitCustomerCount(source: NodeJS.ProcessEnv = process.env): number {
  const raw = source.CHAOS_SPLIT_CUSTOMERS;
  return raw === undefined ? chaosCustomerCount(source) : countFrom('CHAOS_SPLIT_CUSTOMERS', raw);
}

function countFrom(variable: string, raw: string): number {
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 3) {
    throw new Error(`${variable} must be an integer of at least 3 (got "${raw}").`);
  }
  return count;
}

/** The test's time limit: generous, proportional to the size (500 customers: 15 minutes). */
export function chaosTimeoutMs(customers: number): number {
  return 180_000 + customers * 1_440;
}

/**
 * The chaos run across the split: HQ on CHAOS_SPLIT_PORT (8284 unless set), its two scale units
 * on the next ports up (each service http + https: 8284–8289).
 */
export const chaosSplitPort = Number(process.env.CHAOS_SPLIT_PORT ?? 8284);
