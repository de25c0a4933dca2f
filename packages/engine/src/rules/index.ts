import type { Rule } from '../rule.js';

/** Every rule of the message check, in the order their findings are reported within a sentence. */
export const RULES: readonly Rule[] = [];
