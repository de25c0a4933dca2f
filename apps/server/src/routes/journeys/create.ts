import { JourneyInputSchema, JourneySchema, parseWith } from '@amends/domain';
import type { Route } from '../context.js';

export const CreateJourneyBody = JourneyInputSchema;
export const CreateJourneyResponse = JourneySchema;

/** POST /api/journeys → 201 Journey, with its ten steps not started. */
export const createJourney: Route = (app, { journeys }) => {
  app.post('/api/journeys', async (request, reply) => {
    const body = parseWith(CreateJourneyBody, request.body);
    const journey = await journeys.createJourney(body);
    return reply.code(201).send(CreateJourneyResponse.parse(journey));
  });
};
