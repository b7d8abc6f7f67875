import { describe, expect, it } from 'vitest';
import { nextPollMs, type PollInputs } from './poll-plan.ts';

const intervals = { intervalMs: 5000, downPollMs: 60_000 };

describe('nextPollMs (issue 12)', () => {
  it.each<[PollInputs, number | null]>([
    [{ live: 'live', online: true, waiting: false }, null],
    [{ live: 'live', online: false, waiting: false }, 5000],
    [{ live: 'live', online: true, waiting: true }, 5000],
    [{ live: 'down', online: true, waiting: false }, 60_000],
    [{ live: 'down', online: false, waiting: false }, 60_000],
    [{ live: 'down', online: false, waiting: true }, 5000],
    [{ live: 'connecting', online: true, waiting: false }, 60_000],
  ])('%o → %s', (inputs, expected) => {
    expect(nextPollMs(inputs, intervals)).toBe(expected);
  });
});
