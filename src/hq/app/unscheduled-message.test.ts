import { describe, expect, it } from 'vitest';
import { unscheduledMessage } from './unscheduled-message.ts';

const job = (name: string, enabled: boolean) => ({
  name,
  schedule: { enabled, intervalSeconds: 5 },
});

describe('unscheduledMessage', () => {
  it.each([
    {
      case: 'says nothing when every job is scheduled',
      jobs: [job('P-job', true), job('1010', true)],
      expected: null,
    },
    { case: 'says nothing before jobs are known', jobs: [], expected: null },
    {
      case: 'names the one unscheduled job',
      jobs: [job('P-job', true), job('1010', false)],
      expected:
        'Not scheduled: 1010. Asynchronous customers will not be converted until these jobs run.',
    },
    {
      case: 'names every unscheduled job in order',
      jobs: [
        job('P-job', false),
        job('Synchronize customers and channel requests', false),
        job('1010', true),
      ],
      expected:
        'Not scheduled: P-job, Synchronize customers and channel requests. Asynchronous customers will not be converted until these jobs run.',
    },
  ])('$case', ({ jobs, expected }) => {
    expect(unscheduledMessage(jobs)).toBe(expected);
  });
});
