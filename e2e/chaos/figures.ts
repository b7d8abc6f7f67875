import type { ChaosCounters } from './chaos-driver.ts';
import type { Findings, RegisterView } from './findings.ts';
import type { UploadTally } from './upload-tally.ts';

/** The run's figures, printed as one block at the end. */
export interface ChaosFigures {
  seed: number;
  created: number;
  /** Records the scale unit accepted, counted from the answers that reached a register. */
  uploaded: number;
  /** Retries the server recognised (answered `duplicate`). */
  duplicatesAnswered: number;
  /** Attempts beyond the first, summed over every register's outbox. */
  retries: number;
  /** Async operations HQ holds for the run (creations that went through the queue). */
  asyncOperations: number;
  uploadRequests: number;
  /** Upload requests that got no answer (offline, killed, unreachable, dropped after commit). */
  unansweredUploads: number;
  serverRestarts: number;
  offlineFlaps: number;
  tabClosedMidUpload: number;
  episodes: ChaosCounters['episodes'];
  duplicatesAtHq: number;
  lost: number;
  elapsedSeconds: number;
}

/** Sum of attempts beyond the first over the registers' outbox entries. */
export function retriesOf(registers: readonly RegisterView[]): number {
  return registers
    .flatMap((register) => register.state.outbox)
    .reduce((sum, entry) => sum + Math.max(0, entry.attempts - 1), 0);
}

/** Builds the figures from what the run counted and found. */
export function chaosFigures(input: {
  seed: number;
  registers: readonly RegisterView[];
  tally: UploadTally;
  counters: ChaosCounters;
  serverRestarts: number;
  tabClosedMidUpload: number;
  asyncOperations: number;
  findings: Findings;
  startedAt: number;
}): ChaosFigures {
  return {
    seed: input.seed,
    created: input.registers.reduce((sum, register) => sum + register.created.length, 0),
    uploaded: input.tally.accepted,
    duplicatesAnswered: input.tally.duplicate,
    retries: retriesOf(input.registers),
    asyncOperations: input.asyncOperations,
    uploadRequests: input.tally.requests,
    unansweredUploads: input.tally.failedRequests,
    serverRestarts: input.serverRestarts,
    offlineFlaps: input.counters.offlineFlaps,
    tabClosedMidUpload: input.tabClosedMidUpload,
    episodes: input.counters.episodes,
    duplicatesAtHq: input.findings.duplicatedAtHq.length,
    lost: input.findings.lost.length,
    elapsedSeconds: Math.round((Date.now() - input.startedAt) / 100) / 10,
  };
}

/** The summary block: one figure per line, the ones that must be 0 last. */
export function formatFigures(figures: ChaosFigures): string {
  const episodes = Object.entries(figures.episodes)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  return [
    `X1 chaos summary (seed ${figures.seed})`,
    `  created              ${figures.created}`,
    `  uploaded (accepted)  ${figures.uploaded}`,
    `  duplicates answered  ${figures.duplicatesAnswered}`,
    `  retries              ${figures.retries}`,
    `  async operations@HQ  ${figures.asyncOperations}`,
    `  created in real time ${figures.created - figures.asyncOperations}`,
    `  upload requests      ${figures.uploadRequests} (${figures.unansweredUploads} unanswered)`,
    `  server restarts      ${figures.serverRestarts}`,
    `  offline flaps        ${figures.offlineFlaps}`,
    `  tab closed mid-upload ${figures.tabClosedMidUpload}`,
    `  fault episodes       ${episodes}`,
    `  duplicates at HQ     ${figures.duplicatesAtHq}`,
    `  lost                 ${figures.lost}`,
    `  elapsed              ${figures.elapsedSeconds} s`,
  ].join('\n');
}
