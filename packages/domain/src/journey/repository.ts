import type { Contact, StepStatus } from './schema.js';

/** A journey as stored: the situation the user described. Timestamps are ISO 8601 UTC strings. */
export interface JourneyRecord {
  id: string;
  name: string;
  whatHappened: string;
  when: string;
  contact: Contact;
  createdAt: string;
  updatedAt: string;
}

/** Where the user stands on one step of one journey. The step's text lives in code, not storage. */
export interface StepRecord {
  journeyId: string;
  number: number;
  status: StepStatus;
  startedAt: string | null;
  completedAt: string | null;
}

/** Fields of a journey that can change after it is created. */
export type JourneyChanges = Partial<Pick<JourneyRecord, 'name' | 'whatHappened' | 'when' | 'contact'>> &
  Pick<JourneyRecord, 'updatedAt'>;

export interface JourneyRepository {
  insertJourney(journey: JourneyRecord): Promise<void>;
  findJourney(id: string): Promise<JourneyRecord | undefined>;
  /** All journeys, newest first. */
  listJourneys(): Promise<JourneyRecord[]>;
  /** Returns false when there is no journey with this id. */
  updateJourney(id: string, changes: JourneyChanges): Promise<boolean>;
  /** Deletes the journey and its steps; returns false when there is no journey with this id. */
  deleteJourney(id: string): Promise<boolean>;
}

export interface StepRepository {
  insertSteps(steps: readonly StepRecord[]): Promise<void>;
  /** The steps of one journey, by number. */
  listSteps(journeyId: string): Promise<StepRecord[]>;
  /** The steps of several journeys at once, by journey then number. */
  listStepsOf(journeyIds: readonly string[]): Promise<StepRecord[]>;
  findStep(journeyId: string, number: number): Promise<StepRecord | undefined>;
  /** Returns false when the step does not exist. */
  updateStep(step: StepRecord): Promise<boolean>;
}

/** The repositories use cases read and write through. */
export interface Repositories {
  journeys: JourneyRepository;
  steps: StepRepository;
}

/**
 * Repositories plus a transaction seam: writes made through the repositories given to `fn` are
 * committed together when it resolves, and none of them are kept when it throws.
 */
export interface UnitOfWork extends Repositories {
  transaction<T>(fn: (repositories: Repositories) => Promise<T>): Promise<T>;
}
