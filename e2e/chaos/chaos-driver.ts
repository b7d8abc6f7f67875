import { noFaults, type FaultSwitches, type Faults } from './hq-admin-client.ts';
import { sleep, type Random } from './random.ts';
import type { RegisterSession } from './register-session.ts';
import type { ServerProcess } from './server-process.ts';

/** The kinds of fault the driver switches on, one episode at a time. */
export const episodeKinds = [
  'random-503', // failureRate: register and real-time calls answer 503 at random
  'slow', // delayMs under the register's 8 s time-out
  'beyond-time-out', // delayMs over it: real-time creates fall back to async with the same GUID
  'drop-after-commit', // uploads stored, then the connection dropped (the answer is lost)
  'upload-5xx', // the next uploads refused before any work
  'unreachable', // the scale unit switched off: sockets destroyed
] as const;
export type EpisodeKind = (typeof episodeKinds)[number];

/** The shortest batch that lets every kind of episode run once (about 4.5 s each). */
export const firstRoundMs = episodeKinds.length * 4_500;

/** What the driver did, for the summary. */
export interface ChaosCounters {
  episodes: Record<EpisodeKind, number>;
  offlineFlaps: number;
  /** Switch calls that failed because the server was down at that moment (expected). */
  controlCallsMissed: number;
}

export interface ChaosDriver {
  readonly counters: ChaosCounters;
  /** Resolves once every kind of episode has run (the first round). */
  readonly everyKindSeen: Promise<void>;
  /**
   * SIGKILLs a service (the server unless told) and starts it again on the same data directory
   * (a call while that service's restart is under way joins it).
   */
  restartServer(target?: ServerProcess): Promise<void>;
  /** Ends the episodes and flaps in progress, waits for the loops; throws if a restart failed. */
  stop(): Promise<void>;
}

export interface ChaosDriverDeps {
  /** The fault switches of every scale unit the registers talk to. */
  switches: FaultSwitches;
  server: ServerProcess;
  registers: readonly RegisterSession[];
  random: Random;
  log: (event: string) => void;
}

function faultsFor(kind: EpisodeKind, random: Random): Faults | null {
  switch (kind) {
    case 'random-503':
      return { ...noFaults, failureRate: random.int(15, 40) / 100 };
    case 'slow':
      return { ...noFaults, delayMs: random.int(200, 2_500) };
    case 'beyond-time-out':
      return { ...noFaults, delayMs: 9_000 };
    case 'drop-after-commit':
      return { ...noFaults, dropAfterCommit: random.int(2, 5) };
    case 'upload-5xx':
      return {
        ...noFaults,
        uploadFailures: random.int(2, 4),
        status: random.pick([500, 502, 503]),
      };
    case 'unreachable':
      return null;
  }
}

/**
 * Runs server-side fault episodes and per-register network flaps concurrently until stopped.
 * Every kind of episode comes once (in random order) before kinds repeat at random, so even a
 * short run sees them all. Calls that meet a killed server are counted and skipped.
 */
export function startChaosDriver(deps: ChaosDriverDeps): ChaosDriver {
  const { switches, server, registers, random, log } = deps;
  const counters: ChaosCounters = {
    episodes: Object.fromEntries(episodeKinds.map((kind) => [kind, 0])) as Record<
      EpisodeKind,
      number
    >,
    offlineFlaps: 0,
    controlCallsMissed: 0,
  };
  let running = true;
  // At most one restart per service at a time; different services' may overlap.
  const restarting = new Map<ServerProcess, Promise<void>>();
  const restartFailures: unknown[] = [];

  async function control(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch {
      counters.controlCallsMissed += 1;
    }
  }

  async function episode(kind: EpisodeKind): Promise<void> {
    counters.episodes[kind] += 1;
    const faults = faultsFor(kind, random);
    log(`episode ${kind}${faults ? ` ${JSON.stringify(faults)}` : ''}`);
    await control(() =>
      faults ? switches.setFaults(faults) : switches.setScaleUnitReachable(false),
    );
    await sleep(random.int(2_000, 4_000));
    await control(() =>
      faults ? switches.setFaults(noFaults) : switches.setScaleUnitReachable(true),
    );
  }

  let firstRoundDone = () => {};
  const everyKindSeen = new Promise<void>((resolve) => {
    firstRoundDone = resolve;
  });
  const episodes = (async () => {
    const firstRound = random.shuffle(episodeKinds);
    while (running) {
      const kind = firstRound.shift();
      await episode(kind ?? random.pick(episodeKinds));
      if (kind !== undefined && firstRound.length === 0) firstRoundDone();
      await sleep(random.int(500, 1_500));
    }
    firstRoundDone();
  })();

  const flaps = (async () => {
    while (running) {
      await sleep(random.int(800, 2_500));
      const free = registers.filter((register) => !register.held);
      if (!running || free.length === 0) continue;
      const register = random.pick(free);
      const offlineMs = random.int(500, 3_000);
      counters.offlineFlaps += 1;
      log(`flap ${register.label} offline ${offlineMs} ms`);
      register.flapping = true;
      try {
        await register.context.setOffline(true);
        await sleep(offlineMs);
        await register.context.setOffline(false);
      } finally {
        register.flapping = false;
      }
    }
  })();

  return {
    counters,
    everyKindSeen,
    restartServer(target = server) {
      const under = restarting.get(target);
      if (under) return under;
      const restart = (async () => {
        const downMs = random.int(500, 2_500);
        log(`${target.name} SIGKILL, restart after ${downMs} ms`);
        await target.killAndRestart(downMs);
        log(`${target.name} answering again`);
      })()
        .catch((error: unknown) => {
          log(`${target.name} restart failed: ${String(error)}`);
          restartFailures.push(error);
        })
        .finally(() => {
          restarting.delete(target);
        });
      restarting.set(target, restart);
      return restart;
    },
    async stop() {
      running = false;
      await Promise.all([episodes, flaps, ...restarting.values()]);
      if (restartFailures.length > 0) {
        throw new Error(`The server did not come back: ${String(restartFailures[0])}`);
      }
    },
  };
}
