import type { Rule } from '../../rule.js';
import { blameShift } from './blame-shift.js';
import { boundary } from './boundary.js';
import { criticism } from './criticism.js';
import { evasivePassive } from './evasive-passive.js';
import { excuse } from './excuse.js';
import { minimizing } from './minimizing.js';
import { reopenResolved } from './reopen-resolved.js';

export const accountabilityRules: readonly Rule[] = [
  excuse,
  blameShift,
  minimizing,
  evasivePassive,
  criticism,
  reopenResolved,
  boundary,
];
