import { z } from 'zod';

/** How much contact there is now between the user and the person the journey is about. */
export const ContactSchema = z.enum(['none', 'little', 'regular'], {
  error: 'Choose where contact stands now: “none”, “little” or “regular”.',
});
export type Contact = z.infer<typeof ContactSchema>;

export const StepStatusSchema = z.enum(['not-started', 'started', 'done'], {
  error: 'Choose a status: “not-started”, “started” or “done”.',
});
export type StepStatus = z.infer<typeof StepStatusSchema>;

export const STEP_COUNT = 10;

export const NAME_MAX = 60;
export const WHAT_HAPPENED_MAX = 5000;
export const WHEN_MAX = 100;

/** A text field that is trimmed, required and limited, with messages in the product's voice. */
function text(options: { missing: string; wrongType: string; tooLong: string; max: number }) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? options.missing : options.wrongType) })
    .trim()
    .min(1, { error: options.missing })
    .max(options.max, { error: options.tooLong });
}

const name = text({
  missing: 'Add a name — a first name or nickname is enough.',
  wrongType: 'The name should be text — a first name or nickname is enough.',
  tooLong: `Keep the name to ${NAME_MAX} characters or fewer — a first name or nickname is enough.`,
  max: NAME_MAX,
});

const whatHappened = text({
  missing: 'Describe what happened, in your own words. A few sentences are enough to start.',
  wrongType: 'What happened should be text, in your own words.',
  tooLong: `Keep what happened to ${WHAT_HAPPENED_MAX} characters or fewer. You can add more detail later in the program.`,
  max: WHAT_HAPPENED_MAX,
});

const when = text({
  missing: 'Say roughly when it happened — something like “last spring” is fine.',
  wrongType: 'When it happened should be text — something like “last spring” is fine.',
  tooLong: `Keep when it happened to ${WHEN_MAX} characters or fewer — something like “last spring” is fine.`,
  max: WHEN_MAX,
});

const inputObject = (fields: string) => ({
  error: (issue: { code: string }) =>
    issue.code === 'unrecognized_keys'
      ? `That field isn’t part of a journey. Send only ${fields}.`
      : `Send a JSON object with ${fields}.`,
});

const JOURNEY_FIELDS = 'name, whatHappened, when and contact';

/** What the user tells the app when starting a journey. Unknown fields are rejected, not ignored. */
export const JourneyInputSchema = z.strictObject(
  { name, whatHappened, when, contact: ContactSchema },
  inputObject(JOURNEY_FIELDS),
);
export type JourneyInput = z.infer<typeof JourneyInputSchema>;

/** A change to a journey: any of its fields; the ones left out stay as they are. */
export const JourneyPatchSchema = z.strictObject(
  {
    name: name.optional(),
    whatHappened: whatHappened.optional(),
    when: when.optional(),
    contact: ContactSchema.optional(),
  },
  inputObject(`any of ${JOURNEY_FIELDS.replace(' and ', ' or ')}`),
);
export type JourneyPatch = z.infer<typeof JourneyPatchSchema>;

export const StepStatusInputSchema = z.strictObject(
  {
    status: z.enum(['not-started', 'started', 'done'], {
      error: (issue) =>
        issue.input === undefined
          ? 'Add a status: “not-started”, “started” or “done”.'
          : 'Choose a status: “not-started”, “started” or “done”.',
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'Send only a status: “not-started”, “started” or “done”.'
        : 'Send a JSON object with a status: “not-started”, “started” or “done”.',
  },
);
export type StepStatusInput = z.infer<typeof StepStatusInputSchema>;

const timestamp = z.iso.datetime();

/** One step of the program with where the user stands on it. */
export const StepSchema = z.object({
  number: z.int().min(1).max(STEP_COUNT),
  key: z.string(),
  title: z.string(),
  summary: z.string(),
  basis: z.string(),
  status: StepStatusSchema,
  startedAt: timestamp.nullable(),
  completedAt: timestamp.nullable(),
});
export type Step = z.infer<typeof StepSchema>;

/** A journey: the situation the user described, and their progress through the ten steps. */
export const JourneySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  whatHappened: z.string(),
  when: z.string(),
  contact: ContactSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  steps: z.array(StepSchema),
});
export type Journey = z.infer<typeof JourneySchema>;
