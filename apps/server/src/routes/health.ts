import { z } from 'zod';
import type { Route } from './context.js';

export const HealthResponse = z.object({ ok: z.literal(true) });

/** GET /api/health → 200 {"ok":true} while the server is up. */
export const health: Route = (app) => {
  app.get('/api/health', (_request, reply) => reply.send(HealthResponse.parse({ ok: true })));
};
