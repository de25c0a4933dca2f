/**
 * `responsibility`: the writer owns the act: states it as their own ("I lied to you about Friday"),
 * or uses an owning phrase ("that's on me", "it was my fault", "I take full responsibility", "I was
 * wrong to…", "there's no excuse for what I did"). LABELS decision 1: the act named only inside a
 * sorry-clause ("I'm sorry I lied") is `regret`, not this. Shared blame ("we both made mistakes")
 * and agentless passives ("mistakes were made") are not ownership.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { ADV, alt, scan, type Pattern } from './lib.js';
import { WRONG_STATES, WRONG_VERBS } from './responsibility.list.js';

/** Up to six more words of the clause, so the span shows the act ("I lied to you about Friday"). */
const REST = String.raw`(?:\s+[^\s,.;:!?"()]+){0,6}`;

/** "the only reason I lied", "why I cheated": the act as the premise of an explanation. */
const EXPLAINING_BEFORE = /\b(?:reason|reasons|why|because|excuse|only time|thing is)\s+(?:that\s+)?$/;
/** A sentence whose subject is the other person ("what you did was wrong"). */
const THEIR_ACT_BEFORE =
  /\b(?:you|ya|he|she|they)\s+(?:\w+ed|said|did|were|was|made|took|went|told|left|broke|do|are)\b(?![^.!?]*\bi\b)[^.!?]*$/;

/** "I kept it from you to spare you the stress": a justification follows the act. */
const JUSTIFIED_AFTER =
  /^[^.!?]{0,70}?\b(?:to (?:spare|protect|save|help) (?:you|ya|us)|for your own good|for (?:you|ya|us)\b|out of love|because i (?:love|loved|care|cared))/;

const notExplaining = (m: RegExpExecArray, s: Sentence): boolean =>
  !EXPLAINING_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index)) &&
  !JUSTIFIED_AFTER.test(s.text.slice(m.index, m.index + m[0].length + 30));

const WRONG_ADJ = String.raw`(?:wrong|cruel|unfair|selfish|cowardly|vile|inexcusable|unforgivable|dishonest|disgusting|shameful|unacceptable|out of order|messed up|fucked up|rotten|awful|horrible|ugly|terrible|dismissive|arrogant|hurtful|mean|nasty|spiteful|low|heartless|careless|thoughtless|disrespectful|manipulative|controlling|petty|childish|contemptuous|unkind|gutless|pathetic|weak|sneaky|deceitful)`;
const WRONG_NOUN = String.raw`(?:violation|gaslighting|theft|lie|betrayal|punishment|choice|contempt|abuse|manipulation|dodge|low blow|cop-out|deception|cruelty)`;

const PATTERNS: Pattern[] = [
  // "I lied to you about Friday", "i ghosted u", "I went through your phone"
  {
    re: new RegExp(String.raw`\b(?<s>i(?:'ve|\s+have|\s+had)?\s+${ADV}${alt(WRONG_VERBS)}\b${REST})`, 'y'),
    anchor: /\bi(?:'ve|\s+have|\s+had)?\s/g,
    apology: true,
    concession: true,
    check: notExplaining,
  },
  // "I was cruel to you", "I was wrong to read your messages", "I was the one who lied"
  {
    re: new RegExp(
      String.raw`\b(?<s>i(?:\s+was|'ve been|\s+have been)\s+(?:(?:so|really|truly|completely|totally|being|such|incredibly|very|deeply|utterly|entirely|plain|just plain)\s+){0,2}${alt(WRONG_STATES)}\b${REST})`,
      'g',
    ),
    apology: true,
    concession: true,
    check: notExplaining,
  },
  // "that's on me", "it was my fault", "the fault is mine", "that was me"
  {
    re: /\b(?<s>(?:it|this|that|all of (?:it|this|that)|the fault|the blame|everything|that one|this one|that pattern|which|it all|the responsibility|the choice|the decision)(?:\s+(?:was|is|were)|'s)\s+(?:(?:all|entirely|completely|totally|100%|fully|really|solely|squarely)\s+)?(?:on me|my fault|mine|my doing|my choice|my decision|my responsibility|my failure|my mistake|my mess|my idea|down to me|all me|me(?=\s*(?:[,.;:!?-]|$|and\b|not\b|alone\b|nobody\b|no one\b)))\b(?!\s+(?:in|at|on|calling|texting|knocking|who called|in the background|lol|haha|to deal|to carry)\b)(?:\s+(?:and|,)?\s*(?:not|nobody)\s+\w+(?:'s)?)?)/g,
    concession: true,
  },
  {
    re: /\b(?<s>(?:all\s+)?my fault)\b/g,
    concession: true,
    check: (m, s) =>
      !/\b(?:partly|partially|half|also|some of it|a bit|kind of|sort of|at least|not all)\s+$/.test(
        s.text.slice(Math.max(0, m.index - 20), m.index),
      ),
  },
  // "I take full responsibility", "I'm responsible", "I own that"
  {
    re: /\b(?<s>i\s+(?:take|accept|own|carry|bear)\s+(?:(?:full|complete|total|all the|the full|100%|all|sole)\s+)?(?:responsibility|the blame|blame|ownership|accountability)(?:\s+for\s+\w+(?:\s+\w+){0,3})?)\b/g,
  },
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:fully |completely |entirely |solely |the one )?(?:responsible|accountable|to blame))\b(?!\s+for (?:the kids|picking|paying|the bills|you|your))/g,
  },
  {
    re: /\b(?<s>i\s+(?:(?:need|want|have|had|'d like|would like|'ve got) to\s+|must\s+)?own\s+(?:it|that|this|what|my|all of|the fact|something|everything|the part|the way|how)\b(?:\s+\w+){0,4})/g,
  },
  // "there's no excuse for what I did", "I have no excuse", "no excuses."
  {
    re: /\b(?<s>(?:there's|there is|there was|there were|i have|i've got|i had|i've)\s+no\s+(?:good\s+|real\s+|possible\s+)?(?:excuse|excuses|justification|reason|defen[cs]e)(?:\s+for\s+(?:it|that|this|what i did|what i said|my \w+|how i|any of it|\w+ing))?)\b(?!\s+to\b)/g,
  },
  { re: /^\W*(?<s>no excuses?)\b(?!\s+(?:to|needed|necessary)\b)/g },
  {
    re: /\b(?<s>(?:grief|stress|drinking|alcohol|being drunk|that|it|work|the drink|my childhood)\s+(?:isn't|is not|'s not|wasn't|was not)\s+(?:an|any)\s+excuse)\b/g,
    negation: false,
  },
  {
    re: /\b(?<s>i\s+(?:won't|will not|am not going to|'m not going to|refuse to|'m not gonna)\s+(?:make|look for|invent|give you|offer)\s+(?:you\s+)?(?:any\s+|an\s+)?excuses?)\b(?!\s*,?\s*but\b)/g,
    negation: false,
  },
  // owning an omission: "I wasn't there for you", "I didn't stand up for you", "I wasn't honest with you"
  {
    re: /\b(?<s>i\s+(?:wasn't|was not|was never)\s+(?:there (?:for (?:you|ya)|when)|honest|truthful|faithful|fair to (?:you|ya)|kind to (?:you|ya)|present|supportive|a good \w+|the \w+ you (?:needed|deserved))(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
    apology: true,
    concession: true,
  },
  {
    re: /\b(?<s>i\s+(?:didn't|did not|never)\s+(?:once\s+)?(?:support(?:ed)?|stood up for|stand up for|defend(?:ed)?|listen(?:ed)? to|show(?:ed)? up|turn(?:ed)? up|call(?:ed)? (?:you|ya)|told you the truth|tell you the truth|ask(?:ed)? (?:you|how|about)|protect(?:ed)?|believe(?:d)? (?:you|ya)|back(?:ed)? (?:you|ya)|help(?:ed)? (?:you|ya)|check(?:ed)? on|put (?:you|ya) first|made time|make time|said a word|say a word|said anything|say anything|correct(?:ed)?|speak up|spoke up|stop(?:ped)? (?:it|them|her|him)|came (?:home|to|back)|come (?:home|to|back)|kept my word|keep (?:my|that|the) (?:word|promise))(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
    apology: true,
    concession: true,
  },
  // "I admit I lied", "I accept that I hurt you", "I'm at fault", "no one to blame but myself"
  {
    re: /\b(?<s>i\s+(?:admit|confess|acknowledge|accept|recognise|recognize)\s+(?:(?:that|it)\s+)?(?:i\b|it\b|my\b|what i|everything|all of it)(?:\s+[^\s,.;:!?]+){0,6})/g,
    check: (m) => !/\b(?:share|part|some of|partly|half|bit)\b/.test(m[0]),
  },
  { re: /\b(?<s>i(?:'m| am| was)\s+(?:entirely\s+|completely\s+)?(?:at fault|guilty of(?:\s+\w+){1,4}))/g },
  {
    re: /\b(?<s>(?:no one|nobody)(?: else)? to blame but (?:me|myself)|(?:no one|nobody) else's fault|nobody's fault but mine)\b/g,
    negation: false,
  },
  {
    re: /\b(?<s>(?:it|this|that|none of (?:it|this|that)|any of (?:it|this|that))(?:\s+(?:wasn't|was not|was never|is not|isn't|were not|weren't)|'s not)\s+(?:ever\s+)?(?:your|ya) fault)\b/g,
    negation: false,
  },
  // "My behaviour was unacceptable"
  {
    re: /\b(?<s>my\s+(?:behaviou?r|actions|words|drinking|temper|lying|lies|jealousy|anger|conduct|choices|decision|comments|outburst|reaction|silence)(?:\s+\w+){0,4}?\s+(?:was|were|has been|have been)\s+(?:(?:so|really|completely|totally|utterly|just|absolutely)\s+)?(?:wrong|cruel|unfair|selfish|unacceptable|inexcusable|unforgivable|disgusting|shameful|out of order|out of line|appalling|awful|horrible|terrible|disgraceful|hurtful|toxic|abusive|controlling|the problem)(?:\s+\w+){0,3})/g,
  },
  // "that was wrong of me", "it was cruel", "It was a choice", "it was the most dismissive thing I've ever said"
  {
    re: new RegExp(
      String.raw`\b(?<s>(?:that|it|this|what i did|what i said|which|doing that|saying that|lying to you|hiding it|they|those words)(?:\s+(?:was|is|were)|'s)\s+(?:(?:so|really|completely|totally|incredibly|just|plain|absolutely|deeply|pretty|all|a|an|the most|the|such a|beyond)\s+){0,2}(?:${WRONG_ADJ}(?:\s+(?:thing|things|move|way)(?:\s+(?:to do|to say|i've ever (?:done|said)|i did))?)?|${WRONG_NOUN})\b(?:\s+(?:of me|to do|to say))?(?:\s+(?:to|of) (?:you|ya|me))?(?:\s+to \w+(?:\s+\w+){0,3})?)`,
      'g',
    ),
    check: (m, s) => !THEIR_ACT_BEFORE.test(s.text.slice(0, m.index)),
  },
  // "Telling your friends about your anxiety was wrong of me"
  {
    re: new RegExp(
      String.raw`\b(?<s>(?:was|is|'s)\s+(?:(?:so|really|completely|totally|very|incredibly)\s+)?${WRONG_ADJ}\s+of me)\b`,
      'g',
    ),
  },
  // "I'm the one who lied", "I know I'm the reason"
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:the (?:reason|problem|one (?:who|that)(?:\s+\w+){1,5})|to blame))/g,
    apology: true,
  },
  { re: /^\W*(?:yes\W+)?(?<s>by me)\W*$/g },
  {
    re: /\b(?<s>how (?:badly|terribly|horribly|poorly|awfully|cruelly|unfairly|selfishly|much) i (?:treated|spoke to|talked to|behaved|acted|handled|hurt|let)(?:\s+\w+){0,4})/g,
    apology: true,
  },
  // "the damage was mine", "that loneliness was my doing"
  {
    re: /\b(?<s>(?:the|that|this)\s+(?:damage|mistake|lie|lies|fault|blame|decision|choice|failure|mess|betrayal|affair|call|pattern|part)\s+(?:was|is|were)\s+(?:all\s+)?mine)\b/g,
  },
  {
    re: /\b(?<s>(?:was|is|were)\s+(?:all\s+|entirely\s+|completely\s+)?(?:my doing|my fault|my failure|my responsibility|down to me))\b/g,
  },
  {
    re: /\b(?<s>(?:that's|that is|it's|it is)\s+mine to (?:fix|own|answer for|put right|make right|repair))\b/g,
  },
  // a whole sentence of owning: "I was." after "You weren't the problem."; "Mine."; "It was me."
  { re: /^\W*(?<s>i was|it was me|it was all me|that was me|mine)\W*$/g },
  // "i knew and i called u anyway", "i went anyway"
  {
    re: /\b(?<s>i\s+(?:\w+ed|went|did|said|told|kept|made|took|left|sent|drove|bought|spent|stayed|chose)\b(?:\s+[^\s,.;:!?]+){0,4}?\s+anyway)\s*(?:[.,;!]|$|\b(?:and|because|knowing))/g,
    apology: true,
  },
  // "how many lies I told you"
  {
    re: /\b(?<s>(?:the|all the|how many|so many|every|those|all those)\s+lies\s+i\s+(?:told|said|kept)(?:\s+\w+){0,3})/g,
  },
  // "I should have told you", "i shouldn't have said that"
  {
    re: /\b(?<s>i\s+(?:should(?:\s+have|'ve)|shouldn't(?:\s+have|'ve)|should not have|never should have|should never have|ought to have)\s+(?!it\b|a\b|an\b|the\b|my\b|your\b|some\b|more\b|any\b|that\b|this\b|them\b|him\b|her\b|you\b|me\b|known|guessed|expected|listened to (?:my|your \w+|them|everyone)|left|trusted my|seen it coming|realised|realized|believed|stayed away|walked away|gone with)\w+(?:\s+\w+){0,5})/g,
    concession: true,
    hedge: false,
  },
  { re: /\b(?<s>i\s+had\s+no\s+(?:right|business)(?:\s+\w+){0,5})/g },
  // "I did that", "I did it anyway"
  {
    check: notExplaining,
    re: /\b(?<s>i\s+(?:(?:really|actually|still|knowingly|deliberately|then)\s+)?did\s+(?:that|it|this|those things|all of (?:it|that|this)|all that|them|the same)\b(?:\s+(?:anyway|to \w+(?:\s+\w+){0,4}|knowing \w+(?:\s+\w+){0,3}|on purpose|deliberately|again and again|repeatedly))?)(?!\s*!)(?!\s+(?:for (?:you|us)|together))/g,
    concession: true,
  },
  // "I made a choice", "It was a choice, and I made it", "I made mistakes"
  {
    re: /\b(?<s>i\s+made\s+(?:that|the|this|a|my|those|these|so many|many|a lot of|terrible|bad|huge|big)\s+(?:\w+\s+)?(?:choice|choices|decision|decisions|mistake|mistakes))\b/g,
    concession: true,
  },
  { re: /\b(?:choice|decision)\b[^.!?]{0,30}\b(?<s>and i made it)\b/g },
  { re: /\b(?<s>it was me (?:who|that)(?:\s+\w+){1,5})/g },
  // "The texts were sent by me", "stuff was said that night, by me"
  { re: /\b(?<s>(?:was|were|got)\s+\w+(?:ed|en|t|d)\b[^.!?]{0,25}?\bby me)\b/g },
  // "you weren't the problem, I was"
  {
    re: /\b(?<s>(?:you|ya)\s+(?:weren't|were not|were never|aren't|are not|never were)\s+(?:the (?:problem|reason|one)|to blame)[^.!?]{0,20}?\bi (?:was|am))\b/g,
    negation: false,
  },
  // "I promised I'd stop, and I didn't"
  {
    re: /\b(?<s>i\s+(?:promised|said|swore|told you|told (?:\w+\s+){0,2}i'd)\s+(?:(?:you|ya)\s+)?(?:i'd|i would|i'll|i will|to|that i'd)\b[^.!?]{0,60}?\b(?:and|but)\s+i\s+(?:didn't|did not|wasn't|was not|never did|never showed|broke it|didn't show|never came|never have|haven't))\b/g,
    negation: false,
    hedge: false,
  },
  // "I said horrible things to you", "I said things they should never have heard", "i said u were a waste of space"
  {
    re: /\b(?<s>i\s+(?:know\s+i\s+)?said\s+(?:(?:some|such|so many|those|these|the)\s+)?(?:(?:horrible|awful|cruel|hurtful|nasty|mean|terrible|unforgivable|ugly|vile|unkind|disgusting|hateful|appalling|spiteful)\s+)?things\b[^.!?]{0,60}?\b(?:never|shouldn't|should not|didn't mean|don't believe|wrong|cruel|hurt|in front|to you|about you|about your)\b)/g,
    apology: true,
  },
  {
    re: /\b(?<s>i\s+said\s+(?:(?:such|some|so many|those)\s+)?(?:horrible|awful|cruel|hurtful|nasty|mean|terrible|unforgivable|ugly|vile|unkind|disgusting|hateful|appalling|spiteful)\b(?:\s+\w+){0,4})/g,
    apology: true,
  },
  {
    re: /\b(?<s>i\s+(?:said|told (?:\w+\s+){1,2}?)\s*(?:that\s+)?(?:you|ya)(?:\s+were|'d|\s+had|\s+was)\s+(?:a|an|the reason|lying|cheating|crazy|paranoid|worthless|useless|pathetic|hard|too|so|never|always|\w+ing)\b(?:\s+\w+){0,4})/g,
    apology: true,
    concession: true,
  },
];

const REASON = 'Naming what you did as yours is what matters most in an apology (Lewicki et al., 2016).';
const SUGGESTION =
  'Keep this as it is: plain, in the first person, with nothing after it that shares the blame.';

export const responsibility: Rule = {
  id: 'responsibility',
  kind: 'strength',
  gate: /\bthey\b|\bby me\b|\bi\b|\bi'|\bme\b|\bmine\b|\bmy\b|excuse|reason|justif|\b(?:that|it|this|which)\b/,
  find(s: Sentence): Hit[] {
    return scan(s, PATTERNS, REASON, SUGGESTION);
  },
};
