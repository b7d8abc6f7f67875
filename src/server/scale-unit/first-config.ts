import type { HqLink, ScaleUnitLink } from '../link/link.ts';
import type { ChannelConfigSource } from './channel-config.ts';

/** How often a scale unit without a configuration asks HQ for one. */
export const firstConfigRetryMs = 5_000;

/**
 * A scale unit that has no channel configuration yet (a first start) asks HQ for it, again every
 * `firstConfigRetryMs` until HQ answers or pushes one; it takes the answer as if HQ had pushed
 * it (so its registers are poked). A scale unit that has one waits for HQ's pushes.
 */
export function awaitFirstConfig(deps: {
  hq: HqLink;
  link: ScaleUnitLink;
  config: ChannelConfigSource;
  log: (message: string) => void;
  retryMs?: number;
}): { stop: () => void; done: Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));

  async function attempt(): Promise<void> {
    if (stopped) return;
    if ((await deps.config.read()) !== null) {
      finish();
      return;
    }
    try {
      const config = await deps.hq.channelConfig();
      // HQ may have pushed a newer one while this answer travelled: never replace it.
      if ((await deps.config.read()) === null) await deps.link.pushConfig(config);
      finish();
    } catch (error) {
      deps.log(
        `No configuration from HQ yet (${error instanceof Error ? error.message : String(error)}); asking again in ${(deps.retryMs ?? firstConfigRetryMs) / 1000} s.`,
      );
      timer = setTimeout(() => void attempt(), deps.retryMs ?? firstConfigRetryMs);
    }
  }
  void attempt();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      finish();
    },
    done,
  };
}
