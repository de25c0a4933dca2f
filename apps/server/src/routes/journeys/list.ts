import { JourneySchema } from '@amends/domain';
import { z } from 'zod';
import type { Route } from '../context.js';

export const ListJourneysResponse = z.object({ journeys: z.array(JourneySchema) });

/** GET /api/journeys → {journeys: Journey[]}, newest first. */
export const listJourneys: Route = (app, { journeys }) => {
  app.get('/api/journeys', async () =>
    ListJourneysResponse.parse({ journeys: await journeys.listJourneys() }),
  );
};
