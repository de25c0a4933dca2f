/**
 * `boundary`: touches a topic or act the recipient asked the writer to avoid (`context.avoidTopics`,
 * in the recipient's words: "my family" is their family, so "your mum" touches it and "my mum" does
 * not; LABELS decision 7). A promise to keep away covers its own clause ("I won't contact your
 * friends"), not a later one ("I know you asked me not to, and I went to your parents' anyway").
 * Without avoid-topics this rule never fires.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { prepareTopic, promiseEnd, touches, touchesFrom } from './topics.js';

export const boundary: Rule = {
  id: 'boundary',
  kind: 'problem',
  find(s: Sentence, context: RuleContext): Hit[] {
    const hits: Hit[] = [];
    for (const raw of context.avoidTopics) {
      const topic = prepareTopic(raw, 'recipient');
      let span = touches(s, topic);
      if (!span) continue;
      const kept = promiseEnd(s);
      if (kept !== undefined && span[0] < kept) span = touchesFrom(s, topic, kept);
      if (!span) continue;
      hits.push({
        start: span[0],
        end: span[1],
        reason: `This touches "${topic.label}", which they asked you to leave alone.`,
        suggestion: 'Take this part out. Keeping to what they asked is part of rebuilding trust.',
      });
      break;
    }
    return hits;
  },
};
