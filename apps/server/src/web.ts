import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built web app, `apps/web/dist`, found the same way from `src/` and from `dist/`. */
export const DEFAULT_WEB_ROOT = new URL('../../web/dist/', import.meta.url);

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Amends</title></head>
<body>
<h1>Amends is running, but its web app hasn’t been built yet</h1>
<p>Run <code>npm run build</code> in the Amends folder, then restart Amends and reload this page.</p>
<p>The API is available at <a href="/api/health">/api/health</a>.</p>
</body>
</html>
`;

export interface WebApp {
  /** Answers a GET that matched no route and no file: the app's index.html, for client-side routes. */
  fallback(request: FastifyRequest, reply: FastifyReply): FastifyReply;
}

/**
 * Serves the built web app from `webRoot`. Hashed files under /assets are cached for good; index.html
 * is always revalidated so a new build shows up on reload. When there is no build, every page says how
 * to make one.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string | URL): Promise<WebApp> {
  const root = typeof webRoot === 'string' ? webRoot : fileURLToPath(webRoot);
  if (!existsSync(join(root, 'index.html'))) {
    return {
      fallback: (_request, reply) =>
        reply
          .code(200)
          .header('cache-control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(NOT_BUILT_PAGE),
    };
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return {
    fallback: (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'),
  };
}
