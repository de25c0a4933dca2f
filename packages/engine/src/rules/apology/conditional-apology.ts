/**
 * `conditional-apology`: an apology made conditional on the other's feelings ("sorry if you felt
 * hurt"), or one for their reaction instead of the act ("sorry you feel that way", "sorry the photos
 * upset you", "I apologise for any upset"). Schumann 2017; LABELS.md.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { REACTION, REACTION_ADJ } from './apology-words.js';
import { alt, scan, type Pattern, raw } from './lib.js';

const SORRY = raw`(?:sorry|apologi[sz]e|apologi[sz]ing|apologies|apology|regret (?:it|this|that))`;
const R = alt(REACTION);
const RA = alt(REACTION_ADJ);
const YOU_ARE = raw`(?:you|ya)(?:'re| are| were| was|r)?|your`;
const HEALTH = raw`(?:sick|ill|unwell|poorly|rough|under the weather|crap|like crap|awful|terrible|exhausted|tired|lonely|alone)`;
/** Acts named inside "sorry my … hurt you" keep the apology about the act. */
const OWN_ACT = raw`(?:lies|lying|lie|cheating|affair|betrayal|infidelity|drinking|gambling|temper|anger|violence|abuse|behaviou?r|actions|words)`;

/** "sorry if I'm bothering you", "sorry if this is too much to read": politeness, not a hurt. */
const POLITE_IF =
  /\bif (?:i'm|i am|i was|this is|it's|this|that's|i)\s+(?:\w+\s+)?(?:bothering|disturbing|interrupting|pestering|spamming|waking|too much (?:to read|text|info|information|detail)|too long|a lot to read|rambling)\b/;

/** An apology to someone else, offered: "I'll call her and apologise", "I'll apologise to your dad". */
const TO_ANOTHER_BEFORE =
  /\b(?:write|call|ring|phone|speak|talk|go|see|visit|email|text|message)\s+(?:to\s+|round to\s+)?(?:her|him|them|your\s+\w+)(?:\s+myself)?\s+and\s+$/;

const PATTERNS: Pattern[] = [
  // "sorry if you felt hurt", "I apologise if anything I did upset you", "sorry if it looked like…"
  {
    re: new RegExp(
      raw`\b(?:${SORRY}|forgive me)\s*,?\s*(?:(?:so|truly|really|deeply|sincerely|genuinely|very)\s+)?(?:if|whether|in case)\b[^.!?;]{0,80}?\b(?:${R}|(?:you|ya) (?:think|thought|believe|believed|see|saw))\b`,
      'g',
    ),
    question: true,
    check: (m, s) =>
      !POLITE_IF.test(s.text.slice(m.index, m.index + m[0].length + 20)) &&
      // "I'll write to her and apologise, if you think she'd want that": an offer left to them
      !(
        /^apologi/.test(m[0]) &&
        (TO_ANOTHER_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)) ||
          /^apologi[sz]e\s+to\s+(?:her|him|them|your\s+\w+)/.test(m[0]))
      ),
  },
  // "I'm sorry you had to find out that way": sorry for how they learnt it, not for the act
  {
    re: new RegExp(
      raw`\b${SORRY}\s*,?\s*(?:that\s+)?(?:you|ya)\s+(?:had to|have to|'ve had to|ended up having to|got to)\s+(?:find out|hear|learn|see|discover|read)\s+(?:(?:it|that|this|about (?:it|that|this))\s+)?(?:that way|this way|like that|like this|the way you did|how you did|in that way|in such a way)\b`,
      'g',
    ),
    question: true,
  },
  // "sorry you feel that way", "sorry you took it the wrong way", "sorry u got the wrong idea"
  {
    re: new RegExp(
      raw`\b${SORRY}\s*,?\s*(?:that\s+)?(?:you|ya)(?:'re|\s+are|\s+were)?\s+(?:(?:still|ever|might have|may have|must have|have|'ve|obviously|clearly)\s+)?(?:feel|felt|feeling|take|took|taken|taking|see|saw|seen|seeing|view|viewed|reacted|react|reacting|remember|perceived|perceive|interpreted|interpret|read it|got the wrong|get the wrong|thought|think|found|find|misunderstood|misread|misinterpreted|misunderstand)\b(?!\s+(?:${HEALTH})\b)`,
      'g',
    ),
    question: true,
  },
  // "I'm sorry you were offended", "sorry ur mad", "I'm sorry you're still so angry"
  {
    re: new RegExp(
      raw`\b${SORRY}\s*,?\s*(?:that\s+)?(?:${YOU_ARE})\s+(?:(?:still|so|this|that|really|very|ever|all|a bit|feeling|been|getting|got)\s+){0,2}${RA}\b`,
      'g',
    ),
    question: true,
  },
  // "sorry the photos upset you", "I'm sorry my toast offended your family", "sorry that's how you see it"
  {
    re: new RegExp(
      raw`\b${SORRY}\s*,?\s*(?:that\s+)?(?:(?:the|my|your|what|it|this|that|those|these|any|anything|something|how|the way)\b(?![^.!?]{0,40}\bi\b)(?!\s+${OWN_ACT}\b)[^.!?;]{0,50}?\b(?:upset|upsets|offended|offends|hurt|hurts|bothered|embarrassed|annoyed|disappointed|distressed|stung|hard on you|hard for you|difficult for you|made you (?:feel|upset|angry|sad|uncomfortable)|caused you|came across|came out|came off|sounded|seemed|looked|perceived|taken|received|interpreted|misconstrued|got hurt|were hurt|was hurt|got to you|hurts)\b|(?:that's|that is|it's|it is|this is) (?:how|what) (?:you|ya)\b)`,
      'g',
    ),
    question: true,
  },
  // "Sorry it came across like I didn't care"
  {
    re: new RegExp(
      raw`\b${SORRY}\s*,?\s*(?:that\s+)?(?:it|that|this|what i said|what i did|my \w+)\s+(?:came across|came out|came off|sounded|seemed|looked|felt|landed)\b(?:\s+(?:like|as if|as though|wrong|badly|harsh|that way))?`,
      'g',
    ),
    question: true,
  },
  // "I apologise for any upset", "sorry for any hurt caused", "sorry for how it came across"
  {
    re: new RegExp(
      raw`\b(?:${SORRY}\s+for|regret)\s+(?:(?:whatever|anything)\s+(?:i\s+)?(?:may|might|could) have|(?:how|the way) (?:you|ya) (?:feel|felt|took|take|see|saw|reacted)|(?:your|ya) (?:feelings|reaction|hurt feelings|hurt|pain|upset|disappointment)|(?:any|whatever)\s+(?:\w+\s+)?(?:upset|offen[cs]e|hurt|distress|pain|discomfort|misunderstanding|embarrassment|harm|hurt feelings|bad feelings)|(?:how|the way)\s+(?:it|that|this|my \w+|what i said|things)\s+(?:landed|came across|came out|sounded|made you feel|was taken|was received))\b`,
      'g',
    ),
    question: true,
  },
  // "To the extent that I let you down, I am sorry", "I apologise to whatever extent…"
  {
    re: /\b(?:to (?:whatever|the|any|some|what) extent|insofar as|in so far as|inasmuch as)\b(?=[^.!?]{0,120}\b(?:sorry|apologi[sz]e|apologies|regret)\b)|\b(?:sorry|apologi[sz]e|apologies|regret it)\b[^.!?]{0,30}\bto (?:whatever|the|any|some|what) extent\b/g,
    question: true,
  },
  // "If what I said came out wrong, then sorry", "If my long hours made you feel neglected, I am sorry"
  {
    re: new RegExp(
      raw`\b(?:if|should|where)\s[^.!?]{0,100}?\b(?:${R}|caused you|hurt you|upset you|offended you|did (?:anything|something) wrong|was wrong|made a mistake|crossed a line|overstepped)\b[^.!?]{0,70}?(?:,\s*(?:then\s+)?|\s+then\s+)(?:i(?:'m| am)?\s+(?:\w+\s+){0,2}(?:sorry|apologi[sz]e)|i offer (?:\w+\s+){0,2}apologies|i regret it|(?:please\s+|kindly\s+)?forgive me|(?:my\s+)?(?:sincere\s+)?(?:sorry|apologies))\b`,
      'g',
    ),
    question: true,
  },
  // "I appreciate that you found my behaviour upsetting, and for that I apologise"
  {
    re: /\b(?:you found|you feel|you felt|you were|may have|might have|could have|perhaps)\b[^.!?]{0,80}?\bfor (?:it|this|that),?\s+i\s+(?:\w+\s+)?(?:apologi[sz]e|am sorry|'m sorry|regret)/g,
    question: true,
  },
];

const REASON = "Saying sorry 'if' they felt hurt apologises for their reaction, not for what you did.";
const SUGGESTION = "Name the act: 'I'm sorry I <what you did>.'";

/** The conditional apologies in a sentence; `regret` uses them to leave those apologies to this rule. */
export function conditionalHits(s: Sentence): Hit[] {
  return scan(s, PATTERNS, REASON, SUGGESTION);
}

export const conditionalApology: Rule = {
  id: 'conditional-apology',
  kind: 'problem',
  gate: /forgive me|sorry|apolog|regret|extent|insofar|inasmuch/,
  find: conditionalHits,
};
