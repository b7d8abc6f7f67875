import { describe, expect, it } from 'vitest';
import { benchExtraRegisters } from './bench-server.ts';
import { registerForRun, simulatedRegisterIds } from './register-sim.ts';

describe('simulated registers', () => {
  const all = Object.values(simulatedRegisterIds).flat();

  it('are fifty for the load, and never shared between scenarios', () => {
    expect(simulatedRegisterIds.load).toHaveLength(50);
    expect(new Set(all).size).toBe(all.length);
  });

  it("are the demo data's extra registers of the Shibuya Store", () => {
    const extras = Array.from({ length: benchExtraRegisters }, (_, i) => `S001-R${i + 3}`);
    expect(all.every((id) => extras.includes(id))).toBe(true);
  });

  it("cycle through a scenario's registers from run to run", () => {
    const ids = simulatedRegisterIds.drain;
    expect(registerForRun(ids, 0)).toBe(ids[0]);
    expect(registerForRun(ids, ids.length)).toBe(ids[0]);
    expect(registerForRun(ids, ids.length + 1)).toBe(ids[1]);
  });
});
