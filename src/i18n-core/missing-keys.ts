/**
 * What happens when code asks for a key no catalog has. Apps show the key itself; tests call
 * `failOnMissingKeys` (see src/test-setup.ts), so a missing translation fails the test.
 */
let onMissingKey: ((key: string, namespace: string) => void) | null = null;

/** Makes every later lookup of a missing key throw. */
export function failOnMissingKeys(): void {
  onMissingKey = (key, namespace) => {
    throw new Error(`Missing translation key "${namespace}:${key}".`);
  };
}

/** The handler i18next calls for a missing key, or null when missing keys are tolerated. */
export function missingKeyHandler(): ((key: string, namespace: string) => void) | null {
  return onMissingKey;
}
