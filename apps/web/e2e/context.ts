import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the system under test serves the web app and the API, e.g. http://127.0.0.1:41234. */
    baseUrl: string;
  }
}
