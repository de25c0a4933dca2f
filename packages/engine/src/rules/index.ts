import type { Rule } from '../rule.js';
// The order of the imports here and in the rule files is the order of the modules in the browser
// bundle, chosen so that files with similar word lists sit close together and gzip finds the repeats
// (-2.2 KB). Safety comes last: pressure already pulls in the threat and self-harm tables, next to
// its own (-0.6 KB). The order in which the rules run is that of the arrays, not of the imports.
import { accountabilityRules } from './accountability/index.js';
import { apologyRules } from './apology/index.js';
import { pressureRules } from './pressure/index.js';
import { safetyRules } from './safety/index.js';

/** Every rule of the message check: safety first, then problems, then strengths. */
export const RULES: readonly Rule[] = [
  ...safetyRules,
  ...pressureRules,
  ...accountabilityRules,
  ...apologyRules,
];
