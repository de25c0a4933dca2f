import { mkdirSync, accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { CliError, EXIT, isErrnoException } from '../errors.js';
import type { Io } from '../io.js';

/** The server's entry point, as `@amends/server` exports it. */
export interface StartServerOptions {
  host?: string;
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
  logger?: boolean | { level?: LogLevel };
}
export interface RunningServer {
  url: string;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  location?: string;
  close(): Promise<void>;
}
export type StartServer = (options: StartServerOptions) => Promise<RunningServer>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServeOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  logLevel?: LogLevel;
}

type Signal = 'SIGINT' | 'SIGTERM';
export interface ServeDeps {
  startServer?: StartServer;
  /** Where SIGINT and SIGTERM arrive; `process` by default. */
  signals?: { once(signal: Signal, listener: () => void): unknown };
  homeDir?: string;
}

export const DEFAULT_PORT = 4320;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * `$XDG_DATA_HOME/amends`, else `~/.local/share/amends` (relative XDG paths are ignored, as the spec
 * says): the same rule as `defaultDataDir` in `@amends/store`, here so `amends check` need not load the store.
 */
export function defaultDataDir(env: Io['env'], home: string = homedir()): string {
  const xdg = env.XDG_DATA_HOME;
  return xdg !== undefined && isAbsolute(xdg) ? join(xdg, 'amends') : join(home, '.local', 'share', 'amends');
}

/** Parses `--port`: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new CliError(
      `"${value}" is not a port number. Use a whole number from 1 to 65535, e.g. \`amends serve --port 4321\`, or 0 for any free port.`,
      EXIT.usage,
    );
  }
  return port;
}

/** Checks DATABASE_URL and describes it without its credentials, e.g. "PostgreSQL (amends on db.local:5432)". */
export function describeDatabaseUrl(databaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new CliError(
      'DATABASE_URL is not a valid URL. It should look like postgres://user:password@host:5432/amends, or leave it unset to keep your data in a local file.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new CliError(
      `DATABASE_URL must be a PostgreSQL URL (postgres://…), not ${url.protocol}//…. Leave it unset to keep your data in a local file.`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'the default database';
  return `PostgreSQL (${database} on ${url.hostname || 'localhost'}:${url.port || '5432'})`;
}

/** Creates the data folder if needed and makes sure Amends can write there. */
export function prepareDataDir(dir: string): void {
  try {
    // Private by default: only this user can open the folder (the store does the same).
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = isErrnoException(error) ? error.code : undefined;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'part of that path is a file, not a folder'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new CliError(
      `Amends can't write its data to ${dir}: ${reason}. Choose a folder you can write to with \`amends serve --data-dir <folder>\`.`,
    );
  }
}

/** Turns a start-up failure into a message that says what was wrong and what to do. */
export function explainStartError(
  error: unknown,
  where: { host: string; port: number; usesPostgres: boolean },
): CliError {
  if (error instanceof CliError) return error;
  const cause = rootCause(error);
  const code = isErrnoException(cause) ? cause.code : (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  const next = where.port === 65535 ? 65534 : where.port + 1;
  switch (code) {
    case 'EADDRINUSE':
      return new CliError(`Port ${where.port} is already in use. Try \`amends serve --port ${next}\`.`);
    case 'EACCES':
      if (!where.usesPostgres || /listen/i.test(message)) {
        return new CliError(
          `Port ${where.port} needs administrator rights on this machine. Try a port above 1024, e.g. \`amends serve --port ${DEFAULT_PORT}\`.`,
        );
      }
      break;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND': {
      const hostname = (cause as { hostname?: unknown }).hostname;
      if (code === 'ENOTFOUND' && where.usesPostgres && hostname !== where.host) {
        return new CliError(
          'Couldn’t find the PostgreSQL server named in DATABASE_URL. Check its host name, or leave DATABASE_URL unset to keep your data in a local file.',
        );
      }
      return new CliError(
        `This machine has no address "${where.host}" to listen on. Use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every network).`,
      );
    }
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      if (where.usesPostgres) {
        return new CliError(
          'Couldn’t reach PostgreSQL at the address in DATABASE_URL. Check that it is running and accepts connections, or leave DATABASE_URL unset to keep your data in a local file.',
        );
      }
      break;
    case '28P01':
    case '28000':
      return new CliError(
        'PostgreSQL refused the user or password in DATABASE_URL. Check them and try again.',
      );
    case '3D000':
      return new CliError(
        'The database named in DATABASE_URL does not exist. Create it first (e.g. `createdb amends`) or name another.',
      );
    default:
      break;
  }
  // The domain's errors are already written for people.
  if (error instanceof Error && error.name === 'AppError') return new CliError(error.message);
  return new CliError(`Amends couldn’t start: ${message}`);
}

/** The error at the end of the `cause` chain: the server and store wrap system and driver errors. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 10; depth++) {
    const next = current instanceof Error ? current.cause : undefined;
    if (next === undefined || next === null) return current;
    current = next;
  }
  return current;
}

async function loadStartServer(): Promise<StartServer> {
  // Loaded only for `serve`, so `amends check` starts fast without the web server.
  const server = (await import('@amends/server')) as unknown as { startServer?: StartServer };
  if (typeof server.startServer !== 'function') {
    throw new CliError('This build of Amends has no server. Run `npm run build` and try again.');
  }
  return server.startServer;
}

/**
 * `amends serve`: starts the app, prints where it runs and where the data lives, and stops cleanly on
 * SIGINT or SIGTERM. Resolves to the exit code once stopped.
 */
export async function runServe(options: ServeOptions, io: Io, deps: ServeDeps = {}): Promise<number> {
  const port = parsePort(options.port);
  const host = options.host ?? DEFAULT_HOST;
  const databaseUrl = io.env.DATABASE_URL === '' ? undefined : io.env.DATABASE_URL;

  let storage: string;
  let dataDir: string | undefined;
  if (databaseUrl !== undefined) {
    storage = describeDatabaseUrl(databaseUrl);
    if (options.dataDir !== undefined) {
      io.stderr.write(
        'DATABASE_URL is set, so your data is kept in PostgreSQL and --data-dir is not used.\n',
      );
    }
  } else {
    dataDir =
      options.dataDir === undefined ? defaultDataDir(io.env, deps.homeDir) : resolve(io.cwd, options.dataDir);
    prepareDataDir(dataDir);
    storage = `${join(dataDir, 'amends.db')} (SQLite)`;
  }

  const startServer = deps.startServer ?? (await loadStartServer());
  let server: RunningServer;
  try {
    server = await startServer({
      host,
      port,
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
      // One JSON line per request is for hosting; on your own machine only warnings are worth showing.
      logger: { level: options.logLevel ?? 'warn' },
    });
  } catch (error) {
    throw explainStartError(error, { host, port, usesPostgres: databaseUrl !== undefined });
  }

  if (databaseUrl === undefined && server.location !== undefined) storage = `${server.location} (SQLite)`;
  io.stdout.write(`Amends is running at ${server.url}\n`);
  io.stdout.write(
    `Your data is kept in ${storage}. Nothing leaves this machine${databaseUrl === undefined ? '' : ' except to that database'}.\n`,
  );
  io.stdout.write('Press Ctrl+C to stop.\n');

  const signals = deps.signals ?? process;
  return new Promise<number>((done) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) {
        io.stderr.write('Stopping now, without waiting.\n');
        done(EXIT.failed);
        return;
      }
      stopping = true;
      io.stdout.write('Stopping Amends…\n');
      server.close().then(
        () => {
          io.stdout.write('Stopped.\n');
          done(EXIT.ok);
        },
        (error: unknown) => {
          io.stderr.write(
            `Amends didn’t stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          done(EXIT.failed);
        },
      );
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      signals.once(signal, () => {
        stop();
        // A second signal while closing forces the exit.
        signals.once(signal, stop);
      });
    }
  });
}
