/**
 * Headquarters' storage, for tests of the scale unit that set up or inspect what HQ holds in the
 * one-process system (scale-unit code itself reaches it only through the link).
 */
export { findCustomer } from '../headquarters/customers.ts';
export { readSettings, writeSettings } from '../headquarters/settings.ts';
