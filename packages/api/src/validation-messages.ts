import { z } from 'zod';

// zod's own refusals (a wrong type, a key the input does not have) read in Vietnamese like every other
// message the API answers with: its Vietnamese locale, set once for the process that parses inputs.
z.config(z.locales.vi());
