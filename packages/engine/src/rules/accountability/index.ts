import type { Rule } from '../../rule.js';

export const accountabilityRules: readonly Rule[] = [];
