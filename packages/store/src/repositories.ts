import type {
  JourneyRecord,
  JourneyRepository,
  Repositories,
  StepRecord,
  StepRepository,
} from '@amends/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database, JourneysTable, StepsTable } from './tables.js';

/** The domain's repositories over a Kysely instance or an open transaction. */
export function repositoriesOver(db: Kysely<Database>): Repositories {
  return { journeys: journeyRepository(db), steps: stepRepository(db) };
}

function journeyRepository(db: Kysely<Database>): JourneyRepository {
  return {
    async insertJourney(journey) {
      await db.insertInto('journeys').values(journeyRow(journey)).execute();
    },

    async findJourney(id) {
      const row = await db.selectFrom('journeys').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : journeyRecord(row);
    },

    async listJourneys() {
      const rows = await db
        .selectFrom('journeys')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(journeyRecord);
    },

    async updateJourney(id, changes) {
      const result = await db
        .updateTable('journeys')
        .set({
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.whatHappened === undefined ? {} : { what_happened: changes.whatHappened }),
          ...(changes.when === undefined ? {} : { happened_when: changes.when }),
          ...(changes.contact === undefined ? {} : { contact: changes.contact }),
          updated_at: changes.updatedAt,
        })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async deleteJourney(id) {
      // Steps go with their journey (foreign key `on delete cascade`).
      const result = await db.deleteFrom('journeys').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function stepRepository(db: Kysely<Database>): StepRepository {
  return {
    async insertSteps(steps) {
      if (steps.length === 0) return;
      await db.insertInto('steps').values(steps.map(stepRow)).execute();
    },

    async listSteps(journeyId) {
      const rows = await db
        .selectFrom('steps')
        .selectAll()
        .where('journey_id', '=', journeyId)
        .orderBy('number')
        .execute();
      return rows.map(stepRecord);
    },

    async listStepsOf(journeyIds) {
      if (journeyIds.length === 0) return [];
      const rows = await db
        .selectFrom('steps')
        .selectAll()
        .where('journey_id', 'in', journeyIds)
        .orderBy('journey_id')
        .orderBy('number')
        .execute();
      return rows.map(stepRecord);
    },

    async findStep(journeyId, number) {
      const row = await db
        .selectFrom('steps')
        .selectAll()
        .where('journey_id', '=', journeyId)
        .where('number', '=', number)
        .executeTakeFirst();
      return row === undefined ? undefined : stepRecord(row);
    },

    async updateStep(step) {
      const result = await db
        .updateTable('steps')
        .set({ status: step.status, started_at: step.startedAt, completed_at: step.completedAt })
        .where('journey_id', '=', step.journeyId)
        .where('number', '=', step.number)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}

function journeyRow(journey: JourneyRecord): JourneysTable {
  return {
    id: journey.id,
    name: journey.name,
    what_happened: journey.whatHappened,
    happened_when: journey.when,
    contact: journey.contact,
    created_at: journey.createdAt,
    updated_at: journey.updatedAt,
  };
}

function journeyRecord(row: Selectable<JourneysTable>): JourneyRecord {
  return {
    id: row.id,
    name: row.name,
    whatHappened: row.what_happened,
    when: row.happened_when,
    contact: row.contact,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function stepRow(step: StepRecord): StepsTable {
  return {
    journey_id: step.journeyId,
    number: step.number,
    status: step.status,
    started_at: step.startedAt,
    completed_at: step.completedAt,
  };
}

function stepRecord(row: Selectable<StepsTable>): StepRecord {
  return {
    journeyId: row.journey_id,
    number: row.number,
    status: row.status,
    startedAt: row.started_at,
    completedAt: row.completed_at,
  };
}
