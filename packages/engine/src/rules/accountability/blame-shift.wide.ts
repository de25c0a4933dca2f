/**
 * Wider families of the `blame-shift` rule, composed from word classes: another person's advice or
 * word as the reason ("your sister told me to check your emails", "he said it'd be fine"), "it's on
 * you too", "your X wasn't exactly helping", "you knew how I'd react and you still…", others in the
 * writer's ear, "what was I supposed to think" after their act, "if you'd just…, none of this would
 * have happened", and "don't act like you're innocent".
 */
import { keys, type Pattern } from './lib.js';

const YOU = String.raw`(?:you|u|ya)`;
const OTHERS = String.raw`(?:friends?|mates?|lads|boys|girls|sister|brother|mum|mom|mother|dad|father|family|ex|boss|colleagues?|coworkers?|cousin|aunt|uncle|best friend|bestie|bff|flatmate|roommate)`;

/** A cause or an act of the writer after the other's word: "…so I went", "…and he practically paid". */
const THEN_ACT =
  /\b(?:so i|and i|that's why|which is why|so that's why|(?:he|she|they) (?:practically|basically|literally|pretty much)|it was (?:his|her|their) idea|blame (?:him|her|them)|take it up with)\b/;

/** What the writer did on another's word when it moves the blame: snooping, lying, the act. */
const SNOOP_ACT = String.raw`(?:check|read|look (?:at|through)|go through|search|track|follow|lie|hide|keep (?:it|this|that) from|not tell|block|ignore|leave|do it|do that|say (?:it|that)|delete|spy|confront|take)`;

export const WIDE_PATTERNS: readonly Pattern[] = [
  // Another's advice: "your sister is the one who told me to check your emails", "my mate told me to do it"
  {
    keys: keys('told said suggested advised'),
    re: new RegExp(
      String.raw`\b(?:my|your|ur|his|her|the)\s+(?:\w+\s+)?${OTHERS}\s+(?:(?:is|was)\s+the\s+one\s+(?:who|that)\s+)?(?:literally\s+|basically\s+|actually\s+|even\s+)?(?:told|suggested|advised)\s+(?:me\s+)?(?:to\s+${SNOOP_ACT}|i\s+should\s+${SNOOP_ACT})\b`,
      'g',
    ),
    negation: false,
    skipReported: false,
  },
  // Another's word that it was fine: "Danny said it would be fine and he practically bought them"
  {
    keys: keys('said told'),
    also: keys('fine ok okay alright harmless problem deal'),
    re: /\b(?:said|told me|swore|promised me)\s+(?:that\s+)?(?:it|that|this)\s*(?:'d|would|was going to|was|'s|is)\s+(?:totally\s+|completely\s+)?(?:be\s+)?(?:fine|ok|okay|alright|all right|harmless|no problem|no big deal)\b/g,
    negation: false,
    skipReported: false,
    accept: (m, s) => {
      const before = s.text.slice(Math.max(0, m.index - 25), m.index);
      // The writer's own word ("I said it would be fine") or theirs ("you said it was okay") is not a third party.
      if (/\b(?:i|you|u|we)\s+(?:\w+\s+)?$/.test(before)) return false;
      return THEN_ACT.test(s.text);
    },
  },
  // "What happened is on you too", "some of this is on you", "that part is on you as well"
  {
    keys: keys('on'),
    re: /\b(?:what happened|this|that|it|some of (?:this|it|that)|part of (?:this|it|that)|half of (?:this|it|that)|a lot of (?:this|it|that)|that part|the rest)\s+(?:is|was|'s)\s+(?:(?:also|partly|just as much|as much|equally)\s+)?on\s+(?:you|u)\b(?!\s+(?:to|whether|if|now|from here)\b)/g,
    accept: (m, s) =>
      /^(?:what happened|some|part|half|a lot)|(?:also|partly|as much|equally)\s+on/.test(m[0]) ||
      /^\s*(?:too|as well|as much as me|just as much|also)\b/.test(s.text.slice(m.index + m[0].length)),
  },
  // "Your spending wasn't exactly helping either", "you didn't exactly help", "you weren't exactly supportive"
  {
    keys: keys('exactly hardly'),
    re: /\b(?:you|u|your\s+(?:\w+\s+)?\w+|ur\s+\w+)\s+(?:wasn't|weren't|didn't|did not|was not|were not|isn't|aren't)\s+(?:exactly|hardly)\s+(?:helping|help|helpful|innocent|blameless|perfect|a saint|an angel|easy to (?:talk to|be with|live with)|supportive|around|present|there for me)\b|\b(?:you|u|your\s+\w+|ur\s+\w+)\s+(?:were|was)\s+hardly\s+(?:innocent|blameless|perfect|a saint|an angel|helping|there)\b/g,
    negation: false,
  },
  // "You knew how I'd react and you did it anyway", "you knew I was struggling and you still left me alone"
  {
    keys: keys('knew know'),
    re: new RegExp(
      String.raw`\b${YOU}\s+(?:knew|know|knw)\s+(?:(?:exactly|full well|damn well)\s+)?(?:how\s+i(?:'d|\s+would)\s+(?:react|feel|take it|get)|how\s+i\s+(?:get|am|react)|what\s+(?:i'm|i am|i was|i'd be)\s+like|i\s+was\s+(?:struggling|stressed|jealous|insecure|drunk|upset|angry|vulnerable|lonely|going through|in a bad place|not okay|not ok))\b[^.?!]{0,50}?\b(?:and|but|yet)\s+${YOU}\s+(?:still|did it anyway|went ahead|kept|chose|carried on|did it)\b`,
      'g',
    ),
    negation: false,
    // "you knew I was struggling and you still stood by me" is thanks, not blame.
    accept: (m, s) =>
      !/^\s+(?:stood|stayed|loved|supported|helped|believed|cared|forgave|tried|came|showed up|picked|held|listened|waited|chose me|chose us)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // Others in the writer's ear: "your friends were always in my ear", "your mum turned me against you"
  {
    keys: keys('ear head turned filled filling poisoned'),
    re: new RegExp(
      String.raw`\b(?:my|your|ur|his|her|the)\s+(?:\w+\s+)?${OTHERS}\s+(?:was|were|kept|had been|'d been|would be)?\s*(?:(?:always|constantly|forever|just)\s+)?(?:in my ear|getting in my head|got in my head|putting ideas in my head|put ideas in my head|filling my head|filled my head|poisoning me|poisoned me|turned me against|turning me against|winding me up|wound me up)\b`,
      'g',
    ),
    negation: false,
    skipReported: false,
  },
  // Their act, then "what was I supposed to think?": "your ex was texting you, what was I supposed to think?"
  {
    keys: keys('supposed meant'),
    re: /\bwhat\s+(?:else\s+)?(?:was|am|were)\s+i\s+(?:supposed|meant)\s+to\s+(?:think|do|feel|assume)\b/g,
    negation: false,
    accept: (m, s) =>
      /\b(?:you|u|your|ur)\s+(?:\w+\s+){0,3}?(?:was|were|kept|had|did|didn't|never|always|stopped|went|left|came|said|told|texted|texting|messaging|talking|lied|ignored)\b/.test(
        s.text.slice(0, m.index),
      ),
  },
  // "if u had just answered ur phone none of this would of happened"
  {
    keys: keys('if'),
    re: new RegExp(
      String.raw`\bif\s+${YOU}\s+(?:had\s+|'d\s+)?(?:just\s+|only\s+|actually\s+)?(?:\w+ed|\w+en|been|done|gone|said|told|come|paid|had|kept|left|let|made|picked up|stayed|given|gave|shown|showed)\b[^.?!]{0,60}?\b(?:none of this|this|it|that|nothing|things)\s+(?:would(?:n't)?|'d|wouldn't)\s+(?:of|have|'ve|never)\s+(?:\w+\s+)?(?:happened|gone|started|got|gotten|come|ended)\b`,
      'g',
    ),
    negation: false,
    accept: (m) => !/\bif\s+\w+\s+(?:wanted|want|need|needed|asked|like|liked)\b/.test(m[0]),
  },
  // DARVO: "don't act like you're innocent", "you're acting like you didn't do anything wrong"
  {
    keys: keys('act acting pretend pretending'),
    re: new RegExp(
      String.raw`\b(?:act|acting|pretend|pretending|behave|behaving)\s+(?:like|as if|as though)\s+${YOU}(?:'re|\s+are|\s+were|\s+was)?\s+(?:so\s+|completely\s+|totally\s+)?(?:perfect|innocent|a saint|an angel|blameless|the victim|the only victim|didn't do anything|did nothing|never did anything|have never done anything|had nothing to do with)\b`,
      'g',
    ),
    negation: false,
  },
  // "You started the argument", "u started that fight"
  {
    keys: keys('started'),
    re: new RegExp(
      String.raw`\b${YOU}\s+(?:\w+ly\s+)?started\s+(?:the|that|this|every|all the)\s+(?:argument|arguments|fight|fights|row|rows|whole thing|drama|shouting|yelling)\b`,
      'g',
    ),
    negation: false,
  },
];
