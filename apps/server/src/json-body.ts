import { AppError } from '@amends/domain';
import type { FastifyInstance } from 'fastify';
import secureJsonParse from 'secure-json-parse';

/**
 * Accept JSON bodies only (anything else is a 415, which also stops cross-site form posts), allow an
 * empty body (a DELETE sent with a JSON content type), and turn unreadable JSON into `malformed-json`.
 */
export function acceptJsonOnly(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, secureJsonParse.parse(text, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(
        new AppError(
          'malformed-json',
          'The request body isn’t valid JSON. Check for a missing quote, comma or bracket, and send it again.',
        ),
        undefined,
      );
    }
  });
}
