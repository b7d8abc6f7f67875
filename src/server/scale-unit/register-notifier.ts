/**
 * How the scale unit tells its connected registers that something for them changed (the event
 * stream's pokes, issue 12). A scale unit without an event stream uses `silentNotifier`.
 */
export interface RegisterNotifier {
  /** Settings, affiliations or these stores' configuration changed ('all': every register). */
  configChanged(storeIds: 'all' | readonly string[]): void;
  /** Customers these registers may see changed ('all': every register). */
  customersChanged(registerIds: 'all' | readonly string[]): void;
  /** Registers with a live event stream now. */
  connectedRegisters(): number;
}

/** Tells nobody. */
export const silentNotifier: RegisterNotifier = {
  configChanged: () => undefined,
  customersChanged: () => undefined,
  connectedRegisters: () => 0,
};
