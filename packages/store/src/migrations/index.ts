import type { Kysely } from 'kysely';
import * as m0001 from './0001_journeys.js';

/** A forward-only schema change. The same code runs on SQLite and PostgreSQL (Kysely's schema builder). */
export interface Migration {
  /** Ordered by name: `0001_journeys`, `0002_...`. Never rename or edit one that has shipped. */
  readonly name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Every migration, in the order they run. Add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [{ name: '0001_journeys', up: m0001.up }];
