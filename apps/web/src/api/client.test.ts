import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from './client';

function respond(status: number, body?: unknown, raw?: string) {
  const text = raw ?? (body === undefined ? '' : JSON.stringify(body));
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(status === 204 ? null : text, { status }))),
  );
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('sends JSON and returns the parsed body', async () => {
    const fetch = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ number: 3, status: 'done' }), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetch);
    await expect(api.setStepStatus('j 1', 3, 'done')).resolves.toMatchObject({ number: 3, status: 'done' });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/journeys/j%201/steps/3');
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"status":"done"}');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('keeps the message and field of a JSON error, for the person to read', async () => {
    respond(400, { error: { code: 'validation', message: 'Add a name.', field: 'name' } });
    const error = await failure(
      api.createJourney({ name: '', whatHappened: 'x', when: 'y', contact: 'none' }),
    );
    expect(error).toMatchObject({ code: 'validation', message: 'Add a name.', field: 'name', status: 400 });
    expect(error.isNetwork).toBe(false);
  });

  it('turns a failed connection into a warm "can’t reach" message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await failure(api.listJourneys());
    expect(error.isNetwork).toBe(true);
    expect(error.message).toMatch(/can’t reach its server/);
    expect(error.message).toMatch(/Nothing you typed has been lost/);
  });

  it('treats a gateway error without our JSON as unreachable', async () => {
    respond(502, undefined, '<html>Bad gateway</html>');
    expect((await failure(api.health())).isNetwork).toBe(true);
  });

  it('gives a plain message when an error has no readable body', async () => {
    respond(500, undefined, 'oops');
    const error = await failure(api.health());
    expect(error).toMatchObject({ code: 'error', status: 500 });
    expect(error.message).toMatch(/try again/i);
  });

  it('resolves a 204 to nothing', async () => {
    respond(204);
    await expect(api.deleteJourney('abc')).resolves.toBeUndefined();
  });
});
