import type { ApiServices } from '@thidua/api';
import type { Logger } from '@thidua/config';
import type { Hono } from 'hono';
import { mountDownloads } from './downloads';
import { csrfGuard } from './security';
import { mountUploads } from './uploads';

export interface ApiRoutesOptions {
  services: ApiServices;
  logger: Logger;
  /** Origins besides the server's own allowed to send writes (a separately hosted web app). */
  allowedOrigins?: readonly string[];
}

/** The CSRF guard for everything under /api, then the plain file routes. */
export function mountApiRoutes(app: Hono, options: ApiRoutesOptions): void {
  app.use('/api/*', csrfGuard(options.allowedOrigins));
  mountDownloads(app, options.services, options.logger);
  mountUploads(app, options.services, options.logger);
}
