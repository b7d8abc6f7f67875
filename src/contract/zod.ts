import { z } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * `zod/mini` with classic zod's English messages ("Unrecognized key: …", "Invalid input…"),
 * which the mini build does not load by itself. Every contract schema imports `z` from here.
 *
 * Mini builds objects without compiling parsers, so it never probes `new Function`, which the
 * register's Content-Security-Policy forbids (Lighthouse would log the violation; issue 13).
 */
z.config(en());

export { z };
