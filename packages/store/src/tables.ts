import type { Contact, StepStatus } from '@amends/domain';

// Timestamps are ISO 8601 UTC strings (`toISOString()`), stored as text on both databases: they sort
// correctly as text and read back identically from SQLite and PostgreSQL.

export interface JourneysTable {
  id: string;
  name: string;
  what_happened: string;
  happened_when: string;
  contact: Contact;
  created_at: string;
  updated_at: string;
}

export interface StepsTable {
  journey_id: string;
  number: number;
  status: StepStatus;
  started_at: string | null;
  completed_at: string | null;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

export const MIGRATIONS_TABLE = 'amends_migrations';

export interface Database {
  journeys: JourneysTable;
  steps: StepsTable;
  [MIGRATIONS_TABLE]: MigrationsTable;
}
