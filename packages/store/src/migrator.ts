import { AppError } from '@amends/domain';
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Migration } from './migrations/index.js';
import type { Database } from './tables.js';
import { MIGRATIONS_TABLE } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

// Any fixed number: the key of the PostgreSQL advisory lock that lets one process migrate at a time.
const MIGRATION_LOCK_KEY = 4_320_001;

/**
 * Brings the schema up to date: each pending migration runs in its own transaction together with the
 * row that records it, so a migration is either fully applied and recorded or not at all. Safe to run
 * from several processes at once. Returns the names of the migrations it applied.
 */
export async function migrate(
  db: Kysely<Database>,
  dialect: Dialect,
  migrations: readonly Migration[],
  now: () => string = () => new Date().toISOString(),
): Promise<string[]> {
  assertOrdered(migrations);
  await inMigrationTransaction(db, dialect, async (trx) => {
    await trx.schema
      .createTable(MIGRATIONS_TABLE)
      .ifNotExists()
      .addColumn('name', 'text', (col) => col.primaryKey())
      .addColumn('applied_at', 'text', (col) => col.notNull())
      .execute();
  });

  const recorded = new Set(
    (await db.selectFrom(MIGRATIONS_TABLE).select('name').execute()).map((r) => r.name),
  );
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = [...recorded].filter((name) => !known.has(name)).sort();
  if (unknown.length > 0) {
    throw new AppError(
      'conflict',
      `This database was set up by a newer version of Amends (it has migration ${unknown.join(', ')}). Update Amends, then open it again.`,
    );
  }

  const applied: string[] = [];
  for (const migration of migrations) {
    if (recorded.has(migration.name)) continue;
    await inMigrationTransaction(db, dialect, async (trx) => {
      // Recording first takes the write lock on SQLite; if another process got here first, skip.
      const result = await trx
        .insertInto(MIGRATIONS_TABLE)
        .values({ name: migration.name, applied_at: now() })
        .onConflict((oc) => oc.column('name').doNothing())
        .executeTakeFirst();
      if (result.numInsertedOrUpdatedRows === 0n) return;
      await migration.up(trx as unknown as Kysely<unknown>);
      applied.push(migration.name);
    });
  }
  return applied;
}

async function inMigrationTransaction(
  db: Kysely<Database>,
  dialect: Dialect,
  fn: (trx: Transaction<Database>) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(trx);
    await fn(trx);
  });
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const previous = migrations[i - 1]?.name ?? '';
    const current = migrations[i]?.name ?? '';
    if (!(previous < current)) {
      throw new AppError('internal', `Migrations are out of order: “${previous}” comes before “${current}”.`);
    }
  }
}
