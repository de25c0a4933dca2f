import type { Rule } from '../../rule.js';
import { pressure } from './pressure.js';
import { respectsPace } from './respects-pace.js';

export const pressureRules: readonly Rule[] = [pressure, respectsPace];
