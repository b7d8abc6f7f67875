import path from 'node:path';
import { backupDataDir } from './backup.ts';
import { readEnv } from './platform/env.ts';

const { DATA_DIR } = readEnv();
const folder = await backupDataDir(DATA_DIR, new Date());
console.log(`Backed up hq.sqlite and channel.sqlite to ${path.resolve(folder)}`);
