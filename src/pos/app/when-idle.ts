/**
 * Runs `task` when the browser is next idle, or after `timeoutMs` at the latest (a busy page
 * still gets it); at once in a later task where there is no requestIdleCallback (Safari).
 */
export function whenIdle(task: () => void, timeoutMs?: number): void {
  if ('requestIdleCallback' in window) {
    window.requestIdleCallback(task, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
  } else setTimeout(task, 0);
}
