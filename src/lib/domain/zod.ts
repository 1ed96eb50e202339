/**
 * The one place zod is configured. The app uses `zod/mini` (the functional API: a third of the
 * size of zod classic, which carried every method of every schema into each page) with only the
 * English messages. `jitless` stops zod from probing `new Function`, which the Content Security
 * Policy forbids (and which logs a console error otherwise).
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ jitless: true, ...en() });

export { z };
