import type { Rule } from '../../rule.js';
import { regret } from './regret.js';
import { conditionalApology } from './conditional-apology.js';
import { responsibility } from './responsibility.js';
import { impact } from './impact.js';
import { repair } from './repair.js';
import { commitment } from './commitment.js';

/** The apology family: the conditional apology (a problem) and the elements of an apology (strengths). */
export const apologyRules: readonly Rule[] = [
  conditionalApology,
  regret,
  responsibility,
  impact,
  repair,
  commitment,
];
