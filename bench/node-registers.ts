import { createParser } from 'eventsource-parser';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { apiPaths } from '../src/contract/api-paths.ts';
import type { QueueHealth } from '../src/contract/health.ts';
import { activationResponseSchema, bearer, feedResponseSchema } from '../src/contract/register.ts';
import { helloEventSchema } from '../src/contract/register-events.ts';
import { uploadResponseSchema, type AsyncCustomerRecord } from '../src/contract/upload.ts';
import type { HqAdminClient } from '../e2e/chaos/hq-admin-client.ts';

/**
 * Registers simulated in Node (not browsers) for the scale items: each is a device token from the
 * real activation, and sends what the POS sends, through one undici pool with a connection per
 * register (as a real register has its own).
 */
export interface NodeRegister {
  registerId: string;
  token: string;
}

/** An idle register's queue as its heartbeat reports it. */
const idleQueue: QueueHealth = {
  waiting: 0,
  needsAttention: 0,
  oldestWaitingAt: null,
  persistentStorage: true,
};

/** An undici pool allowing `connections` keep-alive connections to each server. */
export function registerPool(connections: number): Agent {
  return new Agent({ connections, keepAliveTimeout: 120_000, keepAliveMaxTimeout: 120_000 });
}

/** `count` ids `<store>-R<from>` onwards. */
export function registerIds(storeId: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${storeId}-R${from + i}`);
}

/** Runs `work` over `items`, `concurrency` at a time, keeping the order of the results. */
export async function inParallel<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** The register calls of the POS (src/pos/sync/api-client.ts) against one scale unit. */
export function registerClient(unitUrl: string, pool: Agent) {
  async function call(
    register: NodeRegister | null,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<unknown> {
    const response = await request(unitUrl + path, {
      method,
      dispatcher: pool,
      headers: {
        accept: 'application/json',
        ...(register ? { authorization: bearer(register.token) } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.body.json();
    if (response.statusCode >= 400) {
      throw new Error(`${method} ${path} answered ${response.statusCode}: ${JSON.stringify(json)}`);
    }
    return json;
  }

  return {
    /** Redeems a one-time code HQ issued; the register it was issued for is activated. */
    async activate(code: string): Promise<NodeRegister> {
      const answer = activationResponseSchema.parse(
        await call(null, 'POST', apiPaths.activate, { code }),
      );
      return { registerId: answer.registerId, token: answer.deviceToken };
    },
    heartbeat: (register: NodeRegister) =>
      call(register, 'POST', apiPaths.heartbeat, { queue: idleQueue }),
    config: (register: NodeRegister) => call(register, 'GET', apiPaths.registerConfig),
    /** One feed page; returns its cursor. */
    async feed(register: NodeRegister, since: number, limit = 2000): Promise<number> {
      const page = feedResponseSchema.parse(
        await call(register, 'GET', `${apiPaths.feed}?since=${since}&limit=${limit}`),
      );
      return page.hasMore ? this.feed(register, page.cursor, limit) : page.cursor;
    },
    /** One upload batch; returns how many records the scale unit accepted. */
    async upload(register: NodeRegister, records: AsyncCustomerRecord[]): Promise<number> {
      const answer = uploadResponseSchema.parse(
        await call(register, 'POST', apiPaths.upload, { records }),
      );
      return answer.results.filter((result) => result.outcome === 'accepted').length;
    },
  };
}

/** The register client's type. */
export type RegisterClient = ReturnType<typeof registerClient>;

/**
 * Activates every register of `ids` with a code HQ issues for it, `concurrency` at a time, up to
 * three codes a register.
 */
export function activateRegisters(
  hq: HqAdminClient,
  client: RegisterClient,
  ids: readonly string[],
  concurrency = 8,
): Promise<NodeRegister[]> {
  return inParallel(ids, concurrency, async (id) => {
    // Right after start a scale unit may not know a code HQ just issued yet: ask for a new one.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await client.activate(await hq.activationCode(id));
      } catch (error) {
        if (attempt === 3) throw error;
        await sleep(1000);
      }
    }
  });
}

/** A register's open event stream: what it received, and how to close it. */
export interface EventStream {
  /** Events and `: ping` comments received since it opened (hello included). */
  readonly received: number;
  close(): void;
}

/**
 * Opens a register's event stream as the POS does (device token in Authorization) and resolves
 * once its `hello` arrived; the stream then stays open, counting what comes, until closed.
 */
export async function openEventStream(
  unitUrl: string,
  pool: Agent,
  register: NodeRegister,
): Promise<EventStream> {
  const controller = new AbortController();
  const response = await request(unitUrl + apiPaths.registerEvents, {
    dispatcher: pool,
    signal: controller.signal,
    headers: { authorization: bearer(register.token), accept: 'text/event-stream' },
  });
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new Error(`The event stream of ${register.registerId} answered ${response.statusCode}.`);
  }
  let received = 0;
  let onHello: (() => void) | null = null;
  const hello = new Promise<void>((resolve) => (onHello = resolve));
  const parser = createParser({
    onEvent(event) {
      received += 1;
      if (event.event === 'hello' && helloEventSchema.safeParse(JSON.parse(event.data)).success) {
        onHello?.();
      }
    },
    onComment() {
      received += 1;
    },
  });
  const decoder = new TextDecoder();
  response.body.on('data', (chunk: Buffer) => parser.feed(decoder.decode(chunk, { stream: true })));
  // Closing aborts the request, which errors the body: expected, nothing to report.
  response.body.on('error', () => undefined);
  await hello;
  return {
    get received() {
      return received;
    },
    close: () => controller.abort(),
  };
}
