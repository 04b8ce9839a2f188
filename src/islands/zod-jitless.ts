/**
 * Import first in every island that validates with zod (before the stores and
 * schemas): zod decides when an object schema is created whether it may
 * compile a faster parser with `new Function`, and finds out by trying one.
 * The site's Content-Security-Policy forbids eval, so the probe fails: harmless,
 * but the browser records a CSP violation for it (DevTools Issues, Lighthouse
 * best practices). Saying `jitless` up front skips the probe; parsing is the
 * same as before, since the compiled parser could never run here anyway.
 */
import { config } from 'zod';

config({ jitless: true });
