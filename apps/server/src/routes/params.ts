import { z } from 'zod';

/** `/api/journeys/:id`. Any string: an id that doesn't exist is a 404 from the domain, not a 400. */
export const JourneyParams = z.object({ id: z.string() });

/** `/api/journeys/:id/steps/:number`. A number that isn't a step (`abc`, `11`) is a 404 from the domain. */
export const StepParams = z.object({
  id: z.string(),
  number: z.string().transform((raw) => (/^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN)),
});
