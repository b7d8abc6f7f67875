import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { apiPaths } from '../../src/contract/api-paths.ts';
import { sleep } from './random.ts';

/** A service the suite starts, kills and restarts itself as a real child process. */
export interface ServerProcess {
  /** What the logs call it: "server", "hq", a scale unit's id. */
  readonly name: string;
  readonly baseUrl: string;
  /** Where the process's stdout and stderr go, for reading after a failure. */
  readonly logFile: string;
  /** How many times it was killed and started again. */
  readonly restarts: number;
  /** Whether the process is running (started and not killed or stopped). */
  readonly running: boolean;
  /** Starts the process and waits until its /readyz answers 200. */
  start(): Promise<void>;
  /** SIGKILL (no shutdown hook runs); the data directory stays for the next start. */
  kill(): Promise<void>;
  /** SIGKILL, `downMs` of silence, then the same data directory again. */
  killAndRestart(downMs: number): Promise<void>;
  /** Stops it for good; safe to call when it is not running. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** What the logs call it ("server" unless told). */
  name?: string;
  /** The http port; the https listener takes the next port up. */
  port: number;
  dataDir: string;
  /** The service's entry script: the combined server unless told (e.g. the HQ or a scale unit). */
  entry?: string;
  /**
   * Extra environment for the server (test controls, schedule, demo data, password…); a variable
   * set to undefined is removed from what the server inherits.
   */
  env: Record<string, string | undefined>;
  readyTimeoutMs?: number;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * `node --import tsx <entry>` (src/server/main.ts unless told) on a port and a data directory
 * that outlive the process.
 */
export function serverProcess(options: ServerOptions): ServerProcess {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const logFile = join(options.dataDir, 'server.log');
  let child: ChildProcess | null = null;
  let restarts = 0;

  async function waitUntilReady(running: ChildProcess): Promise<void> {
    const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
    while (Date.now() < deadline) {
      if (running.exitCode !== null) {
        throw new Error(`The server exited with ${running.exitCode}; see ${logFile}`);
      }
      if (await ready()) return;
      await sleep(150);
    }
    throw new Error(`The server was not ready on ${baseUrl} in time; see ${logFile}`);
  }

  async function answers(): Promise<boolean> {
    try {
      await fetch(baseUrl + apiPaths.healthz);
      return true;
    } catch {
      return false;
    }
  }

  async function ready(): Promise<boolean> {
    try {
      return (await fetch(baseUrl + apiPaths.readyz)).ok;
    } catch {
      return false;
    }
  }

  async function start(): Promise<void> {
    if (child) throw new Error('The server is already running.');
    // Another server left on the port would answer for this one, with its own data and build.
    if (await answers()) throw new Error(`Something already answers on ${baseUrl}; stop it first.`);
    const log = openSync(logFile, 'a');
    const started = spawn('node', ['--import', 'tsx', options.entry ?? 'src/server/main.ts'], {
      env: {
        ...process.env,
        ...options.env,
        PORT: String(options.port),
        // The https listener takes the next port up, so suites never fight over 8443.
        HTTPS_PORT: String(options.port + 1),
        HOST: '127.0.0.1',
        DATA_DIR: options.dataDir,
      },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    child = started;
    await waitUntilReady(started);
  }

  async function kill(): Promise<void> {
    const running = child;
    child = null;
    if (!running) return;
    running.kill('SIGKILL');
    await exited(running);
  }

  return {
    name: options.name ?? 'server',
    baseUrl,
    logFile,
    get restarts() {
      return restarts;
    },
    get running() {
      return child !== null;
    },
    start,
    kill,
    async killAndRestart(downMs) {
      await kill();
      restarts += 1;
      await sleep(downMs);
      await start();
    },
    async stop() {
      const running = child;
      child = null;
      if (!running) return;
      running.kill('SIGTERM');
      const stopped = await Promise.race([exited(running).then(() => true), sleep(5_000)]);
      if (stopped !== true) {
        running.kill('SIGKILL');
        await exited(running);
      }
    },
  };
}
