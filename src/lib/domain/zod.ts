/**
 * The one place zod is configured. `jitless` stops zod 4 from probing `new Function`, which the
 * Content Security Policy forbids (and which logs a console error otherwise).
 */
import * as z from 'zod';

z.config({ jitless: true });

export { z };
