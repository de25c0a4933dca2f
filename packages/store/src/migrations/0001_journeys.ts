import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/** Journeys and the user's status on each of their ten steps. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journeys')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('what_happened', 'text', (col) => col.notNull())
    .addColumn('happened_when', 'text', (col) => col.notNull())
    .addColumn('contact', 'text', (col) => col.notNull().check(sql`contact in ('none', 'little', 'regular')`))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('journeys_created_at_idx')
    .on('journeys')
    .columns(['created_at', 'id'])
    .execute();

  await db.schema
    .createTable('steps')
    .addColumn('journey_id', 'text', (col) => col.notNull().references('journeys.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull().check(sql`number >= 1`))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('not-started', 'started', 'done')`),
    )
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addPrimaryKeyConstraint('steps_pk', ['journey_id', 'number'])
    .execute();
}
