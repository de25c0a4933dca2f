// The API contract as the web app sees it. Defined here (not imported from the domain) so the
// browser bundle never pulls in server-side code.

export type Contact = 'none' | 'little' | 'regular';

export type StepStatus = 'not-started' | 'started' | 'done';

export interface Step {
  number: number;
  key: string;
  title: string;
  summary: string;
  basis: string;
  status: StepStatus;
  startedAt: string | null;
  completedAt: string | null;
}

export interface Journey {
  id: string;
  name: string;
  whatHappened: string;
  when: string;
  contact: Contact;
  createdAt: string;
  updatedAt: string;
  steps: Step[];
}

/** What the person tells us about their situation; the body of POST /api/journeys. */
export interface Situation {
  name: string;
  whatHappened: string;
  when: string;
  contact: Contact;
}

export type SituationField = keyof Situation;

export const situationFields: readonly SituationField[] = ['name', 'whatHappened', 'when', 'contact'];

export function isSituationField(value: unknown): value is SituationField {
  return typeof value === 'string' && (situationFields as readonly string[]).includes(value);
}
