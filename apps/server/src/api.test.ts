import type { Journey, Step } from '@amends/domain';
import { JourneySchema, StepSchema } from '@amends/domain';
import type { Store } from '@amends/store';
import type { TestLocation } from '@amends/store/testing';
import { suiteTitle, testDatabases } from '@amends/store/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from './server.js';

const NO_WEB_BUILD = '/nonexistent/amends-web-dist';
const UNKNOWN_ID = '3f1c2b7e-9a4d-4c1e-8b2a-5d6e7f8a9b0c';
const input = {
  name: 'Sam',
  whatHappened: 'I lied about where I was.',
  when: 'last spring',
  contact: 'little',
};

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

function send(
  app: FastifyInstance,
  method: Method,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  if (body === undefined) return app.inject({ method, url, headers });
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return app.inject({ method, url, payload, headers: { 'content-type': 'application/json', ...headers } });
}

/** Everything a request could have changed, read both through the API and straight from the store. */
async function snapshot(app: FastifyInstance, store: Store) {
  const api = (await send(app, 'GET', '/api/journeys')).json<{ journeys: Journey[] }>();
  const journeys = await store.journeys.listJourneys();
  const steps = await store.steps.listStepsOf(journeys.map((journey) => journey.id));
  return { api, journeys, steps };
}

function expectError(response: LightMyRequestResponse, status: number, code: string, field?: string): string {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json<{ error: { code: string; message: string; field?: string } }>();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.field).toBe(field);
  expect(Object.keys(body.error).sort()).toEqual(
    field === undefined ? ['code', 'message'] : ['code', 'field', 'message'],
  );
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error.message;
}

for (const database of testDatabases()) {
  describe.skipIf(database.skipReason !== undefined)(suiteTitle(database, 'API'), () => {
    let location: TestLocation;
    let store: Store;
    let app: FastifyInstance;

    beforeEach(async () => {
      location = await database.create();
      store = await location.open();
      app = await buildServer({ store, webRoot: NO_WEB_BUILD });
    });

    afterEach(async () => {
      await app.close();
      await store.close();
      await location.destroy();
    });

    it('answers the health check', async () => {
      const response = await send(app, 'GET', '/api/health');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ ok: true });
    });

    it('creates, reads, changes and deletes a journey and its steps', async () => {
      const created = await send(app, 'POST', '/api/journeys', { ...input, name: '  Sam ' });
      expect(created.statusCode).toBe(201);
      const journey = JourneySchema.parse(created.json());
      expect(journey).toMatchObject({ ...input, name: 'Sam' });
      expect(journey.steps.map((step) => [step.number, step.status])).toEqual(
        Array.from({ length: 10 }, (_, i) => [i + 1, 'not-started']),
      );
      expect(journey.steps[6]?.basis).toMatch(/Lewicki/);

      expect((await send(app, 'GET', '/api/journeys')).json()).toEqual({ journeys: [journey] });
      expect((await send(app, 'GET', `/api/journeys/${journey.id}`)).json()).toEqual(journey);

      const patched = await send(app, 'PATCH', `/api/journeys/${journey.id}`, { contact: 'none' });
      expect(patched.statusCode).toBe(200);
      expect(patched.json<Journey>()).toMatchObject({ name: 'Sam', contact: 'none' });

      const started = await send(app, 'PATCH', `/api/journeys/${journey.id}/steps/2`, { status: 'started' });
      expect(started.statusCode).toBe(200);
      const step = StepSchema.parse(started.json());
      expect(step).toMatchObject({ number: 2, status: 'started', completedAt: null });
      expect(step.startedAt).not.toBeNull();

      const done = (
        await send(app, 'PATCH', `/api/journeys/${journey.id}/steps/2`, { status: 'done' })
      ).json<Step>();
      expect(done.status).toBe('done');
      expect(done.startedAt).toBe(step.startedAt);
      expect(done.completedAt).not.toBeNull();

      const steps = (await send(app, 'GET', `/api/journeys/${journey.id}/steps`)).json<{ steps: Step[] }>()
        .steps;
      expect(steps).toHaveLength(10);
      expect(steps[1]).toEqual(done);

      const deleted = await send(app, 'DELETE', `/api/journeys/${journey.id}`);
      expect(deleted.statusCode).toBe(204);
      expect(deleted.body).toBe('');
      expectError(await send(app, 'GET', `/api/journeys/${journey.id}`), 404, 'not-found');
      expect((await send(app, 'GET', '/api/journeys')).json()).toEqual({ journeys: [] });
      expect(await store.steps.listSteps(journey.id)).toEqual([]);
    });

    it('lists journeys newest first', async () => {
      const first = (await send(app, 'POST', '/api/journeys', input)).json<Journey>();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const second = (await send(app, 'POST', '/api/journeys', { ...input, name: 'Alex' })).json<Journey>();
      const list = (await send(app, 'GET', '/api/journeys')).json<{ journeys: Journey[] }>();
      expect(list.journeys.map((journey) => journey.id)).toEqual([second.id, first.id]);
    });

    it('accepts a DELETE sent with a JSON content type and no body', async () => {
      const journey = (await send(app, 'POST', '/api/journeys', input)).json<Journey>();
      const response = await app.inject({
        method: 'DELETE',
        url: `/api/journeys/${journey.id}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(204);
    });

    describe('bad requests are refused with a clear 4xx and change nothing', () => {
      let journey: Journey;

      beforeEach(async () => {
        journey = (await send(app, 'POST', '/api/journeys', input)).json<Journey>();
        await send(app, 'PATCH', `/api/journeys/${journey.id}/steps/1`, { status: 'started' });
      });

      interface Case {
        name: string;
        method: Method;
        url: (id: string) => string;
        body?: unknown;
        headers?: Record<string, string>;
        status: number;
        code: string;
        field?: string;
        message?: RegExp;
      }

      const journeyUrl = (id: string) => `/api/journeys/${id}`;
      const stepUrl = (number: string) => (id: string) => `/api/journeys/${id}/steps/${number}`;
      const create = () => '/api/journeys';
      const cases: Case[] = [
        {
          name: 'malformed JSON on create',
          method: 'POST',
          url: create,
          body: '{"name": "Sam",',
          status: 400,
          code: 'malformed-json',
          message: /isn’t valid JSON/,
        },
        {
          name: 'malformed JSON on update',
          method: 'PATCH',
          url: journeyUrl,
          body: "{'name': 'Sam'}",
          status: 400,
          code: 'malformed-json',
        },
        {
          name: 'malformed JSON on a step',
          method: 'PATCH',
          url: stepUrl('1'),
          body: '{"status": done}',
          status: 400,
          code: 'malformed-json',
        },
        {
          name: 'prototype poisoning',
          method: 'POST',
          url: create,
          body: `{"__proto__": {"admin": true}, "name": "Sam"}`,
          status: 400,
          code: 'malformed-json',
        },
        {
          name: 'missing name',
          method: 'POST',
          url: create,
          body: { ...input, name: undefined },
          status: 400,
          code: 'validation',
          field: 'name',
          message: /^Add a name — a first name or nickname is enough\.$/,
        },
        {
          name: 'blank name',
          method: 'POST',
          url: create,
          body: { ...input, name: '   ' },
          status: 400,
          code: 'validation',
          field: 'name',
        },
        {
          name: 'missing what happened',
          method: 'POST',
          url: create,
          body: { ...input, whatHappened: undefined },
          status: 400,
          code: 'validation',
          field: 'whatHappened',
          message: /^Describe what happened/,
        },
        {
          name: 'missing when',
          method: 'POST',
          url: create,
          body: { ...input, when: undefined },
          status: 400,
          code: 'validation',
          field: 'when',
        },
        {
          name: 'missing contact',
          method: 'POST',
          url: create,
          body: { ...input, contact: undefined },
          status: 400,
          code: 'validation',
          field: 'contact',
        },
        {
          name: 'name of the wrong type',
          method: 'POST',
          url: create,
          body: { ...input, name: 42 },
          status: 400,
          code: 'validation',
          field: 'name',
          message: /should be text/,
        },
        {
          name: 'contact of the wrong type',
          method: 'POST',
          url: create,
          body: { ...input, contact: 3 },
          status: 400,
          code: 'validation',
          field: 'contact',
          message: /“none”, “little” or “regular”/,
        },
        {
          name: 'unknown contact level',
          method: 'POST',
          url: create,
          body: { ...input, contact: 'sometimes' },
          status: 400,
          code: 'validation',
          field: 'contact',
        },
        {
          name: 'name too long',
          method: 'POST',
          url: create,
          body: { ...input, name: 'x'.repeat(61) },
          status: 400,
          code: 'validation',
          field: 'name',
          message: /60 characters/,
        },
        {
          name: 'unknown field',
          method: 'POST',
          url: create,
          body: { ...input, email: 'sam@example.com' },
          status: 400,
          code: 'validation',
          field: 'email',
        },
        {
          name: 'an array body',
          method: 'POST',
          url: create,
          body: [input],
          status: 400,
          code: 'validation',
          message: /^Send a JSON object/,
        },
        { name: 'a null body', method: 'POST', url: create, body: 'null', status: 400, code: 'validation' },
        {
          name: 'an empty JSON body',
          method: 'POST',
          url: create,
          body: '',
          status: 400,
          code: 'validation',
        },
        { name: 'no body at all', method: 'POST', url: create, status: 400, code: 'validation' },
        {
          name: 'an oversized body',
          method: 'POST',
          url: create,
          body: { ...input, whatHappened: 'x'.repeat(70_000) },
          status: 413,
          code: 'payload-too-large',
          message: /64 KB/,
        },
        {
          name: 'an oversized patch',
          method: 'PATCH',
          url: journeyUrl,
          body: { whatHappened: 'x'.repeat(70_000) },
          status: 413,
          code: 'payload-too-large',
        },
        {
          name: 'plain text',
          method: 'POST',
          url: create,
          body: 'name=Sam',
          headers: { 'content-type': 'text/plain' },
          status: 415,
          code: 'unsupported-media-type',
          message: /application\/json/,
        },
        {
          name: 'a form post',
          method: 'POST',
          url: create,
          body: 'name=Sam',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          status: 415,
          code: 'unsupported-media-type',
        },
        {
          name: 'a blank name in a patch',
          method: 'PATCH',
          url: journeyUrl,
          body: { name: '' },
          status: 400,
          code: 'validation',
          field: 'name',
        },
        {
          name: 'a null field in a patch',
          method: 'PATCH',
          url: journeyUrl,
          body: { when: null },
          status: 400,
          code: 'validation',
          field: 'when',
        },
        {
          name: 'an unknown field in a patch',
          method: 'PATCH',
          url: journeyUrl,
          body: { nmae: 'Alex' },
          status: 400,
          code: 'validation',
          field: 'nmae',
        },
        {
          name: 'an unknown step status',
          method: 'PATCH',
          url: stepUrl('1'),
          body: { status: 'finished' },
          status: 400,
          code: 'validation',
          field: 'status',
        },
        {
          name: 'a missing step status',
          method: 'PATCH',
          url: stepUrl('1'),
          body: {},
          status: 400,
          code: 'validation',
          field: 'status',
          message: /^Add a status/,
        },
        {
          name: 'a step status of the wrong type',
          method: 'PATCH',
          url: stepUrl('1'),
          body: { status: true },
          status: 400,
          code: 'validation',
          field: 'status',
        },
        {
          name: 'an unknown API route',
          method: 'GET',
          url: () => '/api/nope',
          status: 404,
          code: 'not-found',
          message: /no API route GET \/api\/nope/,
        },
        {
          name: 'a POST to an unknown API route',
          method: 'POST',
          url: () => '/api/nope',
          body: input,
          status: 404,
          code: 'not-found',
        },
        {
          name: 'a method the route does not have',
          method: 'PUT',
          url: journeyUrl,
          body: input,
          status: 404,
          code: 'not-found',
        },
        {
          name: 'reading an unknown journey',
          method: 'GET',
          url: () => journeyUrl(UNKNOWN_ID),
          status: 404,
          code: 'not-found',
          message: /couldn’t find that journey/,
        },
        {
          name: 'reading a journey id that is not a UUID',
          method: 'GET',
          url: () => journeyUrl('not-an-id'),
          status: 404,
          code: 'not-found',
        },
        {
          name: 'updating an unknown journey',
          method: 'PATCH',
          url: () => journeyUrl(UNKNOWN_ID),
          body: { name: 'Alex' },
          status: 404,
          code: 'not-found',
        },
        {
          name: 'deleting an unknown journey',
          method: 'DELETE',
          url: () => journeyUrl(UNKNOWN_ID),
          status: 404,
          code: 'not-found',
        },
        {
          name: 'the steps of an unknown journey',
          method: 'GET',
          url: () => `${journeyUrl(UNKNOWN_ID)}/steps`,
          status: 404,
          code: 'not-found',
        },
        {
          name: 'a step of an unknown journey',
          method: 'PATCH',
          url: () => `${journeyUrl(UNKNOWN_ID)}/steps/1`,
          body: { status: 'done' },
          status: 404,
          code: 'not-found',
        },
        {
          name: 'step 11',
          method: 'PATCH',
          url: stepUrl('11'),
          body: { status: 'done' },
          status: 404,
          code: 'not-found',
          message: /^There is no step 11\. The program has steps 1 to 10\.$/,
        },
        {
          name: 'step 0',
          method: 'PATCH',
          url: stepUrl('0'),
          body: { status: 'done' },
          status: 404,
          code: 'not-found',
        },
        {
          name: 'a step that is not a number',
          method: 'PATCH',
          url: stepUrl('abc'),
          body: { status: 'done' },
          status: 404,
          code: 'not-found',
          message: /^There is no such step/,
        },
      ];

      for (const c of cases) {
        it(c.name, async () => {
          const before = await snapshot(app, store);
          const response = await send(app, c.method, c.url(journey.id), c.body, c.headers);
          const message = expectError(response, c.status, c.code, c.field);
          if (c.message !== undefined) expect(message).toMatch(c.message);
          expect(await snapshot(app, store)).toEqual(before);
        });
      }
    });

    it('survives a restart: the journey and its step status are still there', async () => {
      const journey = (await send(app, 'POST', '/api/journeys', input)).json<Journey>();
      await send(app, 'PATCH', `/api/journeys/${journey.id}/steps/1`, { status: 'done' });
      await send(app, 'PATCH', `/api/journeys/${journey.id}/steps/2`, { status: 'started' });
      const before = (await send(app, 'GET', `/api/journeys/${journey.id}`)).json<Journey>();
      await app.close();
      await store.close();

      store = await location.open();
      app = await buildServer({ store, webRoot: NO_WEB_BUILD });
      const after = (await send(app, 'GET', `/api/journeys/${journey.id}`)).json<Journey>();
      expect(after).toEqual(before);
      expect(after.steps.slice(0, 3).map((step) => step.status)).toEqual(['done', 'started', 'not-started']);
      expect((await send(app, 'GET', '/api/journeys')).json()).toEqual({ journeys: [before] });
    });
  });
}
