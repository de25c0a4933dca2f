import type { Rule } from '../../rule.js';

export const pressureRules: readonly Rule[] = [];
