export { APP_ERROR_CODES, AppError, isAppError } from './errors.js';
export type { AppErrorCode, AppErrorJson } from './errors.js';
export { systemClock } from './clock.js';
export type { Clock } from './clock.js';
export { parseWith } from './validation.js';
export { PROGRAM_STEPS, programStep } from './program/steps.js';
export type { ProgramStep } from './program/steps.js';
export {
  ContactSchema,
  JourneyInputSchema,
  JourneyPatchSchema,
  JourneySchema,
  NAME_MAX,
  STEP_COUNT,
  StepSchema,
  StepStatusInputSchema,
  StepStatusSchema,
  WHAT_HAPPENED_MAX,
  WHEN_MAX,
} from './journey/schema.js';
export type {
  Contact,
  Journey,
  JourneyInput,
  JourneyPatch,
  Step,
  StepStatus,
  StepStatusInput,
} from './journey/schema.js';
export type {
  JourneyChanges,
  JourneyRecord,
  JourneyRepository,
  Repositories,
  StepRecord,
  StepRepository,
  UnitOfWork,
} from './journey/repository.js';
export { createJourneyService, withStatus } from './journey/service.js';
export type { JourneyService, JourneyServiceOptions } from './journey/service.js';
