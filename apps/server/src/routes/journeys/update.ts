import { JourneyPatchSchema, JourneySchema, parseWith } from '@amends/domain';
import type { Route } from '../context.js';
import { JourneyParams } from '../params.js';

export const UpdateJourneyParams = JourneyParams;
export const UpdateJourneyBody = JourneyPatchSchema;
export const UpdateJourneyResponse = JourneySchema;

/** PATCH /api/journeys/:id with any of name, whatHappened, when, contact → Journey. */
export const updateJourney: Route = (app, { journeys }) => {
  app.patch('/api/journeys/:id', async (request) => {
    const { id } = parseWith(UpdateJourneyParams, request.params);
    const body = parseWith(UpdateJourneyBody, request.body);
    return UpdateJourneyResponse.parse(await journeys.updateJourney(id, body));
  });
};
