/** Reads a positive integer setting of the bench from the environment, or `fallback` when unset. */
export function positiveIntSetting(name: string, fallback: number, max = 1_000_000): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be an integer from 1 to ${max}.`);
  }
  return value;
}
