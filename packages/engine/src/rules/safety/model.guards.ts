import type { Sentence } from '../../analysis.js';
import type { ModelLabel } from './model.js';
import { presentRisk } from './self-harm.js';

/**
 * Guards the learned model shares with the patterns, beyond its own (model.ts `eligible`): the same
 * in training (scripts/train.ts) and in the check, so the model learns only from what it will read.
 */
export const MODEL_GUARDS: Record<ModelLabel, (sentence: Sentence) => boolean> = {
  'self-harm': presentRisk,
  threat: () => true,
};
