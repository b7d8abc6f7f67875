import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiPaths } from '../src/contract/api-paths.ts';

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on every Linux the bench runs on). */
const clockTicksPerSecond = 100;

/** One service the scale items start themselves: `npm start`'s process, HQ or a scale unit. */
export interface ServiceProcess {
  readonly baseUrl: string;
  readonly pid: number;
  readonly logFile: string;
  /** CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat. */
  cpuSeconds(): number;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** The entry point: src/server/main.ts, src/server/headquarters/main.ts or …/scale-unit/main.ts. */
  entry: string;
  /** Its http port; https takes the next one up. */
  port: number;
  dataDir: string;
  env: Record<string, string>;
}

/** The CPU seconds of process `pid` so far: utime + stime (fields 14 and 15 of /proc/<pid>/stat). */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `node --import tsx <entry>` on 127.0.0.1 and waits until it answers /healthz; its log
 * goes to `<dataDir>/service.log`.
 */
export async function startService(options: ServiceOptions): Promise<ServiceProcess> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const logFile = join(options.dataDir, 'service.log');
  const log = openSync(logFile, 'a');
  const child = spawn('node', ['--import', 'tsx', options.entry], {
    env: {
      ...process.env,
      ...options.env,
      PORT: String(options.port),
      HTTPS_PORT: String(options.port + 1),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  // A bench that dies of an error must not leave its services holding the ports.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${options.entry}.`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`${options.entry} exited with ${child.exitCode}; see ${logFile}`);
    }
    const ok = await fetch(baseUrl + apiPaths.healthz).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.entry} did not answer on ${baseUrl}; see ${logFile}`);
    }
    await sleep(150);
  }
  return {
    baseUrl,
    pid,
    logFile,
    cpuSeconds: () => processCpuSeconds(pid),
    async stop() {
      process.off('exit', killOnExit);
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited(child).then(() => true), sleep(5_000)]);
      if (stopped !== true) {
        child.kill('SIGKILL');
        await exited(child);
      }
    },
  };
}
