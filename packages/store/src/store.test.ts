import type { JourneyRecord, StepRecord } from '@amends/domain';
import { AppError, createJourneyService } from '@amends/domain';
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './open.js';
import { DATABASE_FILE, defaultDataDir, openStore, withoutPassword } from './open.js';
import type { TestLocation } from './testing.js';
import { suiteTitle, testDatabases } from './testing.js';

const journey = (id: string, createdAt: string): JourneyRecord => ({
  id,
  name: 'Sam',
  whatHappened: 'I lied about where I was. “Sorry” wasn’t enough — 😔 עברית',
  when: 'last spring',
  contact: 'little',
  createdAt,
  updatedAt: createdAt,
});

const stepsOf = (journeyId: string): StepRecord[] =>
  Array.from({ length: 10 }, (_, i) => ({
    journeyId,
    number: i + 1,
    status: 'not-started',
    startedAt: null,
    completedAt: null,
  }));

/** Opens the store in a separate Node process (as a second `amends` would) and creates one journey. */
async function createJourneyInChildProcess(
  location: TestLocation,
  name: string,
): Promise<{ code: number | null; stderr: string }> {
  const script = `
    import { createJourneyService } from '@amends/domain';
    import { openStore } from '@amends/store';
    const store = await openStore(JSON.parse(process.argv[1]));
    const journeys = createJourneyService({ store });
    const journey = await journeys.createJourney({ name: process.argv[2], whatHappened: 'x', when: 'y', contact: 'none' });
    for (const number of [1, 2, 3]) await journeys.setStepStatus(journey.id, number, { status: 'done' });
    await store.close();
  `;
  const args = ['--conditions=@amends/source', '--import', 'tsx', '--input-type=module', '-e', script];
  try {
    const { stderr } = await run(process.execPath, [...args, JSON.stringify(location.options), name], {
      cwd: packageRoot,
    });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? null, stderr: failed.stderr ?? String(error) };
  }
}

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';

for (const database of testDatabases()) {
  describe.skipIf(database.skipReason !== undefined)(suiteTitle(database, 'store'), () => {
    let location: TestLocation;
    const open: Store[] = [];
    const openStoreHere = async () => {
      const store = await location.open();
      open.push(store);
      return store;
    };

    beforeEach(async () => {
      location = await database.create();
    });

    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
      await location.destroy();
    });

    it('opens an empty database with the schema in place', async () => {
      const store = await openStoreHere();
      expect(store.dialect).toBe(database.name);
      expect(await store.journeys.listJourneys()).toEqual([]);
    });

    it('reads back what it wrote, exactly, including any Unicode', async () => {
      const store = await openStoreHere();
      await store.journeys.insertJourney(journey(ID_A, '2025-03-01T10:00:00.000Z'));
      await store.steps.insertSteps(stepsOf(ID_A));
      expect(await store.journeys.findJourney(ID_A)).toEqual(journey(ID_A, '2025-03-01T10:00:00.000Z'));
      expect(await store.steps.listSteps(ID_A)).toEqual(stepsOf(ID_A));
      expect(await store.steps.findStep(ID_A, 4)).toEqual(stepsOf(ID_A)[3]);
      expect(await store.journeys.findJourney(ID_B)).toBeUndefined();
      expect(await store.steps.findStep(ID_A, 11)).toBeUndefined();
    });

    it('lists journeys newest first and the steps of several at once', async () => {
      const store = await openStoreHere();
      await store.journeys.insertJourney(journey(ID_A, '2025-03-01T10:00:00.000Z'));
      await store.journeys.insertJourney(journey(ID_B, '2025-03-02T10:00:00.000Z'));
      await store.steps.insertSteps([...stepsOf(ID_A), ...stepsOf(ID_B)]);
      expect((await store.journeys.listJourneys()).map((j) => j.id)).toEqual([ID_B, ID_A]);
      const steps = await store.steps.listStepsOf([ID_A, ID_B]);
      expect(steps).toHaveLength(20);
      expect(await store.steps.listStepsOf([])).toEqual([]);
    });

    it('updates only the given fields and says whether the row existed', async () => {
      const store = await openStoreHere();
      await store.journeys.insertJourney(journey(ID_A, '2025-03-01T10:00:00.000Z'));
      await store.steps.insertSteps(stepsOf(ID_A));
      const at = '2025-03-05T10:00:00.000Z';
      expect(
        await store.journeys.updateJourney(ID_A, { contact: 'none', when: 'in May', updatedAt: at }),
      ).toBe(true);
      expect(await store.journeys.findJourney(ID_A)).toEqual({
        ...journey(ID_A, '2025-03-01T10:00:00.000Z'),
        contact: 'none',
        when: 'in May',
        updatedAt: at,
      });
      expect(await store.journeys.updateJourney(ID_B, { updatedAt: at })).toBe(false);

      const step: StepRecord = { journeyId: ID_A, number: 2, status: 'done', startedAt: at, completedAt: at };
      expect(await store.steps.updateStep(step)).toBe(true);
      expect(await store.steps.findStep(ID_A, 2)).toEqual(step);
      expect(await store.steps.updateStep({ ...step, journeyId: ID_B })).toBe(false);
    });

    it('deletes a journey together with its steps', async () => {
      const store = await openStoreHere();
      await store.journeys.insertJourney(journey(ID_A, '2025-03-01T10:00:00.000Z'));
      await store.steps.insertSteps(stepsOf(ID_A));
      expect(await store.journeys.deleteJourney(ID_A)).toBe(true);
      expect(await store.steps.listSteps(ID_A)).toEqual([]);
      expect(await store.journeys.deleteJourney(ID_A)).toBe(false);
    });

    it('refuses rows the schema does not allow', async () => {
      const store = await openStoreHere();
      await expect(store.steps.insertSteps(stepsOf(ID_A))).rejects.toThrow(); // no such journey
      await expect(
        store.journeys.insertJourney({
          ...journey(ID_A, '2025-03-01T10:00:00.000Z'),
          contact: 'often' as never,
        }),
      ).rejects.toThrow();
      expect(await store.journeys.listJourneys()).toEqual([]);
    });

    it('rolls a transaction back completely when it fails', async () => {
      const store = await openStoreHere();
      await expect(
        store.transaction(async (tx) => {
          await tx.journeys.insertJourney(journey(ID_A, '2025-03-01T10:00:00.000Z'));
          await tx.steps.insertSteps(stepsOf(ID_A));
          await tx.steps.insertSteps(stepsOf(ID_A).slice(0, 1)); // duplicate key
        }),
      ).rejects.toThrow();
      await expect(
        store.transaction(async (tx) => {
          await tx.journeys.insertJourney(journey(ID_B, '2025-03-01T10:00:00.000Z'));
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await store.journeys.listJourneys()).toEqual([]);
      expect(await store.steps.listStepsOf([ID_A, ID_B])).toEqual([]);
    });

    it('commits a transaction that succeeds, and returns its result', async () => {
      const store = await openStoreHere();
      const result = await store.transaction(async (tx) => {
        await tx.journeys.insertJourney(journey(ID_A, '2025-03-01T10:00:00.000Z'));
        await tx.steps.insertSteps(stepsOf(ID_A));
        return 'ok';
      });
      expect(result).toBe('ok');
      expect(await store.steps.listSteps(ID_A)).toHaveLength(10);
    });

    it('keeps everything across close and reopen, and migrating again changes nothing', async () => {
      const first = await location.open();
      const service = createJourneyService({ store: first });
      const created = await service.createJourney({
        name: 'Sam',
        whatHappened: 'I lied.',
        when: 'last spring',
        contact: 'none',
      });
      await service.setStepStatus(created.id, 1, { status: 'done' });
      await service.setStepStatus(created.id, 2, { status: 'started' });
      const before = await service.getJourney(created.id);
      await first.close();

      const second = await openStoreHere();
      const third = await openStoreHere(); // a second process on the same data
      expect(await createJourneyService({ store: second }).getJourney(created.id)).toEqual(before);
      expect(await createJourneyService({ store: third }).listJourneys()).toEqual([before]);
    });

    it('is shared safely by several processes opening and writing at once', async () => {
      const results = await Promise.all(
        [1, 2, 3].map((n) => createJourneyInChildProcess(location, `Person ${String(n)}`)),
      );
      for (const result of results) expect(result).toEqual({ code: 0, stderr: '' });
      const store = await openStoreHere();
      const names = (await store.journeys.listJourneys()).map((j) => j.name).sort();
      expect(names).toEqual(['Person 1', 'Person 2', 'Person 3']);
      expect(
        await store.steps.listStepsOf((await store.journeys.listJourneys()).map((j) => j.id)),
      ).toHaveLength(30);
    });

    it('closing twice is harmless', async () => {
      const store = await location.open();
      await store.close();
      await store.close();
    });
  });
}

describe('openStore', () => {
  it('keeps SQLite data private to the user', async () => {
    const [sqlite] = testDatabases();
    if (sqlite === undefined) throw new Error('sqlite is always tested');
    const location = await sqlite.create();
    try {
      const dataDir = join((location.options as { dataDir: string }).dataDir, 'nested', 'amends');
      const store = await openStore({ dataDir });
      expect(store.location).toBe(join(dataDir, DATABASE_FILE));
      await store.close();
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
    } finally {
      await location.destroy();
    }
  });

  it('refuses a database URL it does not understand, saying what to do', async () => {
    const error = await openStore({ databaseUrl: 'mysql://localhost/amends' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/postgres:\/\/.*Leave it unset/);
  });

  it('reports an unreachable PostgreSQL server without its password', async () => {
    const error = await openStore({ databaseUrl: 'postgres://amends:s3cret@127.0.0.1:1/amends' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(
      /Couldn’t prepare the database at postgres:\/\/amends:\*\*\*@/,
    );
    expect((error as AppError).message).not.toContain('s3cret');
  });
});

describe('defaultDataDir', () => {
  it('follows XDG_DATA_HOME when it is an absolute path', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' })).toBe('/data/amends');
  });

  it('falls back to ~/.local/share otherwise', () => {
    expect(defaultDataDir({})).toMatch(/\/\.local\/share\/amends$/);
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative' })).toMatch(/\/\.local\/share\/amends$/);
  });
});

describe('withoutPassword', () => {
  it('hides the password and query of a URL', () => {
    expect(withoutPassword('postgres://u:p@h:5432/db?options=x')).toBe('postgres://u:***@h:5432/db');
  });
});
