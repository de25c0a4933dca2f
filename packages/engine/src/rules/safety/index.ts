import type { Rule } from '../../rule.js';
import { selfHarm } from './self-harm.js';
import { threat } from './threat.js';

export const safetyRules: readonly Rule[] = [selfHarm, threat];
