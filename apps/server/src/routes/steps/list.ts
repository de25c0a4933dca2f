import { parseWith, StepSchema } from '@amends/domain';
import { z } from 'zod';
import type { Route } from '../context.js';
import { JourneyParams } from '../params.js';

export const ListStepsParams = JourneyParams;
export const ListStepsResponse = z.object({ steps: z.array(StepSchema) });

/** GET /api/journeys/:id/steps → {steps: Step[]}, steps 1 to 10 in order. */
export const listSteps: Route = (app, { journeys }) => {
  app.get('/api/journeys/:id/steps', async (request) => {
    const { id } = parseWith(ListStepsParams, request.params);
    return ListStepsResponse.parse({ steps: await journeys.listSteps(id) });
  });
};
