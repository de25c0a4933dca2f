import type { Store } from '@amends/store';
import type { TestLocation } from '@amends/store/testing';
import { testDatabases } from '@amends/store/testing';
import type { FastifyInstance } from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from './server.js';

const INDEX = '<!doctype html><title>Amends</title><script type="module" src="/assets/app-1a2b.js"></script>';

describe('the web app', () => {
  let webRoot: string;
  let location: TestLocation;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'amends-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), INDEX);
    await writeFile(join(webRoot, 'assets', 'app-1a2b.js'), 'console.log("amends");');
    await writeFile(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  afterAll(async () => {
    await rm(webRoot, { recursive: true, force: true });
  });

  beforeEach(async () => {
    const [sqlite] = testDatabases();
    if (sqlite === undefined) throw new Error('SQLite is always tested');
    location = await sqlite.create();
    store = await location.open();
  });

  afterEach(async () => {
    await app.close();
    await store.close();
    await location.destroy();
  });

  describe('when built', () => {
    beforeEach(async () => {
      app = await buildServer({ store, webRoot });
    });

    it('serves index.html at / and revalidates it on every load', async () => {
      const response = await app.inject({ method: 'GET', url: '/' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('serves hashed assets with a long cache and other files with revalidation', async () => {
      const asset = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
      expect(icon.statusCode).toBe(200);
      expect(icon.headers['cache-control']).toBe('no-cache');
    });

    it('answers client-side routes with index.html', async () => {
      for (const url of ['/journeys/123', '/program', '/journeys/123/steps/2?tab=notes']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        expect(response.body, url).toBe(INDEX);
      }
    });

    it('gives a 404 for a missing file, an unknown API route, or a non-GET page', async () => {
      expect((await app.inject({ method: 'GET', url: '/assets/missing-9z.js' })).statusCode).toBe(404);
      const api = await app.inject({ method: 'GET', url: '/api/unknown' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toMatchObject({ error: { code: 'not-found' } });
      expect((await app.inject({ method: 'POST', url: '/journeys', payload: {} })).statusCode).toBe(404);
    });

    it('does not serve files outside the web root', async () => {
      const response = await app.inject({ method: 'GET', url: '/../../../../etc/passwd' });
      expect(response.body).not.toContain('root:');
    });
  });

  describe('when not built', () => {
    beforeEach(async () => {
      app = await buildServer({ store, webRoot: join(webRoot, 'nothing-here') });
    });

    it('says how to build it, on any page', async () => {
      for (const url of ['/', '/journeys/123']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.body).toContain('npm run build');
      }
    });

    it('still serves the API', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ ok: true });
    });
  });
});
