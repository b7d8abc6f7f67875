import { describe, expect, it } from 'vitest';
import { readHqEnv } from './headquarters/hq-env.ts';
import { readScaleUnitEnv } from './scale-unit/scale-unit-env.ts';

const secret = 'a-service-credential-of-32-chars!';

describe('service settings', () => {
  it('reads HQ’s scale units and refuses a secret sent in clear beyond this machine', () => {
    const units = [{ id: 'shibuya', url: 'http://127.0.0.1:8091', secret }];
    expect(readHqEnv({ SCALE_UNITS: JSON.stringify(units) }).scaleUnits).toEqual(units);
    const remote = [{ id: 'osaka', url: 'http://su-osaka.example:8080', secret }];
    expect(() => readHqEnv({ SCALE_UNITS: JSON.stringify(remote) })).toThrow(
      /SCALE_UNITS\.0\.url: https/,
    );
    expect(() => readHqEnv({ SCALE_UNITS: 'nope' })).toThrow(/not JSON/);
    const twice = [units[0], units[0]];
    expect(() => readHqEnv({ SCALE_UNITS: JSON.stringify(twice) })).toThrow(/same id/);
    expect(() =>
      readHqEnv({ SCALE_UNITS: JSON.stringify([{ id: 'x', url: 'https://x', secret: 'short' }]) }),
    ).toThrow(/at least 32 characters/);
  });

  it('reads a scale unit’s stores, HQ and credential', () => {
    const env = readScaleUnitEnv({
      SCALE_UNIT_ID: 'osaka',
      SCALE_UNIT_STORES: ' S002, S003 ,',
      HQ_URL: 'https://hq.example:8443',
      SCALE_UNIT_SECRET: secret,
    });
    expect(env).toEqual({
      id: 'osaka',
      storeIds: ['S002', 'S003'],
      hqUrl: 'https://hq.example:8443',
      secret,
      linkCa: undefined,
    });
    expect(() =>
      readScaleUnitEnv({
        SCALE_UNIT_ID: 'osaka',
        SCALE_UNIT_STORES: '',
        HQ_URL: 'http://hq.example',
        SCALE_UNIT_SECRET: secret,
      }),
    ).toThrow(/SCALE_UNIT_STORES: name at least one store[\s\S]*HQ_URL: https/);
  });
});
