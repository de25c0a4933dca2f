import { beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { JourneyRecord, Repositories, StepRecord, UnitOfWork } from './repository.js';
import type { JourneyService } from './service.js';
import { createJourneyService, withStatus } from './service.js';

interface State {
  journeys: Map<string, JourneyRecord>;
  steps: Map<string, StepRecord>;
}

const stepKey = (journeyId: string, number: number) => `${journeyId}#${String(number)}`;

function repositoriesOver(state: State, failOn?: { insertSteps?: boolean }): Repositories {
  return {
    journeys: {
      insertJourney: (journey) => {
        if (state.journeys.has(journey.id)) throw new Error('duplicate journey');
        state.journeys.set(journey.id, { ...journey });
        return Promise.resolve();
      },
      findJourney: (id) => Promise.resolve(state.journeys.get(id)),
      listJourneys: () =>
        Promise.resolve(
          [...state.journeys.values()].sort(
            (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
          ),
        ),
      updateJourney: (id, changes) => {
        const existing = state.journeys.get(id);
        if (existing !== undefined) state.journeys.set(id, { ...existing, ...changes });
        return Promise.resolve(existing !== undefined);
      },
      deleteJourney: (id) => {
        for (const [key, step] of state.steps) if (step.journeyId === id) state.steps.delete(key);
        return Promise.resolve(state.journeys.delete(id));
      },
    },
    steps: {
      insertSteps: (steps) => {
        if (failOn?.insertSteps === true) return Promise.reject(new Error('disk full'));
        for (const step of steps) state.steps.set(stepKey(step.journeyId, step.number), { ...step });
        return Promise.resolve();
      },
      listSteps: (journeyId) =>
        Promise.resolve([...state.steps.values()].filter((step) => step.journeyId === journeyId)),
      listStepsOf: (ids) =>
        Promise.resolve([...state.steps.values()].filter((s) => ids.includes(s.journeyId))),
      findStep: (journeyId, number) => Promise.resolve(state.steps.get(stepKey(journeyId, number))),
      updateStep: (step) => {
        const key = stepKey(step.journeyId, step.number);
        const exists = state.steps.has(key);
        if (exists) state.steps.set(key, { ...step });
        return Promise.resolve(exists);
      },
    },
  };
}

/** An in-memory unit of work: a transaction works on a copy that replaces the state only on success. */
function memoryStore(failOn?: { insertSteps?: boolean }): UnitOfWork & { state: State } {
  const empty: State = { journeys: new Map(), steps: new Map() };
  const store = {
    state: empty,
    get journeys() {
      return repositoriesOver(store.state, failOn).journeys;
    },
    get steps() {
      return repositoriesOver(store.state, failOn).steps;
    },
    async transaction<T>(fn: (repositories: Repositories) => Promise<T>): Promise<T> {
      const copy: State = { journeys: new Map(store.state.journeys), steps: new Map(store.state.steps) };
      const result = await fn(repositoriesOver(copy, failOn));
      store.state = copy;
      return result;
    },
  };
  return store;
}

/** A clock that moves one second forward every time it is read. */
function steppingClock(start = '2025-03-01T10:00:00.000Z'): Clock {
  let at = Date.parse(start);
  return {
    now: () => {
      const date = new Date(at);
      at += 1000;
      return date;
    },
  };
}

const input = {
  name: 'Sam',
  whatHappened: 'I lied about where I was.',
  when: 'last spring',
  contact: 'little',
} as const;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

describe('journey use cases', () => {
  let store: ReturnType<typeof memoryStore>;
  let service: JourneyService;
  let ids: number;

  beforeEach(() => {
    store = memoryStore();
    ids = 0;
    service = createJourneyService({
      store,
      clock: steppingClock(),
      newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    });
  });

  it('creates a journey with the ten steps, all not started', async () => {
    const journey = await service.createJourney({ ...input, name: '  Sam  ' });
    expect(journey).toMatchObject({ ...input, id: '00000000-0000-4000-8000-000000000001' });
    expect(journey.createdAt).toBe('2025-03-01T10:00:00.000Z');
    expect(journey.updatedAt).toBe(journey.createdAt);
    expect(journey.steps.map((step) => [step.number, step.status])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 1, 'not-started']),
    );
    expect(await service.getJourney(journey.id)).toEqual(journey);
  });

  it('validates input whoever calls, and stores nothing when it is invalid', async () => {
    const error = await rejection(service.createJourney({ ...input, name: '' }));
    expect(error).toMatchObject({ code: 'validation', field: 'name' });
    expect(store.state.journeys.size).toBe(0);
  });

  it('writes a journey and its steps atomically', async () => {
    const failing = memoryStore({ insertSteps: true });
    const broken = createJourneyService({ store: failing });
    await expect(broken.createJourney(input)).rejects.toThrow('disk full');
    expect(failing.state.journeys.size).toBe(0);
    expect(failing.state.steps.size).toBe(0);
  });

  it('lists journeys newest first, each with its steps', async () => {
    const first = await service.createJourney(input);
    const second = await service.createJourney({ ...input, name: 'Alex' });
    const list = await service.listJourneys();
    expect(list.map((journey) => journey.id)).toEqual([second.id, first.id]);
    expect(list.every((journey) => journey.steps.length === 10)).toBe(true);
  });

  it('updates only the given fields and the update time', async () => {
    const journey = await service.createJourney(input);
    const updated = await service.updateJourney(journey.id, { contact: 'none', when: ' two years ago ' });
    expect(updated).toMatchObject({ name: 'Sam', contact: 'none', when: 'two years ago' });
    expect(updated.updatedAt > journey.updatedAt).toBe(true);
    expect(await service.getJourney(journey.id)).toEqual(updated);
  });

  it('leaves the journey untouched when a patch changes nothing', async () => {
    const journey = await service.createJourney(input);
    expect(await service.updateJourney(journey.id, {})).toEqual(journey);
    expect(await service.updateJourney(journey.id, { name: 'Sam' })).toEqual(journey);
  });

  it('rejects an invalid patch without changing anything', async () => {
    const journey = await service.createJourney(input);
    const error = await rejection(service.updateJourney(journey.id, { contact: 'often' as never }));
    expect(error).toMatchObject({ code: 'validation', field: 'contact' });
    expect(await service.getJourney(journey.id)).toEqual(journey);
  });

  it('deletes a journey and its steps', async () => {
    const journey = await service.createJourney(input);
    await service.deleteJourney(journey.id);
    expect(store.state.journeys.size).toBe(0);
    expect(store.state.steps.size).toBe(0);
    expect(await rejection(service.deleteJourney(journey.id))).toMatchObject({ code: 'not-found' });
  });

  it('reports an unknown journey as not found, with what to do', async () => {
    for (const call of [
      service.getJourney('nope'),
      service.updateJourney('nope', { name: 'x' }),
      service.listSteps('nope'),
      service.setStepStatus('nope', 1, { status: 'done' }),
    ]) {
      const error = await rejection(call);
      expect(error.code).toBe('not-found');
      expect(error.message).toMatch(/choose one from the list/);
    }
  });

  it('reports a step outside 1 to 10 as not found', async () => {
    const journey = await service.createJourney(input);
    for (const number of [0, 11, 1.5, Number.NaN]) {
      const error = await rejection(service.setStepStatus(journey.id, number, { status: 'done' }));
      expect(error.code).toBe('not-found');
      expect(error.message).toMatch(/steps 1 to 10/);
    }
  });

  it('marks a step started, then done, then not started', async () => {
    const journey = await service.createJourney(input); // 10:00:00
    const started = await service.setStepStatus(journey.id, 3, { status: 'started' }); // 10:00:01
    expect(started).toMatchObject({ number: 3, status: 'started', startedAt: '2025-03-01T10:00:01.000Z' });
    expect(started.completedAt).toBeNull();

    const done = await service.setStepStatus(journey.id, 3, { status: 'done' }); // 10:00:02
    expect(done).toMatchObject({ startedAt: started.startedAt, completedAt: '2025-03-01T10:00:02.000Z' });

    const again = await service.setStepStatus(journey.id, 3, { status: 'done' });
    expect(again).toEqual(done);

    const reset = await service.setStepStatus(journey.id, 3, { status: 'not-started' });
    expect(reset).toMatchObject({ status: 'not-started', startedAt: null, completedAt: null });

    const steps = await service.listSteps(journey.id);
    expect(steps[2]).toEqual(reset);
    expect((await service.getJourney(journey.id)).updatedAt > journey.updatedAt).toBe(true);
  });

  it('marking done directly also records when it was started', async () => {
    const journey = await service.createJourney(input);
    const done = await service.setStepStatus(journey.id, 1, { status: 'done' });
    expect(done.startedAt).not.toBeNull();
    expect(done.startedAt).toBe(done.completedAt);
  });

  it('rejects an unknown status', async () => {
    const journey = await service.createJourney(input);
    const error = await rejection(service.setStepStatus(journey.id, 1, { status: 'finished' as never }));
    expect(error).toMatchObject({ code: 'validation', field: 'status' });
  });
});

describe('withStatus', () => {
  const base: StepRecord = { journeyId: 'j', number: 1, status: 'done', startedAt: 'a', completedAt: 'b' };

  it('going back from done to started keeps the start and clears the completion', () => {
    expect(withStatus(base, 'started', 'c')).toEqual({ ...base, status: 'started', completedAt: null });
  });
});
