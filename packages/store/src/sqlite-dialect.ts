import type { DatabaseConnection, Driver, SqliteDialectConfig } from 'kysely';
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';

/**
 * SQLite with every transaction started by `BEGIN IMMEDIATE`: the write lock is taken up front, so
 * when another process is writing, this one waits (busy_timeout) instead of failing later with
 * "database is locked" when its read snapshot turns out to be stale.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
