import { parseWith } from '@amends/domain';
import type { Route } from '../context.js';
import { JourneyParams } from '../params.js';

export const DeleteJourneyParams = JourneyParams;

/** DELETE /api/journeys/:id → 204, the journey and its steps gone; 404 if there was none. */
export const deleteJourney: Route = (app, { journeys }) => {
  app.delete('/api/journeys/:id', async (request, reply) => {
    const { id } = parseWith(DeleteJourneyParams, request.params);
    await journeys.deleteJourney(id);
    return reply.code(204).send();
  });
};
