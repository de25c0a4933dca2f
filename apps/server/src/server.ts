import { AppError, createJourneyService } from '@amends/domain';
import type { UnitOfWork } from '@amends/domain';
import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { BODY_LIMIT, STATUS_BY_CODE, errorBody, toAppError } from './errors.js';
import { onlyAnswerHosts } from './host-check.js';
import { acceptJsonOnly } from './json-body.js';
import type { ServerLogOptions } from './logging.js';
import { loggerOptions, RequestLogLines } from './logging.js';
import { API_ROUTES } from './routes/index.js';
import { DEFAULT_WEB_ROOT, serveWebApp } from './web.js';

export interface BuildServerOptions {
  /** The open store (`openStore()` from `@amends/store`), or any unit of work with the same repositories. */
  store: UnitOfWork;
  /** The built web app; `apps/web/dist` when unset. */
  webRoot?: string | URL | undefined;
  /** `false` (the default) for no logs, `true` for info-level JSON lines on stdout, or a level and stream. */
  logger?: boolean | ServerLogOptions | undefined;
  /**
   * Host header names to answer (DNS-rebinding defence); any other name gets 403. `startServer` sets
   * this to the loopback names when it listens on loopback. Unset: every Host is answered.
   */
  allowedHosts?: readonly string[] | undefined;
}

/** Content-Security-Policy: only this origin's own files; no inline scripts or styles, no framing. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/**
 * The Amends HTTP server, ready for `inject()` or `listen()`: the JSON API under /api and the web app.
 *
 * @example const app = await buildServer({ store: await openStore() }); await app.listen({ port: 4320 });
 */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    logController: new RequestLogLines(),
    bodyLimit: BODY_LIMIT,
    // Ids are UUIDs and step numbers; nothing longer is a real route.
    routerOptions: { maxParamLength: 100 },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Cross-origin isolation headers would only get in the way of a same-origin app; keep helmet's others.
    crossOriginEmbedderPolicy: false,
  });
  // After helmet, so a refused Host still gets the security headers.
  if (options.allowedHosts !== undefined) onlyAnswerHosts(app, options.allowedHosts);
  acceptJsonOnly(app);

  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = STATUS_BY_CODE[appError.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send(errorBody(appError));
  });

  const journeys = createJourneyService({ store: options.store });
  for (const route of API_ROUTES) route(app, { journeys });

  const web = await serveWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '/';
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(path);
    // A missing file (/assets/app.js) is a 404; a client-side route (/journeys/123) gets the app.
    if (isPage && !/\.[a-z0-9]+$/i.test(path)) return web.fallback(request, reply);
    const error = isApiPath(path)
      ? new AppError(
          'not-found',
          `There is no API route ${request.method} ${path}. Check the address and method.`,
        )
      : new AppError(
          'not-found',
          `There is nothing at ${path}. Check the address, or go back to the start page.`,
        );
    return reply.code(STATUS_BY_CODE[error.code]).send(errorBody(error));
  });

  return app;
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
