/**
 * The scale unit's storage, for tests of headquarters that set up or inspect what a scale unit
 * holds in the one-process system (headquarters code itself reaches it only through the link).
 */
export { countAsyncRecords, intakeAsyncRecords } from '../scale-unit/async-records.ts';
export { readCustomerFeed } from '../scale-unit/channel-customers.ts';
export { openChannelDb } from '../scale-unit/db/channel-db.ts';
