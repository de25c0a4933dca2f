import type { Rule } from '../../rule.js';
import { reopenResolved } from './reopen-resolved.js';
import { boundary } from './boundary.js';
import { evasivePassive } from './evasive-passive.js';
import { minimizing } from './minimizing.js';
import { criticism } from './criticism.js';
import { blameShift } from './blame-shift.js';
import { excuse } from './excuse.js';

export const accountabilityRules: readonly Rule[] = [
  excuse,
  blameShift,
  minimizing,
  evasivePassive,
  criticism,
  reopenResolved,
  boundary,
];
