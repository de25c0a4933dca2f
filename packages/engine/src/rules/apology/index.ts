import type { Rule } from '../../rule.js';

export const apologyRules: readonly Rule[] = [];
