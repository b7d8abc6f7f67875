/** How a new customer is created: in real time at HQ, or queued in the outbox. */
export type CreationMode = 'sync' | 'async';

/** B1–B3: async when the store's profile says so, and whenever the register is offline. */
export function chooseCreationMode(asyncCustomerMode: boolean, online: boolean): CreationMode {
  return asyncCustomerMode || !online ? 'async' : 'sync';
}
