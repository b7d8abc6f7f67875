import { afterEach, describe, expect, it, vi } from 'vitest';
import { measured } from './user-timing.ts';

const measuresNamed = (name: string) => performance.getEntriesByName(name, 'measure');

afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMeasures();
});

describe('measured', () => {
  it('returns what the work returns and records one measure per call', async () => {
    expect(await measured('test:work', () => Promise.resolve(42))).toBe(42);
    await measured('test:work', () => Promise.resolve(0));
    expect(measuresNamed('test:work')).toHaveLength(2);
    expect(measuresNamed('test:work')[0]?.duration).toBeGreaterThanOrEqual(0);
  });

  it('records failed work too, and passes its error on', async () => {
    await expect(measured('test:failing', () => Promise.reject(new Error('no')))).rejects.toThrow(
      'no',
    );
    expect(measuresNamed('test:failing')).toHaveLength(1);
  });

  it('keeps at most a thousand measures of a name', async () => {
    for (let i = 0; i < 1001; i += 1) await measured('test:many', () => Promise.resolve(i));
    expect(measuresNamed('test:many')).toHaveLength(1);
  });

  it('only runs the work where User Timing is missing', async () => {
    vi.stubGlobal('performance', undefined);
    expect(await measured('test:bare', () => Promise.resolve('done'))).toBe('done');
  });
});
