import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Dialect } from './migrator.js';
import type { OpenStoreOptions, Store } from './open.js';
import { openStore } from './open.js';

/** A database kind that test suites run against. */
export interface TestDatabase {
  readonly name: Dialect;
  /** Why this database is not tested in this run; undefined when it is. */
  readonly skipReason: string | undefined;
  /** A fresh, empty place to keep data: a temporary folder, or a new PostgreSQL schema. */
  create(): Promise<TestLocation>;
}

export interface TestLocation {
  /** Open (and reopen) the same data with these, through `openStore` or `startServer`. */
  readonly options: { dataDir: string } | { databaseUrl: string };
  open(): Promise<Store>;
  /** Deletes the location and everything in it. Close its stores first. */
  destroy(): Promise<void>;
}

/**
 * The databases to test against: SQLite always; PostgreSQL when `TEST_DATABASE_URL` is set.
 *
 * @example
 * for (const database of testDatabases()) {
 *   describe.skipIf(database.skipReason !== undefined)(`journeys on ${database.name}`, () => { ... });
 * }
 */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
  const url = env['TEST_DATABASE_URL']?.trim() ?? '';
  return [
    { name: 'sqlite', skipReason: undefined, create: createSqliteLocation },
    {
      name: 'postgres',
      skipReason: url === '' ? 'TEST_DATABASE_URL is not set' : undefined,
      create: () => createPostgresLocation(url),
    },
  ];
}

/** A suite title that says plainly when a database was not tested, e.g. "postgres (not run: …)". */
export function suiteTitle(database: TestDatabase, what: string): string {
  return database.skipReason === undefined
    ? `${what} on ${database.name}`
    : `${what} on ${database.name} (not run: ${database.skipReason})`;
}

async function createSqliteLocation(): Promise<TestLocation> {
  const dataDir = await mkdtemp(join(tmpdir(), 'amends-test-'));
  return location({ dataDir }, () => rm(dataDir, { recursive: true, force: true }));
}

let schemas = 0;

async function createPostgresLocation(url: string): Promise<TestLocation> {
  // One schema per location, so parallel test files and repeated runs never see each other's rows.
  const schema = `amends_test_${String(process.pid)}_${String(Date.now())}_${String(++schemas)}`;
  await withClient(url, (client) => client.query(`create schema "${schema}"`));
  const databaseUrl = new URL(url);
  databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
  return location({ databaseUrl: databaseUrl.toString() }, () =>
    withClient(url, (client) => client.query(`drop schema if exists "${schema}" cascade`)),
  );
}

function location(options: TestLocation['options'], destroy: () => Promise<unknown>): TestLocation {
  return {
    options,
    open: () => openStore(options satisfies OpenStoreOptions),
    destroy: async () => {
      await destroy();
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
