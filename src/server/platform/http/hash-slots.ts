import { HttpError } from './http-error.ts';
import { message } from '../../../contract/messages.ts';

/** Bounds the password hashes (scrypt) running at once, so a burst cannot tie up the server. */
export interface HashSlots {
  /** Runs `work` when a slot is free; throws 429 `too-many-attempts` when the queue is full. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * At most `running` hashes at a time and `queued` waiting for a slot; one more is refused at
 * once rather than queued without bound.
 */
export function createHashSlots({
  running,
  queued,
}: {
  running: number;
  queued: number;
}): HashSlots {
  let active = 0;
  const waiting: (() => void)[] = [];

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }

  return {
    async run(work) {
      if (active >= running) {
        if (waiting.length >= queued) {
          throw new HttpError(429, 'too-many-attempts', message('too-many-sign-ins'));
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active += 1;
      }
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
