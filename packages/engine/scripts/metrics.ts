/** Message-level precision, recall and F1 per rule, as LABELS.md defines the evaluation. */
import { check, RULE_INFO, type RuleId } from '../src/index.js';
import type { LabelledMessage } from './corpus.js';
import { fnv1a } from '../src/hash.js';

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Outcome {
  message: LabelledMessage;
  predicted: Set<RuleId>;
}

export const RULE_IDS: readonly RuleId[] = RULE_INFO.map((r) => r.id);

export function run(messages: readonly LabelledMessage[]): Outcome[] {
  return messages.map((message) => ({
    message,
    predicted: new Set(check(message.text, message.context).findings.map((f) => f.ruleId)),
  }));
}

export function score(outcomes: readonly Outcome[]): Map<RuleId, RuleScore> {
  const scores = new Map<RuleId, RuleScore>();
  for (const id of RULE_IDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { message, predicted } of outcomes) {
      const labelled = message.labels.includes(id);
      const found = predicted.has(id);
      if (labelled && found) tp++;
      else if (found) fp++;
      else if (labelled) fn++;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    scores.set(id, { tp, fp, fn, precision, recall, f1 });
  }
  return scores;
}

/** A message of a blind set: written from LABELS.md by someone who never saw the rules. */
export function isBlind(id: string): boolean {
  return id.startsWith('blind-');
}

/**
 * A fixed 30% of messages, chosen by a hash of the id, held out from tuning; and every message of a
 * blind set (ids `blind-…`, written from LABELS.md by someone who never saw the rules), whose errors
 * are never listed.
 */
export function inHoldout(id: string): boolean {
  if (isBlind(id)) return true;
  return fnv1a(id) % 10 < 3;
}
