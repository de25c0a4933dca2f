import type { Store } from '@amends/store';
import type { TestLocation } from '@amends/store/testing';
import { testDatabases } from '@amends/store/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from './server.js';

const NO_WEB_BUILD = '/nonexistent/amends-web-dist';
const input = { name: 'Sam', whatHappened: 'SECRET-BODY-TEXT', when: 'last spring', contact: 'little' };

describe('security and logging', () => {
  let location: TestLocation;
  let store: Store;
  const apps: FastifyInstance[] = [];
  const build = async (options: Omit<Parameters<typeof buildServer>[0], 'store'> = {}) => {
    const app = await buildServer({ store, webRoot: NO_WEB_BUILD, ...options });
    apps.push(app);
    return app;
  };

  beforeEach(async () => {
    const [sqlite] = testDatabases();
    if (sqlite === undefined) throw new Error('SQLite is always tested');
    location = await sqlite.create();
    store = await location.open();
  });

  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
    await store.close();
    await location.destroy();
  });

  it('sends a strict Content-Security-Policy and the other helmet headers', async () => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers only loopback Host names when told to (DNS-rebinding defence), and changes nothing', async () => {
    const app = await build({ allowedHosts: ['localhost', '127.0.0.1', '[::1]'] });
    const post = (host: string) =>
      app.inject({ method: 'POST', url: '/api/journeys', payload: input, headers: { host } });

    const refused = await post('evil.example:4320');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
    expect(await store.journeys.listJourneys()).toEqual([]);

    const pageRefused = await app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example' } });
    expect(pageRefused.statusCode).toBe(403);

    for (const host of ['localhost:4320', '127.0.0.1:4320', '[::1]:4320', 'LOCALHOST']) {
      expect((await post(host)).statusCode, host).toBe(201);
    }
  });

  it('answers every Host when no list is given (behind a proxy)', async () => {
    const app = await build();
    const response = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { host: 'amends.example.org' },
    });
    expect(response.statusCode).toBe(200);
  });

  it('logs method, path, status and time, never bodies, query strings or cookies', async () => {
    const lines: string[] = [];
    const app = await build({ logger: { stream: { write: (line) => lines.push(line) } } });
    await app.inject({
      method: 'POST',
      url: '/api/journeys?token=SECRET-QUERY',
      payload: input,
      headers: { cookie: 'session=SECRET-COOKIE', authorization: 'Bearer SECRET-AUTH' },
    });
    await app.inject({ method: 'POST', url: '/api/journeys', payload: { ...input, name: 42 } });

    const log = lines.join('');
    for (const secret of ['SECRET-BODY-TEXT', 'SECRET-QUERY', 'SECRET-COOKIE', 'SECRET-AUTH']) {
      expect(log).not.toContain(secret);
    }
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const completed = entries.filter((entry) => entry['msg'] === 'request completed');
    expect(completed).toHaveLength(2);
    expect(completed[0]).toMatchObject({ method: 'POST', url: '/api/journeys', statusCode: 201 });
    expect(completed[1]).toMatchObject({ statusCode: 400 });
    expect(typeof completed[0]?.['responseTimeMs']).toBe('number');
  });

  it('turns an unexpected failure into a 500 that leaks nothing, and logs it', async () => {
    const lines: string[] = [];
    const broken: Store = {
      ...store,
      journeys: {
        ...store.journeys,
        listJourneys: () => Promise.reject(new Error('SQLITE_CORRUPT at /home/someone/.local/share/amends')),
      },
    };
    const app = await buildServer({
      store: broken,
      webRoot: NO_WEB_BUILD,
      logger: { stream: { write: (line) => lines.push(line) } },
    });
    apps.push(app);
    const response = await app.inject({ method: 'GET', url: '/api/journeys' });
    expect(response.statusCode).toBe(500);
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toMatch(/^Something went wrong inside Amends/);
    expect(response.body).not.toMatch(/SQLITE|someone|stack/);
    expect(lines.join('')).toContain('SQLITE_CORRUPT');
  });
});
