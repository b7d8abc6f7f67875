import { z } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * `zod/mini` with classic zod's English messages ("Unrecognized key: …", "Invalid input…"),
 * which the mini build does not load by itself. Every contract schema imports `z` from here.
 */
z.config(en());

export { z };
