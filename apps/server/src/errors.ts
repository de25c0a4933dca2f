import type { AppErrorCode } from '@amends/domain';
import { AppError } from '@amends/domain';

/** The one place that knows which HTTP status each error code gets. */
export const STATUS_BY_CODE: Readonly<Record<AppErrorCode, number>> = {
  validation: 400,
  'malformed-json': 400,
  'bad-request': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  internal: 500,
};

export const BODY_LIMIT = 64 * 1024;

export interface ErrorBody {
  error: { code: AppErrorCode; message: string; field?: string };
}

export const INTERNAL_MESSAGE =
  'Something went wrong inside Amends. Try again in a moment; if it keeps happening, restart Amends.';

/** Turns anything thrown while handling a request into an AppError safe to show; internals stay in the log. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error.code === 'internal' ? new AppError('internal', INTERNAL_MESSAGE) : error;
  }
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const statusCode =
    typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'unsupported-media-type',
        'Send the request body as JSON, with the header “Content-Type: application/json”.',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        'payload-too-large',
        `That is more than Amends accepts in one request (${String(BODY_LIMIT / 1024)} KB). Shorten the text and try again.`,
      );
    default:
      if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
        return new AppError('bad-request', 'The request couldn’t be read. Check its format and try again.');
      }
      return new AppError('internal', INTERNAL_MESSAGE);
  }
}

export function errorBody(error: AppError): ErrorBody {
  return { error: error.toJSON() };
}
