import { z } from './zod.ts';

/**
 * Issue 12: the scale unit tells a register when something for it changed, instead of the
 * register polling. `GET apiPaths.registerEvents` (device token in `Authorization`, read with
 * `fetch` and a streaming body: EventSource cannot send the header) answers
 * `text/event-stream`. See docs/design/scale-out.md.
 *
 *   event: hello    data: {"heartbeatMs": 20000}     once, on connect: download everything once
 *   event: poke     data: {"topics": ["customers"]}  something changed: download those topics
 *   : ping                                           every heartbeatMs, a comment (keeps the
 *                                                    connection and the register's "live" state)
 *
 * Pokes carry no data: the register downloads what it is told about through the same routes it
 * polls (config, customers feed). Pokes are coalesced per register on the server.
 */
export const registerTopics = ['config', 'customers'] as const;
export type RegisterTopic = (typeof registerTopics)[number];

export const helloEventSchema = z.strictObject({
  /** The interval of `: ping` comments; silence for 2.5× this means the stream is dead. */
  heartbeatMs: z.int().check(z.minimum(1000), z.maximum(300_000)),
});
export type HelloEvent = z.infer<typeof helloEventSchema>;

export const pokeEventSchema = z.strictObject({
  topics: z.array(z.enum(registerTopics)).check(z.minLength(1)),
});
export type PokeEvent = z.infer<typeof pokeEventSchema>;

/** The server's ping interval. */
export const registerEventsHeartbeatMs = 20_000;

/** While the stream is down, the register polls config and feed this often (not every 5 s). */
export const streamDownPollMs = 60_000;
