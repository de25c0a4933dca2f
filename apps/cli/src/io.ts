import { Readable } from 'node:stream';

/** Where a command reads and writes. Commands never touch `process` directly, so tests can inject all of it. */
export interface Output {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** The real terminal. */
export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org);
 * `--color` / `--no-color` decide when given.
 */
export function useColour(out: Output, env: Io['env'], flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return out.isTTY === true && env.TERM !== 'dumb';
}

/** Writes and waits for the stream to drain when its buffer is full, so large outputs stream with little memory. */
export async function writeAll(out: Output, chunk: string): Promise<void> {
  if (out.write(chunk) || out.once === undefined) return;
  await new Promise<void>((resolve) => out.once?.('drain', resolve));
}

/** An in-memory terminal for tests: `stdin` from a string, everything written is kept. */
export function memoryIo(
  input = '',
  options: { env?: Io['env']; cwd?: string; tty?: boolean } = {},
): Io & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdin: Readable.from(input === '' ? [] : [Buffer.from(input)]),
    stdout: { write: (chunk) => out.push(chunk) > 0, isTTY: options.tty ?? false },
    stderr: { write: (chunk) => err.push(chunk) > 0, isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
