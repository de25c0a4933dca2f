import type { Rule } from '../rule.js';
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
