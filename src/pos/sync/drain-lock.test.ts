import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncLocks, withSyncLock } from './drain-lock.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A job that records when it starts and ends, and finishes when `finish` is called. */
function job(name: string, log: string[], result = name) {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    finish: () => finish(),
    run: async () => {
      log.push(`${name} start`);
      await done;
      log.push(`${name} end`);
      return result;
    },
  };
}

describe('withSyncLock', () => {
  it('takes the Web Lock of that name where the browser has Web Locks', async () => {
    const requested: string[] = [];
    const locks = {
      request: (name: string, callback: () => Promise<unknown>) => {
        requested.push(name);
        return callback();
      },
    };
    vi.stubGlobal('navigator', { locks });
    await expect(withSyncLock(syncLocks.upload, () => Promise.resolve(7))).resolves.toBe(7);
    expect(requested).toEqual([syncLocks.upload]);
  });

  it('runs jobs of one name one at a time without Web Locks (an insecure context)', async () => {
    vi.stubGlobal('navigator', {});
    const log: string[] = [];
    const first = job('first', log);
    const second = job('second', log);
    const firstResult = withSyncLock(syncLocks.upload, first.run);
    const secondResult = withSyncLock(syncLocks.upload, second.run);
    await vi.waitFor(() => expect(log).toEqual(['first start']));
    first.finish();
    second.finish();
    await expect(firstResult).resolves.toBe('first');
    await expect(secondResult).resolves.toBe('second');
    expect(log).toEqual(['first start', 'first end', 'second start', 'second end']);
  });

  it('goes on to the next job after one fails', async () => {
    vi.stubGlobal('navigator', {});
    const failing = withSyncLock(syncLocks.upload, () => Promise.reject(new Error('offline')));
    const next = withSyncLock(syncLocks.upload, () => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('offline');
    await expect(next).resolves.toBe('next');
  });

  it('lets the download run while an upload holds its lock', async () => {
    vi.stubGlobal('navigator', {});
    const log: string[] = [];
    const upload = job('upload', log);
    const download = job('download', log);
    const uploading = withSyncLock(syncLocks.upload, upload.run);
    const downloading = withSyncLock(syncLocks.download, download.run);
    await vi.waitFor(() => expect(log).toEqual(['upload start', 'download start']));
    upload.finish();
    download.finish();
    await expect(Promise.all([uploading, downloading])).resolves.toEqual(['upload', 'download']);
  });
});
