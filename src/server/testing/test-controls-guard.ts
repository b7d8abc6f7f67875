import { isLoopbackBind } from '../platform/http/loopback.ts';

/** Why the server will not start: test controls on a listener the network can reach. */
export class UnsafeTestControlsError extends Error {
  override readonly name = 'UnsafeTestControlsError';
}

/**
 * Test controls (POS_TEST_CONTROLS=1) let anyone switch off the scale unit and inject faults,
 * so they run only on a loopback bind. Throws when `host` is not loopback; otherwise returns
 * the warning to log at start while they are on (null when they are off).
 */
export function checkTestControls(testControls: boolean, host: string): string | null {
  if (!testControls) return null;
  if (!isLoopbackBind(host)) {
    throw new UnsafeTestControlsError(
      `POS_TEST_CONTROLS=1 is for tests on this machine only, but HOST is ${host}, which the network can reach. Set HOST=127.0.0.1 or turn POS_TEST_CONTROLS off.`,
    );
  }
  return 'Test controls are on (POS_TEST_CONTROLS=1): /api/test/* can switch off the scale unit and inject faults. Never use this setting in a store.';
}
