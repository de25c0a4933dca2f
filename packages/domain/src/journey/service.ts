import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { AppError } from '../errors.js';
import { PROGRAM_STEPS, programStep } from '../program/steps.js';
import { parseWith } from '../validation.js';
import type { JourneyChanges, JourneyRecord, StepRecord, UnitOfWork } from './repository.js';
import type { Journey, JourneyInput, JourneyPatch, Step, StepStatus, StepStatusInput } from './schema.js';
import { JourneyInputSchema, JourneyPatchSchema, StepStatusInputSchema } from './schema.js';

export interface JourneyServiceOptions {
  store: UnitOfWork;
  clock?: Clock;
  /** Makes journey ids; a random UUID unless a test needs predictable ones. */
  newId?: () => string;
}

/** The use cases of a journey and its ten steps. Inputs are validated here, whoever calls. */
export interface JourneyService {
  createJourney(input: JourneyInput): Promise<Journey>;
  getJourney(id: string): Promise<Journey>;
  /** All journeys, newest first. */
  listJourneys(): Promise<Journey[]>;
  updateJourney(id: string, patch: JourneyPatch): Promise<Journey>;
  deleteJourney(id: string): Promise<void>;
  listSteps(journeyId: string): Promise<Step[]>;
  setStepStatus(journeyId: string, stepNumber: number, input: StepStatusInput): Promise<Step>;
}

const journeyNotFound = () =>
  new AppError(
    'not-found',
    'We couldn’t find that journey. It may have been deleted — go back to your journeys and choose one from the list.',
  );

const stepNotFound = (stepNumber: number) =>
  new AppError(
    'not-found',
    `${Number.isFinite(stepNumber) ? `There is no step ${String(stepNumber)}.` : 'There is no such step.'} The program has steps 1 to ${String(PROGRAM_STEPS.length)}.`,
  );

/** @example const journeys = createJourneyService({ store }); await journeys.createJourney(input); */
export function createJourneyService(options: JourneyServiceOptions): JourneyService {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const now = () => clock.now().toISOString();

  async function getJourney(id: string): Promise<Journey> {
    const record = await store.journeys.findJourney(id);
    if (record === undefined) throw journeyNotFound();
    return toJourney(record, await store.steps.listSteps(id));
  }

  return {
    async createJourney(rawInput) {
      const input = parseWith(JourneyInputSchema, rawInput);
      const at = now();
      const record: JourneyRecord = { id: newId(), ...input, createdAt: at, updatedAt: at };
      const steps: StepRecord[] = PROGRAM_STEPS.map((step) => ({
        journeyId: record.id,
        number: step.number,
        status: 'not-started',
        startedAt: null,
        completedAt: null,
      }));
      await store.transaction(async (tx) => {
        await tx.journeys.insertJourney(record);
        await tx.steps.insertSteps(steps);
      });
      return toJourney(record, steps);
    },

    getJourney,

    async listJourneys() {
      const records = await store.journeys.listJourneys();
      const steps = await store.steps.listStepsOf(records.map((record) => record.id));
      const byJourney = new Map<string, StepRecord[]>();
      for (const step of steps) {
        const list = byJourney.get(step.journeyId);
        if (list === undefined) byJourney.set(step.journeyId, [step]);
        else list.push(step);
      }
      return records.map((record) => toJourney(record, byJourney.get(record.id) ?? []));
    },

    async updateJourney(id, rawPatch) {
      const patch = parseWith(JourneyPatchSchema, rawPatch);
      return store.transaction(async (tx) => {
        const existing = await tx.journeys.findJourney(id);
        if (existing === undefined) throw journeyNotFound();
        const changes = changedFields(existing, patch);
        if (changes === undefined) return toJourney(existing, await tx.steps.listSteps(id));
        const withTime: JourneyChanges = { ...changes, updatedAt: now() };
        await tx.journeys.updateJourney(id, withTime);
        return toJourney({ ...existing, ...withTime }, await tx.steps.listSteps(id));
      });
    },

    async deleteJourney(id) {
      const deleted = await store.journeys.deleteJourney(id);
      if (!deleted) throw journeyNotFound();
    },

    async listSteps(journeyId) {
      return (await getJourney(journeyId)).steps;
    },

    async setStepStatus(journeyId, stepNumber, rawInput) {
      const { status } = parseWith(StepStatusInputSchema, rawInput);
      const content = Number.isInteger(stepNumber) ? programStep(stepNumber) : undefined;
      if (content === undefined) throw stepNotFound(stepNumber);
      return store.transaction(async (tx) => {
        const journey = await tx.journeys.findJourney(journeyId);
        if (journey === undefined) throw journeyNotFound();
        const step = await tx.steps.findStep(journeyId, stepNumber);
        if (step === undefined) throw stepNotFound(stepNumber);
        if (step.status === status) return toStep(step);
        const at = now();
        const next = withStatus(step, status, at);
        await tx.steps.updateStep(next);
        await tx.journeys.updateJourney(journeyId, { updatedAt: at });
        return toStep(next);
      });
    },
  };
}

/** The step with its new status; the times record when it was first started and when it was done. */
export function withStatus(step: StepRecord, status: StepStatus, at: string): StepRecord {
  switch (status) {
    case 'not-started':
      return { ...step, status, startedAt: null, completedAt: null };
    case 'started':
      return { ...step, status, startedAt: step.startedAt ?? at, completedAt: null };
    case 'done':
      return { ...step, status, startedAt: step.startedAt ?? at, completedAt: step.completedAt ?? at };
  }
}

/** Only the fields that differ; undefined when nothing would change. */
function changedFields(
  existing: JourneyRecord,
  patch: JourneyPatch,
): Omit<JourneyChanges, 'updatedAt'> | undefined {
  const changes: Omit<JourneyChanges, 'updatedAt'> = {};
  if (patch.name !== undefined && patch.name !== existing.name) changes.name = patch.name;
  if (patch.whatHappened !== undefined && patch.whatHappened !== existing.whatHappened)
    changes.whatHappened = patch.whatHappened;
  if (patch.when !== undefined && patch.when !== existing.when) changes.when = patch.when;
  if (patch.contact !== undefined && patch.contact !== existing.contact) changes.contact = patch.contact;
  return Object.keys(changes).length === 0 ? undefined : changes;
}

function toStep(record: StepRecord): Step {
  const content = programStep(record.number);
  if (content === undefined) {
    throw new AppError('internal', `Stored step ${String(record.number)} is not part of the program.`);
  }
  return {
    number: content.number,
    key: content.key,
    title: content.title,
    summary: content.summary,
    basis: content.basis,
    status: record.status,
    startedAt: record.startedAt,
    completedAt: record.completedAt,
  };
}

function toJourney(record: JourneyRecord, steps: readonly StepRecord[]): Journey {
  return {
    id: record.id,
    name: record.name,
    whatHappened: record.whatHappened,
    when: record.when,
    contact: record.contact,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    steps: [...steps].sort((a, b) => a.number - b.number).map(toStep),
  };
}
