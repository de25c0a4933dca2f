import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { CliError, EXIT, isErrnoException } from '../errors.js';
import type { Io } from '../io.js';
import type { LogLevel, RunningServer, StartServerOptions } from '@amends/server';

/** The server's entry point; injectable so tests can stand in for it. */
export type StartServer = (options: StartServerOptions) => Promise<RunningServer>;

export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

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
  signals?: { on(signal: Signal, listener: () => void): unknown };
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

/**
 * Creates the data folder if needed, one level at a time (a recursive mkdir spins forever under
 * /proc on some Node versions), and makes sure Amends can write there.
 */
export function prepareDataDir(dir: string): void {
  try {
    const missing: string[] = [];
    for (let at = dir; !existsSync(at); at = dirname(at)) {
      missing.unshift(at);
      if (dirname(at) === at) break;
    }
    // Private by default: only this user can open the folder (the store does the same).
    for (const folder of missing) mkdirSync(folder, { mode: 0o700 });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
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
            : code === 'ENOENT'
              ? 'a folder on that path can’t be created'
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
  // Loaded only for `serve`, so `amends check` starts fast without Fastify and the database drivers.
  const { startServer } = await import('@amends/server');
  return startServer;
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
  const signals = deps.signals ?? process;
  const usesPostgres = databaseUrl !== undefined;

  return new Promise<number>((done, fail) => {
    let server: RunningServer | undefined;
    let signalled = 0;

    const stop = (running: RunningServer): void => {
      io.stdout.write('Stopping Amends…\n');
      running.close().then(
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

    // Listening from the start, so Ctrl+C while the database opens is a clean stop too.
    const onSignal = (): void => {
      signalled++;
      if (signalled > 1) {
        io.stderr.write('Stopping now, without waiting.\n');
        done(EXIT.failed);
      } else if (server === undefined) {
        io.stdout.write('Stopping as soon as Amends has started…\n');
      } else {
        stop(server);
      }
    };
    signals.on('SIGINT', onSignal);
    signals.on('SIGTERM', onSignal);

    startServer({
      host,
      port,
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
      // One JSON line per request is for hosting; on your own machine only warnings are worth showing.
      logger: { level: options.logLevel ?? 'warn' },
    }).then(
      (running) => {
        server = running;
        io.stdout.write(`Amends is running at ${running.url}\n`);
        const where = usesPostgres ? storage : `${running.location} (SQLite)`;
        const leaves = usesPostgres ? ' except to that database' : '';
        io.stdout.write(`Your data is kept in ${where}. Nothing leaves this machine${leaves}.\n`);
        io.stdout.write('Press Ctrl+C to stop.\n');
        if (signalled > 0) stop(running);
      },
      (error: unknown) => fail(explainStartError(error, { host, port, usesPostgres })),
    );
  });
}
