import type { Affiliation } from '../../contract/customer.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { message, type Message } from '../../contract/messages.ts';

/** Every affiliation defined at HQ, ordered by id. */
export function listAffiliations(db: HqDb): Affiliation[] {
  return statement(db, 'SELECT id, name FROM affiliations ORDER BY id').all() as Affiliation[];
}

/** Defines an affiliation; false when its id is already taken. */
export function insertAffiliation(db: HqDb, affiliation: Affiliation): boolean {
  return (
    statement(db, 'INSERT OR IGNORE INTO affiliations (id, name) VALUES (?, ?)').run(
      affiliation.id,
      affiliation.name,
    ).changes === 1
  );
}

/** The readable error HQ gives for an affiliation it does not define. */
export function unknownAffiliationMessage(id: string): Message {
  return message('unknown-affiliation', { id });
}

/**
 * HQ's rule on top of the contract schema: every affiliation id must be defined at HQ.
 * Returns field path → message (empty when all is well), e.g. `customer.affiliations.1`.
 */
export function checkAffiliations(
  db: HqDb,
  ids: readonly string[],
  path: string,
): Record<string, Message> {
  const out: Record<string, Message> = {};
  // Most customers have none: no need to read HQ's list (the sync job checks every record).
  if (ids.length === 0) return out;
  const known = new Set(listAffiliations(db).map((a) => a.id));
  ids.forEach((id, index) => {
    if (!known.has(id)) out[`${path}.${index}`] = unknownAffiliationMessage(id);
  });
  return out;
}
