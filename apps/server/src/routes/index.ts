import type { Route } from './context.js';
import { health } from './health.js';
import { createJourney } from './journeys/create.js';
import { deleteJourney } from './journeys/delete.js';
import { getJourney } from './journeys/get.js';
import { listJourneys } from './journeys/list.js';
import { updateJourney } from './journeys/update.js';
import { listSteps } from './steps/list.js';
import { updateStep } from './steps/update.js';

export type { Route, RouteContext } from './context.js';

/** Every API route, each under /api. */
export const API_ROUTES: readonly Route[] = [
  health,
  createJourney,
  listJourneys,
  getJourney,
  updateJourney,
  deleteJourney,
  listSteps,
  updateStep,
];
