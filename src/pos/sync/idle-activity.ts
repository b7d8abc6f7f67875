import type { SyncActivity } from './sync-engine.ts';

/** What the sync loop does before its first run and between runs: nothing, no problem. */
export const idleActivity: SyncActivity = {
  phase: 'idle',
  progress: 0,
  total: null,
  lastError: null,
  unauthorized: false,
};
