// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Job, JobRun } from '../../../contract/hq-admin.ts';
import { UnscheduledBanner } from '../../app/unscheduled-banner.tsx';
import { JobsSection } from './jobs-section.tsx';

const run: JobRun = {
  id: 7,
  jobId: 'p-job',
  trigger: 'manual',
  startedAt: '2025-01-02T03:04:05.000Z',
  endedAt: '2025-01-02T03:04:06.000Z',
  read: 12,
  done: 11,
  failed: 1,
  errors: [{ code: 'city-required', record: 'Record 5' }],
};

const jobs: Job[] = [
  {
    id: 'p-job',
    name: 'P-job',
    formerName: null,
    description: 'Uploads channel transactions.',
    schedule: { enabled: true, intervalSeconds: 5 },
    lastRun: null,
  },
  {
    id: 'sync-customers',
    name: 'Synchronize customers and channel requests',
    formerName: 'Synchronize customers and business partners from async mode',
    description: 'Creates HQ customers.',
    schedule: { enabled: false, intervalSeconds: 5 },
    lastRun: null,
  },
];

function respond(body: unknown): Promise<Response> {
  return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
}

function renderWithServer(handle: (url: string, init?: RequestInit) => Promise<Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) =>
      handle(input instanceof Request ? input.url : input.toString(), init),
    ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <UnscheduledBanner linkToJobs={false} />
      <JobsSection />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Batch jobs', () => {
  it('warns about the unscheduled job and runs a job now, showing its counts and history', async () => {
    let finishRun: (() => void) | undefined;
    let runs: JobRun[] = [];
    renderWithServer((url, init) => {
      if (url === '/api/hq/jobs') return respond({ jobs });
      if (url.endsWith('/runs')) return respond({ runs: url.includes('p-job') ? runs : [] });
      if (url === '/api/hq/jobs/p-job/run' && init?.method === 'POST') {
        return new Promise((resolve) => {
          finishRun = () => {
            runs = [run];
            resolve(new Response(JSON.stringify({ run }), { status: 200 }));
          };
        });
      }
      return Promise.resolve(new Response('{}', { status: 404 }));
    });

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Not scheduled: Synchronize customers and channel requests. Asynchronous customers will not be converted until these jobs run.',
    );

    const pJob = await screen.findByRole('region', { name: 'P-job' });
    const sync = screen.getByRole('region', {
      name: 'Synchronize customers and channel requests',
    });
    expect(within(sync).getByText(/formerly/).textContent).toContain(
      'Synchronize customers and business partners from async mode',
    );

    fireEvent.click(within(pJob).getByRole('button', { name: 'Run now' }));
    const running = await within(pJob).findByRole('button', { name: 'Running…' });
    expect(running).toHaveProperty('disabled', true);

    finishRun?.();
    await waitFor(() =>
      expect(within(pJob).getByRole('button', { name: 'Run now' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    expect(
      within(pJob)
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toContain('This run: read 12, done 11, failed 1');
    const table = await within(pJob).findByRole('table');
    expect(within(table).getByText('Record 5: City is required.')).toBeTruthy();
  });

  it('explains an invalid interval instead of saving it', async () => {
    const patch = vi.fn();
    renderWithServer((url, init) => {
      if (init?.method === 'PATCH') patch();
      if (url === '/api/hq/jobs') return respond({ jobs });
      return respond({ runs: [] });
    });
    const pJob = await screen.findByRole('region', { name: 'P-job' });
    fireEvent.change(within(pJob).getByLabelText('Every (seconds)'), { target: { value: '0' } });
    fireEvent.click(within(pJob).getByRole('button', { name: 'Save' }));
    expect(
      within(pJob).getByText('Enter a number of seconds from 1 to 86,400 (one day).'),
    ).toBeTruthy();
    expect(patch).not.toHaveBeenCalled();
  });
});
