import { JourneySchema, parseWith } from '@amends/domain';
import type { Route } from '../context.js';
import { JourneyParams } from '../params.js';

export const GetJourneyParams = JourneyParams;
export const GetJourneyResponse = JourneySchema;

/** GET /api/journeys/:id → Journey, or 404. */
export const getJourney: Route = (app, { journeys }) => {
  app.get('/api/journeys/:id', async (request) => {
    const { id } = parseWith(GetJourneyParams, request.params);
    return GetJourneyResponse.parse(await journeys.getJourney(id));
  });
};
