/** The User Timing measure of each local customer search (read by `npm run bench`). */
export const customerSearchMeasure = 'pos:customer-search';
/** The User Timing measure of listing the newest customers (the search box empty). */
export const newestCustomersMeasure = 'pos:newest-customers';

/** A register's tab stays open for days: the measures of a name are cleared every this many. */
const measuresKept = 1000;
const measureCounts = new Map<string, number>();

/**
 * Runs `work` and records how long it took as a User Timing measure named `name`, shown in the
 * browser's performance tools; where User Timing is missing it only runs `work`.
 */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const timeline = globalThis.performance as Performance | undefined;
  if (typeof timeline?.measure !== 'function') return work();
  const start = timeline.now();
  try {
    return await work();
  } finally {
    const count = (measureCounts.get(name) ?? 0) + 1;
    if (count > measuresKept) timeline.clearMeasures(name);
    measureCounts.set(name, count > measuresKept ? 1 : count);
    timeline.measure(name, { start, end: timeline.now() });
  }
}
