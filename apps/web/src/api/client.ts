import type { Journey, Situation, Step, StepStatus } from './types';

/** An error the person can read: `message` is written for people, `field` names the input it is about. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(code: string, message: string, status: number, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.field = field;
  }

  /** True when the server could not be reached at all, as opposed to answering with an error. */
  get isNetwork(): boolean {
    return this.code === 'network' || this.code === 'timeout';
  }
}

const NETWORK_MESSAGE =
  'Amends can’t reach its server right now. It runs on this computer: check that it is still running, then try again. Nothing you typed has been lost.';
const TIMEOUT_MESSAGE =
  'Amends is taking too long to answer. Check that it is still running, then try again. Nothing you typed has been lost.';
const UNKNOWN_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

const TIMEOUT_MS = 15_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body['error'] : undefined;
  if (isRecord(error) && typeof error['message'] === 'string') {
    const code = typeof error['code'] === 'string' ? error['code'] : 'error';
    const field = typeof error['field'] === 'string' ? error['field'] : undefined;
    return new ApiError(code, error['message'], status, field);
  }
  if (status === 404)
    return new ApiError('not-found', 'We couldn’t find that. It may have been deleted.', status);
  return new ApiError('error', UNKNOWN_MESSAGE, status);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = {
    method,
    headers: { Accept: 'application/json' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  };
  if (body !== undefined) {
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
    throw new ApiError(timedOut ? 'timeout' : 'network', timedOut ? TIMEOUT_MESSAGE : NETWORK_MESSAGE, 0);
  }

  const parsed = await readJson(response);
  if (!response.ok) {
    // A proxy or a stopped server answers 502/503/504 without our JSON shape: that is "unreachable" too.
    if (parsed === undefined && response.status >= 502 && response.status <= 504) {
      throw new ApiError('network', NETWORK_MESSAGE, response.status);
    }
    throw toApiError(response.status, parsed);
  }
  return parsed as T;
}

const journeyPath = (id: string) => `/journeys/${encodeURIComponent(id)}`;

/** The typed client for the Amends API (`/api`). Every method throws `ApiError` on failure. */
export const api = {
  health: () => request<{ ok: boolean }>('GET', '/health'),

  listJourneys: async (): Promise<Journey[]> =>
    (await request<{ journeys: Journey[] }>('GET', '/journeys')).journeys,

  getJourney: (id: string) => request<Journey>('GET', journeyPath(id)),

  createJourney: (situation: Situation) => request<Journey>('POST', '/journeys', situation),

  updateJourney: (id: string, patch: Partial<Situation>) => request<Journey>('PATCH', journeyPath(id), patch),

  deleteJourney: (id: string) => request<undefined>('DELETE', journeyPath(id)),

  listSteps: async (id: string): Promise<Step[]> =>
    (await request<{ steps: Step[] }>('GET', `${journeyPath(id)}/steps`)).steps,

  setStepStatus: (id: string, number: number, status: StepStatus) =>
    request<Step>('PATCH', `${journeyPath(id)}/steps/${number}`, { status }),
};

export type Api = typeof api;
