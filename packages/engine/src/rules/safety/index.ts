import type { Rule } from '../../rule.js';

export const safetyRules: readonly Rule[] = [];
