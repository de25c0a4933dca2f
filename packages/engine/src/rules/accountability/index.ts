import type { Rule } from '../../rule.js';
import { blameShift } from './blame-shift.js';
import { excuse } from './excuse.js';

export const accountabilityRules: readonly Rule[] = [excuse, blameShift];
