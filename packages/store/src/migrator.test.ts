import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@amends/domain';
import type { Migration } from './migrations/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { migrate } from './migrator.js';
import type { Database } from './tables.js';
import { MIGRATIONS_TABLE } from './tables.js';
import type { TestLocation } from './testing.js';
import { suiteTitle, testDatabases } from './testing.js';
import { openKysely } from './open.js';

const probe = (name: string): Migration => ({
  name,
  up: async (db) => {
    await db.schema.createTable(`probe_${name}`).addColumn('id', 'integer').execute();
  },
});

async function tableExists(db: Kysely<Database>, table: string): Promise<boolean> {
  try {
    await sql`select count(*) from ${sql.table(table)}`.execute(db);
    return true;
  } catch {
    return false;
  }
}

describe('migration names', () => {
  it('are unique and in order', () => {
    const names = MIGRATIONS.map((migration) => migration.name);
    expect(names).toEqual([...new Set(names)].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
  });
});

for (const database of testDatabases()) {
  describe.skipIf(database.skipReason !== undefined)(suiteTitle(database, 'migrations'), () => {
    let location: TestLocation;
    let db: Kysely<Database>;

    beforeEach(async () => {
      location = await database.create();
      db = openKysely(location.options).db;
    });

    afterEach(async () => {
      await db.destroy();
      await location.destroy();
    });

    it('apply once, record each, and do nothing the second time', async () => {
      const migrations = [probe('0001_a'), probe('0002_b')];
      expect(await migrate(db, database.name, migrations)).toEqual(['0001_a', '0002_b']);
      expect(await migrate(db, database.name, migrations)).toEqual([]);
      const recorded = await db.selectFrom(MIGRATIONS_TABLE).select('name').orderBy('name').execute();
      expect(recorded.map((row) => row.name)).toEqual(['0001_a', '0002_b']);
    });

    it('apply only the new ones when the code adds a migration', async () => {
      await migrate(db, database.name, [probe('0001_a')]);
      expect(await migrate(db, database.name, [probe('0001_a'), probe('0002_b')])).toEqual(['0002_b']);
    });

    it('leave no trace of a migration that fails, and keep the ones before it', async () => {
      const failing: Migration = {
        name: '0002_broken',
        up: async (trx) => {
          await trx.schema.createTable('probe_half').addColumn('id', 'integer').execute();
          throw new Error('boom');
        },
      };
      await expect(migrate(db, database.name, [probe('0001_a'), failing])).rejects.toThrow('boom');
      expect(await tableExists(db, 'probe_0001_a')).toBe(true);
      expect(await tableExists(db, 'probe_half')).toBe(false);
      const recorded = await db.selectFrom(MIGRATIONS_TABLE).select('name').execute();
      expect(recorded.map((row) => row.name)).toEqual(['0001_a']);
    });

    it('refuse a database set up by a newer version', async () => {
      await migrate(db, database.name, [probe('0001_a'), probe('0002_b')]);
      const error = await migrate(db, database.name, [probe('0001_a')]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/newer version of Amends.*0002_b.*Update Amends/);
    });

    it('refuse migrations listed out of order', async () => {
      await expect(migrate(db, database.name, [probe('0002_b'), probe('0001_a')])).rejects.toThrow(
        /out of order/,
      );
    });

    // Several SQLite connections in one process would block each other (better-sqlite3 is synchronous),
    // so SQLite is tested with real processes in store.test.ts.
    if (database.name === 'postgres') {
      it('run safely when several processes start at once', async () => {
        const others = [openKysely(location.options).db, openKysely(location.options).db];
        try {
          const results = await Promise.all(
            [db, ...others].map((each) => migrate(each, database.name, MIGRATIONS)),
          );
          expect(results.flat()).toEqual(MIGRATIONS.map((migration) => migration.name));
        } finally {
          await Promise.all(others.map((each) => each.destroy()));
        }
      });
    }
  });
}
