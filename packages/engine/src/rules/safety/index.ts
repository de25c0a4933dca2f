import type { Rule } from '../../rule.js';
import { modelHit, unpack, type ModelLabel, type SafetyModel } from './model.js';
import { SELF_HARM_WEIGHTS, THREAT_WEIGHTS } from './model.weights.js';
import { modelMayRead, patternsOf } from './model.guards.js';
import { selfHarm, SELF_HARM_SUGGESTION } from './self-harm.js';
import { threat } from './threat.js';

/** What a model finding says: the model is less sure than a pattern, and says so. */
const MODEL_VOICE = {
  'self-harm': {
    reason: 'These words may mean you are thinking about not being here, or about hurting yourself.',
    suggestion: SELF_HARM_SUGGESTION,
  },
  threat: {
    reason: 'This may read to them as a warning or a threat, even if you do not mean it as one.',
    suggestion:
      'Read it as they will. If it could frighten them, take it out. If things feel out of control, you can call or text 988 (US) or Samaritans on 116 123 (UK and Ireland).',
  },
} as const;

/**
 * A safety rule with the learned model behind it: the patterns speak first (behind their gate, in
 * model.guards.ts `patternsOf`); where they find nothing in a sentence, the model (model.ts) reads
 * it, where model.guards.ts `modelMayRead` lets it. The wrapper has no gate of its own, since the
 * model reads every sentence.
 */
export function withModel(rule: Rule & { id: ModelLabel }, model: SafetyModel): Rule {
  const voice = MODEL_VOICE[rule.id];
  const { gate: _gate, ...rest } = rule;
  return {
    ...rest,
    find(sentence, context) {
      const { hits, vetoed } = patternsOf(rule.id, sentence, context);
      if (hits.length > 0) return hits;
      const hit = modelHit(model, sentence, voice, (s) => modelMayRead(rule.id, s, context, vetoed));
      return hit ? [hit] : [];
    },
  };
}

export const safetyRules: readonly Rule[] = [
  withModel(selfHarm as Rule & { id: 'self-harm' }, unpack(SELF_HARM_WEIGHTS)),
  withModel(threat as Rule & { id: 'threat' }, unpack(THREAT_WEIGHTS)),
];
