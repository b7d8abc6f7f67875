import path from 'node:path';
import { openHqDb } from './db/hq-db.ts';
import { readEnv } from '../platform/env.ts';
import { resetAdminPassword } from './admin-password-service.ts';

const { DATA_DIR } = readEnv();
const db = openHqDb(path.join(DATA_DIR, 'hq.sqlite'));
const forgotten = resetAdminPassword(db);
db.close();
console.log(
  forgotten
    ? 'The password chosen in the HQ console is forgotten and every console session has ended: HQ_ADMIN_PASSWORD applies again (or, when it is not set, the default password on the server machine only).'
    : 'No password had been chosen in the HQ console; every console session has ended.',
);
