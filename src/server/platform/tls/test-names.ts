import type { MachineNames } from './machine-names.ts';

/** A shop PC's names, for the TLS unit tests. */
export const shopPcNames: MachineNames = {
  dns: ['pos.shop.test', 'shop-pc.local', 'shop-pc', 'localhost'],
  ips: ['192.168.1.20', 'fd00::7', '127.0.0.1', '::1'],
};

/** 7 December 2026, noon UTC: "now" in the TLS unit tests. */
export const testNow = new Date('2026-12-07T12:00:00Z');
