import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { LogController } from 'fastify';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ServerLogOptions {
  level?: LogLevel;
  /** Where JSON log lines go; standard output when unset. */
  stream?: { write(line: string): void };
}

/**
 * Pino options that log what happened to a request, never what was in it: no bodies, no query
 * strings, no headers (cookie and authorization are redacted in case a child logger adds them).
 */
export function loggerOptions(
  options: boolean | ServerLogOptions | undefined,
): Exclude<FastifyServerOptions['logger'], undefined> {
  if (options === undefined || options === false) return false;
  const { level = 'info', stream } = options === true ? {} : options;
  return {
    level,
    ...(stream === undefined ? {} : { stream }),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        url: pathOnly(request.url),
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error & { code?: unknown }) => ({
        type: error.name,
        message: error.message,
        ...(typeof error.code === 'string' ? { code: error.code } : {}),
        stack: error.stack ?? '',
      }),
    },
  };
}

/**
 * One line per request, when it is done: method, path, status and time taken. Replaces Fastify's
 * "incoming request" / "request completed" pair.
 */
export class RequestLogLines extends LogController {
  override incomingRequest(): void {
    // Nothing: the line written when the request completes says everything worth keeping.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: pathOnly(request.url),
      statusCode: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error === null || error === undefined) request.log.info(line, 'request completed');
    else request.log.error({ ...line, err: error }, 'request errored');
  }
}

function pathOnly(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
