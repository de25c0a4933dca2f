/**
 * `reopen-resolved`: brings back a topic the user marked as resolved (`context.resolvedTopics`).
 * Promising to leave it closed without raising it is not reopening (LABELS decision 8); "I know we
 * said it's done, but…" is, and so is raising it in a later clause. Without resolved topics this
 * rule never fires.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule, RuleContext } from '../../rule.js';
import { closureEnd, prepareTopic, touches, touchesFrom } from './topics.js';

/**
 * "I know we agreed not to go over it again, but…", "I'm not trying to reopen anything, but…": the
 * settled subject named only as "it", then raised anyway (decision 8: raising it while promising not to).
 */
const SETTLED_BUT =
  /\b(?:(?:we|you|u)\s+(?:(?:both|all)\s+)?(?:agreed|said|promised|decided)\s+(?:not to|we wouldn't|we would not|never to|to stop)\s+(?:go over|going over|bring up|bringing up|talk about|talking about|discuss|mention|raise|revisit|rehash|go back over|go into|get into)\s+(?:it|this|that|him|her|them|the subject|the topic)(?:\s+(?:again|any more|anymore))?|(?:not|never)\s+(?:trying|going|here|wanting|looking)\s+to\s+(?:reopen|re-open|rehash|dig up|drag up|bring up|go over|go back over|relitigate)\s+(?:anything|old stuff|the past|it|this|that|old wounds|things)(?:\s+again)?|i know\s+(?:it's|it is|this is|that's|that is|(?:he|she|they)(?:'s| is| are))\s+(?:all\s+|long\s+)?(?:settled|done|closed|behind us|off the table|old news|in the past|water under the bridge|dealt with))[^.?!]{0,6}?,?\s+(?:but|though|however|yet)\b/;

/** Greetings that name the people of a settled event without bringing it back: "Merry Christmas to you and your folks". */
const GREETING =
  /\b(?:merry|happy|season's greetings|wishing you|best wishes|love to|hi to|hello to|say hi|say hello|give my love|send my love|regards to)\b/;
const GREETED_BEFORE = /(?:\b(?:to|and)\s+(?:you\s+and\s+)?|\b(?:merry|happy)\s+)$/;
/** A trip still ahead names the place but not the settled past there: "a work trip to Lisbon next month". */
const OTHER_TRIP =
  /\b(?:work|business|school|uni|team)\s+trip\b|\bconference\b|\b(?:trip|flight|flying|holiday|away)\b[^.?!]{0,40}?\b(?:next|this coming)\s+(?:week|month|year|summer|spring|autumn|winter|weekend)\b|\b(?:next|this coming)\s+(?:week|month|year|summer|spring|autumn|winter|weekend)\b[^.?!]{0,40}?\b(?:trip|flight|flying|holiday|away)\b/;
const BACK_THEN =
  /\b(?:still|again|back then|that (?:trip|time|week|night|weekend)|what happened|last time)\b/;

/** The span starts with one of the topic's names (a place, a person), not its concept words. */
function isName(topic: ReturnType<typeof prepareTopic>, text: string, at: number): boolean {
  return topic.names.some((n) => {
    n.re.lastIndex = 0;
    const m = n.re.exec(text.slice(at));
    return m?.index === 0;
  });
}

function settledBut(s: Sentence): readonly [number, number] | undefined {
  const m = SETTLED_BUT.exec(s.text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

export const reopenResolved: Rule = {
  id: 'reopen-resolved',
  kind: 'problem',
  find(s: Sentence, context: RuleContext): Hit[] {
    const hits: Hit[] = [];
    for (const raw of context.resolvedTopics) {
      const topic = prepareTopic(raw, 'writer');
      let span = touches(s, topic);
      if (span) {
        const closed = closureEnd(s);
        if (closed !== undefined && span[0] < closed) span = touchesFrom(s, topic, closed);
      }
      if (
        span &&
        GREETING.test(s.text) &&
        GREETED_BEFORE.test(s.text.slice(Math.max(0, span[0] - 20), span[0]))
      )
        span = undefined;
      if (span && OTHER_TRIP.test(s.text) && !BACK_THEN.test(s.text) && isName(topic, s.text, span[0]))
        span = undefined;
      span ??= settledBut(s);
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
