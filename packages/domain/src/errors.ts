/**
 * Every error Amends reports carries one of these codes. Only the server maps them to HTTP statuses.
 */
export const APP_ERROR_CODES = [
  'validation',
  'malformed-json',
  'bad-request',
  'forbidden',
  'not-found',
  'conflict',
  'payload-too-large',
  'unsupported-media-type',
  'internal',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** The JSON shape of an error, as the API and the CLI show it. */
export interface AppErrorJson {
  code: AppErrorCode;
  message: string;
  field?: string;
}

/**
 * The one error type of Amends: a code, a message that says what was wrong and what to do,
 * and the input field it is about, when there is one.
 *
 * @example throw new AppError('not-found', 'We couldn’t find that journey.');
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: AppErrorCode;
  readonly field: string | undefined;

  constructor(code: AppErrorCode, message: string, field?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.field = field;
  }

  toJSON(): AppErrorJson {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
