import { parseWith, StepSchema, StepStatusInputSchema } from '@amends/domain';
import type { Route } from '../context.js';
import { StepParams } from '../params.js';

export const UpdateStepParams = StepParams;
export const UpdateStepBody = StepStatusInputSchema;
export const UpdateStepResponse = StepSchema;

/** PATCH /api/journeys/:id/steps/:number with {status} → Step. */
export const updateStep: Route = (app, { journeys }) => {
  app.patch('/api/journeys/:id/steps/:number', async (request) => {
    const { id, number } = parseWith(UpdateStepParams, request.params);
    const body = parseWith(UpdateStepBody, request.body);
    return UpdateStepResponse.parse(await journeys.setStepStatus(id, number, body));
  });
};
