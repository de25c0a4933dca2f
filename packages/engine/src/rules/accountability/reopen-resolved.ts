/**
 * `reopen-resolved`: brings back a topic the user marked as resolved (`context.resolvedTopics`).
 * Promising to leave it closed without raising it is not reopening (LABELS decision 8); "I know we
 * said it's done, but…" is, and so is raising it in a later clause. Without resolved topics this
 * rule never fires.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { closureEnd, prepareTopic, touches, touchesFrom } from './topics.js';

export const reopenResolved: Rule = {
  id: 'reopen-resolved',
  kind: 'problem',
  find(s: Sentence, context: RuleContext): Hit[] {
    const hits: Hit[] = [];
    for (const raw of context.resolvedTopics) {
      const topic = prepareTopic(raw, 'writer');
      let span = touches(s, topic);
      if (!span) continue;
      const closed = closureEnd(s);
      if (closed !== undefined && span[0] < closed) span = touchesFrom(s, topic, closed);
      if (!span) continue;
      hits.push({
        start: span[0],
        end: span[1],
        reason: `This brings back "${topic.label}", which you both marked as settled.`,
        suggestion:
          'Leave it where you both put it. If it still weighs on you, write it down for yourself instead.',
      });
      break;
    }
    return hits;
  },
};
