/** Exit codes, as `amends --help` documents them. */
export const EXIT = {
  ok: 0,
  /** The input could not be used, or the command could not do its work. */
  failed: 1,
  /** The command line itself was wrong: an unknown option, a bad port number. */
  usage: 2,
} as const;

/**
 * A failure the user can fix: its message says what was wrong and what to do, and is shown
 * without a stack trace.
 *
 * @example throw new CliError('Port 4320 is already in use. Try `amends serve --port 4321`.');
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.failed, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
