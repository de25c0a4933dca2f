import { AppError } from '@amends/domain';
import type { Journey } from '@amends/domain';
import type { TestLocation } from '@amends/store/testing';
import { suiteTitle, testDatabases } from '@amends/store/testing';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from './start.js';
import { startServer } from './start.js';

const NO_WEB_BUILD = '/nonexistent/amends-web-dist';

/** A raw HTTP GET, so the Host header can be anything (fetch would not allow that). */
function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host === undefined ? {} : { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (const database of testDatabases()) {
  describe.skipIf(database.skipReason !== undefined)(suiteTitle(database, 'startServer'), () => {
    let location: TestLocation;
    const running: RunningServer[] = [];
    const start = async () => {
      const server = await startServer({
        port: 0,
        logger: false,
        webRoot: NO_WEB_BUILD,
        ...location.options,
      });
      running.push(server);
      return server;
    };

    beforeEach(async () => {
      location = await database.create();
    });

    afterEach(async () => {
      await Promise.all(running.splice(0).map((server) => server.close()));
      await location.destroy();
    });

    it('listens on 127.0.0.1 on a free port and answers', async () => {
      const server = await start();
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    });

    it('refuses requests addressed to another host name', async () => {
      const server = await start();
      expect((await get(`${server.url}/api/health`, 'attacker.example')).status).toBe(403);
      expect((await get(`${server.url}/api/health`, 'localhost')).status).toBe(200);
    });

    it('keeps journeys and step status across a restart', async () => {
      const first = await start();
      const created = await fetch(`${first.url}/api/journeys`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Sam', whatHappened: 'I lied.', when: 'last spring', contact: 'none' }),
      });
      const journey = (await created.json()) as Journey;
      await fetch(`${first.url}/api/journeys/${journey.id}/steps/1`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'done' }),
      });
      await first.close();

      const second = await start();
      const after = (await (await fetch(`${second.url}/api/journeys/${journey.id}`)).json()) as Journey;
      expect(after.name).toBe('Sam');
      expect(after.steps[0]?.status).toBe('done');
    });

    it('says plainly when the port is taken', async () => {
      const first = await start();
      const port = Number(new URL(first.url).port);
      const error = await startServer({ port, logger: false, ...location.options }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(new RegExp(`Port ${String(port)} is already in use`));
    });
  });
}
