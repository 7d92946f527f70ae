import { z } from 'zod';

/**
 * The web shares src/domain's zod schemas (the follow-up form's rules, checked on the phone). Zod probes
 * `new Function` when it builds an object schema; the Content Security Policy (script-src 'self') refuses it and
 * reports a violation on every page. Without eval zod parses the same, only without its compiled fast path.
 * Imported first in main.tsx, before any schema is built.
 */
z.config({ jitless: true });
