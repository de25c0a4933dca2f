import { AppError } from '@amends/domain';
import type { Repositories, UnitOfWork } from '@amends/domain';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';
import type { Dialect } from './migrator.js';
import { migrate } from './migrator.js';
import { repositoriesOver } from './repositories.js';
import { ImmediateSqliteDialect } from './sqlite-dialect.js';
import type { Database } from './tables.js';

export interface OpenStoreOptions {
  /** A `postgres://` or `postgresql://` URL selects PostgreSQL; unset or empty selects SQLite. */
  databaseUrl?: string | undefined;
  /** Where the SQLite file `amends.db` lives; `defaultDataDir()` when unset. Ignored for PostgreSQL. */
  dataDir?: string | undefined;
}

/** An open database: the domain's repositories, a transaction seam, and `close()`. */
export interface Store extends UnitOfWork {
  readonly dialect: Dialect;
  /** Where the data is, for people: the SQLite file, or the PostgreSQL URL without its password. */
  readonly location: string;
  close(): Promise<void>;
}

export const DATABASE_FILE = 'amends.db';

/**
 * Where Amends keeps its data when no directory is given: `$XDG_DATA_HOME/amends`,
 * else `~/.local/share/amends`.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env['XDG_DATA_HOME'];
  // The XDG spec says relative paths are invalid and must be ignored.
  const base = xdg !== undefined && isAbsolute(xdg) ? xdg : join(homedir(), '.local', 'share');
  return join(base, 'amends');
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens the database and brings its schema up to date.
 *
 * @example const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const opened = openKysely(options);
  try {
    await migrate(opened.db, opened.dialect, MIGRATIONS);
  } catch (error) {
    await opened.db.destroy();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'internal',
      `Couldn’t prepare the database at ${opened.location}: ${errorMessage(error)}. ${opened.hint}`,
      undefined,
      { cause: error },
    );
  }
  return storeOver(opened.db, opened.dialect, opened.location);
}

/** A Kysely instance over the chosen database, not yet migrated. Internal: tests and `openStore` use it. */
export function openKysely(options: OpenStoreOptions): Opened {
  const url = options.databaseUrl?.trim() ?? '';
  if (url !== '' && !isPostgresUrl(url)) {
    throw new AppError(
      'validation',
      'DATABASE_URL must start with postgres:// or postgresql://. Leave it unset to keep your data in a local file.',
      'databaseUrl',
    );
  }
  return url === '' ? openSqlite(options.dataDir ?? defaultDataDir()) : openPostgres(url);
}

export interface Opened {
  db: Kysely<Database>;
  dialect: Dialect;
  location: string;
  /** What to check when the database can't be prepared. */
  hint: string;
}

function openSqlite(dataDir: string): Opened {
  const file = join(dataDir, DATABASE_FILE);
  let database: BetterSqlite3.Database | undefined;
  try {
    // Private by default: only this user can read the folder and the database file.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'a', 0o600));
    database = new BetterSqlite3(file);
    // WAL lets readers and the writer work at once; FULL sync makes every commit survive a power cut.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    database?.close();
    throw new AppError(
      'internal',
      `Couldn’t open the database at ${file}: ${errorMessage(error)}. Check that it is an Amends database and that you can write to ${dataDir}, or choose another data folder.`,
      undefined,
      { cause: error },
    );
  }
  return {
    db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) }),
    dialect: 'sqlite',
    location: file,
    hint: `Check that ${file} is an Amends database and that no other program has it locked.`,
  };
}

function openPostgres(url: string): Opened {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    dialect: 'postgres',
    location: withoutPassword(url),
    hint: 'Check DATABASE_URL and that the PostgreSQL server is running and reachable.',
  };
}

function storeOver(db: Kysely<Database>, dialect: Dialect, location: string): Store {
  const repositories = repositoriesOver(db);
  let closed: Promise<void> | undefined;
  return {
    dialect,
    location,
    journeys: repositories.journeys,
    steps: repositories.steps,
    transaction<T>(fn: (repositories: Repositories) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => fn(repositoriesOver(trx)));
    },
    close() {
      closed ??= db.destroy();
      return closed;
    },
  };
}

export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return 'the PostgreSQL server in DATABASE_URL';
  }
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, '');
}
