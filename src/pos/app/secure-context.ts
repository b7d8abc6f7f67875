/**
 * What the register needs from the browser that browsers give only to secure contexts (https,
 * or localhost): service worker, Web Locks, the Storage API and `crypto.randomUUID`
 * (docs/design/tablets-https.md). Named as a developer would look them up.
 */
export const secureContextApis = [
  'window.isSecureContext',
  'navigator.serviceWorker',
  'navigator.locks',
  'navigator.storage',
  'crypto.randomUUID',
] as const;
export type SecureContextApi = (typeof secureContextApis)[number];

/** The parts of `window` the check reads (a plain object in unit tests). */
export interface SecureContextScope {
  isSecureContext?: boolean;
  navigator?: { serviceWorker?: unknown; locks?: unknown; storage?: unknown };
  crypto?: { randomUUID?: unknown };
}

/**
 * The secure-context APIs missing here, in `secureContextApis` order; empty when the register
 * can run. Decided before the app, its database or its service worker start (app/main.tsx).
 */
export function missingSecureContextApis(scope: SecureContextScope): SecureContextApi[] {
  const present: Record<SecureContextApi, boolean> = {
    'window.isSecureContext': scope.isSecureContext === true,
    'navigator.serviceWorker': scope.navigator?.serviceWorker != null,
    'navigator.locks': scope.navigator?.locks != null,
    'navigator.storage': scope.navigator?.storage != null,
    'crypto.randomUUID': typeof scope.crypto?.randomUUID === 'function',
  };
  return secureContextApis.filter((api) => !present[api]);
}
