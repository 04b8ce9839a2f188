/**
 * zod, set up for this site: every schema imports `z` from here, so the
 * setting below is in force before any schema exists, whatever the import
 * order of the modules that use them.
 *
 * zod decides when an object schema is created whether it may compile a
 * faster parser with `new Function`, and finds out by trying one. The site's
 * Content-Security-Policy forbids eval, so in the browser the probe fails:
 * harmless, but recorded as a CSP violation (DevTools Issues, Lighthouse best
 * practices). `jitless` skips the probe; parsing gives the same results, and
 * Node's unit tests now parse the same way the browser does.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
