/**
 * The bench harness's API on `window.bench` (bench/harness/main.ts), which the scenarios call
 * through `page.evaluate`. This file belongs to both the harness's project (tsconfig.app.json)
 * and the scenarios' (tsconfig.e2e.json), so it imports nothing: only plain data crosses.
 *
 * A simulated register is a Dexie database of its own in the harness page, with its own device
 * token from the real activation API; it is named by that database's name.
 */
export interface BenchHarness {
  /**
   * Opens a new simulated register: a fresh database, activated as `registerId` with a one-time
   * `activationCode` HQ issued for it (which revokes the register's previous token), with its
   * store's settings downloaded.
   */
  openRegister(registerId: string, activationCode: string): Promise<string>;
  /** Downloads each register's settings again; returns each one's async customer mode. */
  downloadSettings(registers: string[]): Promise<boolean[]>;
  /**
   * All `registers` at once, each creating `perRegister` customers one after another through
   * the real createCustomer, every call timed. A queued record starts its register's upload
   * drain in the background, outside the timing (see `settleDrains`).
   */
  createCustomers(registers: string[], perRegister: number, label: string): Promise<CreateLoad>;
  /** Waits until every background drain has finished; returns how many records they sent. */
  settleDrains(): Promise<number>;
  /** Queues `count` customers on a register with the real addAsyncCustomer (nothing uploaded). */
  queueCustomers(register: string, count: number, label: string): Promise<void>;
  /** Drains a register's outbox with the real drainOutbox, timed. */
  drain(register: string): Promise<DrainResult>;
  /**
   * Moves a register's feed cursor to the feed's current end, as if its first download were
   * done, without downloading the customers already there. Returns the cursor.
   */
  skipToFeedHead(register: string): Promise<number>;
  /**
   * Runs the real downloadChanges until none of the register's customers is pending (every one
   * has its account number), at most `maxRounds` times.
   */
  downloadUntilSynced(register: string, maxRounds: number): Promise<DownloadResult>;
  /**
   * Workbox's stock Background Sync queue in the bench service worker: `count` new records of
   * a register, one upload request each, queued with pushRequest, then replayRequests timed.
   */
  workboxReplay(register: string, count: number, label: string): Promise<WorkboxReplay>;
  /**
   * The drain's limit: puts the register's outbox back to pending (not timed), then sends the
   * same batches, with the same write-back, timed, while the scale unit only answers.
   */
  noopDrain(register: string): Promise<NoopDrainResult>;
  /** Closes and deletes a register's database. */
  closeRegister(register: string): Promise<void>;
}

/** What the no-op drain did. */
export interface NoopDrainResult {
  ms: number;
  /** Records the endpoint answered for. */
  sent: number;
}

/** What `createCustomers` measured. */
export interface CreateLoad {
  /** Each createCustomer call's duration, in ms. */
  durationsMs: number[];
  /** How the customers were created: in real time, or queued. */
  sync: number;
  async: number;
  /** Queued because the real-time call failed to communicate (a time-out under load). */
  fellBackToAsync: number;
  /** Messages of calls that did not create a customer. */
  failures: string[];
}

/** What one timed drain did. */
export interface DrainResult {
  ms: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  retryLater: number;
  error: string | null;
}

/** What `downloadUntilSynced` did. */
export interface DownloadResult {
  ms: number;
  rounds: number;
  received: number;
  /** Customers still pending at the end (0 when it succeeded). */
  pending: number;
}

/** What the stock Workbox queue did. */
export interface WorkboxReplay {
  /** Time to queue every request (pushRequest), not a figure. */
  queueMs: number;
  replayMs: number;
  /** Requests still queued after the replay (0 when every one was sent). */
  left: number;
  /** Records sampled after the replay that the scale unit did not hold. */
  missing: number;
}

declare global {
  interface Window {
    bench: BenchHarness;
  }
}
