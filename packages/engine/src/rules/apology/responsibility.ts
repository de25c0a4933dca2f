/**
 * `responsibility`: the writer owns the act: states it as their own ("I lied to you about Friday"),
 * or uses an owning phrase ("that's on me", "it was my fault", "I take full responsibility", "I was
 * wrong to…", "there's no excuse for what I did"). LABELS decision 1: the act named only inside a
 * sorry-clause ("I'm sorry I lied") is `regret`, not this. Shared blame ("we both made mistakes")
 * and agentless passives ("mistakes were made") are not ownership.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { ADV, alt, keys, scan, type Pattern, raw } from './lib.js';
import { WRONG_STATES, WRONG_VERBS } from './responsibility.list.js';

/** Up to six more words of the clause, so the span shows the act ("I lied to you about Friday"). */
const REST = raw`(?:\s+[^\s,.;:!?"()]+){0,6}`;

/** "the only reason I lied", "why I cheated": the act as the premise of an explanation. */
const EXPLAINING_BEFORE = /\b(?:reason|reasons|why|because|excuse|only time|thing is)\s+(?:that\s+)?$/;
/** A sentence whose subject is the other person ("what you did was wrong"). */
const THEIR_ACT_BEFORE =
  /\b(?:you|ya|he|she|they)\s+(?:\w+ed|said|did|were|was|made|took|went|told|left|broke|do|are)\b(?![^.!?]*\bi\b)[^.!?]*$/;

/** An agentless passive earlier in the sentence: "your messages were gone through, and that was wrong" owns nothing. */
const PASSIVE_BEFORE =
  /\b(?:was|were|got|been)\s+(?:\w+ed|gone through|done|said|told|taken|broken|seen|read|sent|written|hidden|kept|made|spent|lost|stolen|thrown|shown|given)\b(?!\s+by me)/;

/** "I kept it from you to spare you the stress": a justification follows the act. */
const JUSTIFIED_AFTER =
  /^[^.!?]{0,70}?\b(?:to (?:spare|protect|save|help) (?:you|ya|us)|for your own good|for (?:you|ya|us)\b|out of love|because i (?:love|loved|care|cared))/;

/** "you're acting like I cheated": the act is the other's accusation, not the writer's admission. */
const AS_IF_BEFORE =
  /\b(?:acting|act|acts|talking|talk|behaving|making it sound|make it sound|makes it sound|treating me|treat me)\s+(?:like|as if|as though)\s+$/;

/** "if any of this was my fault": a condition, not an admission. */
const notConditional = (m: RegExpExecArray, s: Sentence): boolean =>
  !/\b(?:if|unless|whether)\s+(?:[\w']+\s+){0,4}$/.test(s.text.slice(Math.max(0, m.index - 36), m.index));

/** "my friends say I was wrong": someone else's verdict, reported. */
const THEIR_VERDICT_BEFORE =
  /\b(?:my|his|her|our|the|all my) \w+\s+(?:say|says|said|think|thinks|thought|reckon|reckons|claim|claims|claimed|insist|insists)\s+(?:that\s+)?$/;

/** "You made me so angry I threw the glass": the act told as their doing. */
const MADE_ME_BEFORE =
  /\b(?:you|ya|he|she|they)\s+(?:made|make|got|get|drove|drive|pushed|push|wound)\s+me\s+(?:up\s+)?(?:so\s+|really\s+|too\s+|that\s+)?(?:angry|mad|jealous|crazy|insane|furious|upset|paranoid|nuts|wild|livid|up the wall|over the edge|to (?:it|the edge|breaking point|drink)|do it|snap|lose it|flip|feel)\b[^.!?]{0,40}$/;

/** A wish to have died, after "I should have": "I should have crashed the car that night" (self-harm, not a wrong owned). */
const SELF_HARM_WISH = raw`(?:crashed|died|jumped|drowned|overdosed|killed myself|gone through with|finished (?:it|what i started|the job)|taken (?:them all|the lot|all of them|the whole)|stepped (?:off|in front)|driven (?:off|into))\b`;

/** "I never meant to hurt you, and…": a following "I did" names the hurt, not another act. */
const HURT_MEANT_BEFORE =
  /\b(?:mean|meant|want|wanted|intend|intended|try|tried)\s+to\s+(?:hurt|upset|scare|frighten|humiliate|embarrass|worry)\s+(?:you|ya)\b[^.!?]{0,20}$/;

const notExplaining = (m: RegExpExecArray, s: Sentence): boolean =>
  !EXPLAINING_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index)) &&
  !MADE_ME_BEFORE.test(s.text.slice(Math.max(0, m.index - 60), m.index)) &&
  !THEIR_VERDICT_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)) &&
  !AS_IF_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index)) &&
  !JUSTIFIED_AFTER.test(s.text.slice(m.index, m.index + m[0].length + 30));

/** "That's why I didn't say anything": an omission as the result of a reason given, not owned. */
const explainedNot = (m: RegExpExecArray, s: Sentence): boolean =>
  !EXPLAINING_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index));

const WRONG_ADJ = raw`(?:wrong|cruel|unfair|selfish|cowardly|vile|inexcusable|unforgivable|dishonest|disgusting|shameful|unacceptable|out of order|messed up|fucked up|rotten|awful|horrible|ugly|terrible|dismissive|arrogant|hurtful|mean|nasty|spiteful|low|heartless|careless|thoughtless|disrespectful|manipulative|controlling|petty|childish|contemptuous|unkind|gutless|pathetic|weak|sneaky|deceitful|abusive|demeaning|degrading|belittling|toxic|violent)`;
const WRONG_NOUN = raw`(?:violation|gaslighting|theft|lie|betrayal|punishment|choice|contempt|abuse|manipulation|dodge|low blow|cop-out|deception|cruelty)`;

const PATTERNS: Pattern[] = [
  // "I lied to you about Friday", "i ghosted u", "I went through your phone"
  {
    re: new RegExp(raw`\b(?<s>i(?:'ve|\s+have|\s+had)?\s+${ADV}${alt(WRONG_VERBS)}\b${REST})`, 'y'),
    anchor: /\bi(?:'ve|\s+have|\s+had)?\s/g,
    apology: true,
    concession: true,
    check: notExplaining,
  },
  // "I was cruel to you", "I was wrong to read your messages", "I was the one who lied"
  {
    re: new RegExp(
      raw`\b(?<s>i(?:\s+was|'ve been|\s+have been)\s+(?:(?:so|really|truly|completely|totally|being|such|incredibly|very|deeply|utterly|entirely|plain|just plain|well and truly|way|bang|well)\s+){0,2}${alt(WRONG_STATES)}\b${REST})`,
      'g',
    ),
    apology: true,
    concession: true,
    check: notExplaining,
  },
  // "that's on me", "it was my fault", "the fault is mine", "that was me"
  {
    re: /\b(?<s>(?:it|this|that|all of (?:it|this|that)|the fault|the blame|everything|that one|this one|that pattern|which|it all|the responsibility|the choice|the decision)(?:\s+(?:was|is|were)|'s)\s+(?:(?:all|entirely|completely|totally|100%|fully|really|solely|squarely)\s+)?(?:on me|my fault|mine|my doing|my choice|my decision|my responsibility|my failure|my mistake|my mess|my idea|down to me|all me|me(?=\s*(?:[,.;:!?-]|$|and\b|not\b|alone\b|nobody\b|no one\b)))\b(?!\s+(?:in|at|on|calling|texting|knocking|who called|in the background|lol|haha|to deal|to carry|to (?:pick|collect|bring|drive|take|get|buy|book|cook|host|organi[sz]e|choose|decide|pay for|do the))\b)(?:\s+(?:and|,)?\s*(?:not|nobody)\s+\w+(?:'s)?)?)/g,
    concession: true,
    check: (m, s) =>
      notConditional(m, s) &&
      !(
        /\bmine\b/.test(m[0]) &&
        /\b(?:legally|technically|rightfully|officially|by rights|belongs?|belonged|get it back|give it back|paid for it|bought it|my name on it)\b/.test(
          s.text,
        )
      ),
  },
  {
    re: /\b(?<s>(?:all\s+)?my fault)\b/g,
    concession: true,
    check: (m, s) =>
      !/\b(?:partly|partially|half|also|some of it|a bit|kind of|sort of|at least|not all)\s+$/.test(
        s.text.slice(Math.max(0, m.index - 20), m.index),
      ) &&
      notConditional(m, s) &&
      !/\b(?:none of|not|never|isn't|wasn't|nothing)\b[^.!?,;]{0,25}$/.test(
        s.text.slice(Math.max(0, m.index - 30), m.index),
      ),
  },
  // "I take full responsibility", "I'm responsible", "I own that"
  {
    re: /\b(?<s>i\s+(?:take|accept|own|carry|bear)\s+(?:(?:full|complete|total|all the|the full|100%|all|sole)\s+)?(?:responsibility|the blame|blame|ownership|accountability)(?:\s+for\s+\w+(?:\s+\w+){0,3})?)\b/g,
    check: (m) =>
      !/\bfor (?:the kids|the children|the bills|the house|the dog|the rent|the mortgage|the shopping|dinner|school|the school run|my kids|our kids|my children|our children)\b/.test(
        m[0],
      ),
  },
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:fully |completely |entirely |solely |the one )?(?:responsible|accountable|to blame))\b(?!\s+for (?:the kids|picking|paying|the bills|you|your))/g,
  },
  {
    re: /\b(?<s>i\s+(?:(?:need|want|have|had|'d like|would like|'ve got) to\s+|must\s+)?own\s+(?:it|that|this|what|my|all of|the fact|something|everything|the part|the way|how)\b(?:\s+\w+){0,4})/g,
    check: (m) =>
      !/\bown\s+(?:this|that|my|it|the)\s+(?:house|car|flat|place|home|business|shop|company|property|dog|cat|bike|apartment|half|share|land|boat|van|truck)\b/.test(
        m[0],
      ),
  },
  {
    re: /\b(?<s>i(?:'m| am|'ve been| have been)\s+(?:fully\s+|completely\s+)?owning\s+(?:it|that|this|what|my|all|everything|the|up)\b(?:\s+\w+){0,4}|i\s+(?:(?:need|want|have) to\s+)?own up(?:\s+to)?(?:\s+\w+){0,4})/g,
  },
  // "there's no excuse for what I did", "I have no excuse", "no excuses."
  {
    re: /\b(?<s>(?:there's|there is|there was|there were|i have|i've got|i had|i've)\s+no\s+(?:good\s+|real\s+|possible\s+)?(?:(?:excuse|excuses|justification|defen[cs]e)(?:\s+for\s+(?:it|that|this|what i did|what i said|my \w+|how i|any of it|\w+ing))?|reasons?\s+for\s+(?:it|that|this|what i did|what i said|my \w+|how i|any of it|\w+ing)))\b(?!\s+to\b)/g,
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
    check: explainedNot,
  },
  {
    re: /\b(?<s>i\s+(?:didn't|did not|never)\s+(?:once\s+)?(?:support(?:ed)?|stood up for|stand up for|defend(?:ed)?|listen(?:ed)? to|show(?:ed)? up|turn(?:ed)? up|call(?:ed)? (?:you|ya)|told you the truth|tell you the truth|ask(?:ed)? (?:you|how|about)|protect(?:ed)?|believe(?:d)? (?:you|ya)|back(?:ed)? (?:you|ya)|help(?:ed)? (?:you|ya)|check(?:ed)? on|put (?:you|ya) first|made time|make time|said a word|say a word|said anything|say anything|correct(?:ed)?|speak up|spoke up|stop(?:ped)? (?:him|her|them|it)|answer(?:ed)?(?:\s+(?:you|ya|your|my phone|the phone|when|during|for|at all|once|a single))?(?=\s|[.,;:!?]|$)|repl(?:y|ied) to (?:you|ya|your)|pick(?:ed)? up (?:the phone|my phone|when you)|came (?:home|to|back)|come (?:home|to|back)|kept my word|keep (?:my|the|that) (?:word|promise))(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
    apology: true,
    concession: true,
    check: explainedNot,
  },
  // "I admit I lied", "I accept that I hurt you", "I'm at fault", "no one to blame but myself"
  {
    re: /\b(?<s>i\s+(?:admit|confess|acknowledge|accept|recognise|recognize)\s+(?:(?:it|that)\s+)?(?:i\b|it\b|my\b|what i|everything|all of it)(?:\s+[^\s,.;:!?]+){0,6})/g,
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
      raw`\b(?<s>(?:that|it|this|what i did|what i said|everything i (?:told|said to) (?:you|ya)(?:\s+\w+){0,4}?|what i told (?:you|ya)(?:\s+\w+){0,4}?|what i did to (?:you|ya)|what i said to (?:you|ya)|what i've done|what i have done|the way i (?:treated|spoke to|talked to|behaved|acted|handled|left|ended|dealt with|reacted)(?:\s+\w+){0,3}?|how i (?:treated|spoke to|talked to) (?:you|ya)|which|doing that|saying that|lying to you|hiding it|they|those words)(?:\s+(?:was|is|were)|'s)\s+(?:(?:so|really|completely|totally|incredibly|just|plain|absolutely|deeply|pretty|all|a|an|the most|the|such a|beyond)\s+){0,2}(?:${WRONG_ADJ}(?:\s+(?:thing|things|move|way)(?:\s+(?:to do|to say|i've ever (?:done|said)|i did))?)?|${WRONG_NOUN})\b(?:\s+(?:of me|to do|to say))?(?:\s+(?:to|of) (?:you|ya|me))?(?:\s+to \w+(?:\s+\w+){0,3})?)`,
      'g',
    ),
    check: (m, s) =>
      !THEIR_ACT_BEFORE.test(s.text.slice(0, m.index)) &&
      !(PASSIVE_BEFORE.test(s.text.slice(0, m.index)) && !/\bi\b/.test(s.text.slice(0, m.index))) &&
      !/^\s*(?:\w+\s+)?(?:by|from)\s+(?!me\b)/.test(s.text.slice(m.index + m[0].length)),
  },
  // "She helped me see how unfair that was to you", "I know now how cruel it was"
  {
    re: new RegExp(
      raw`\b(?<s>how\s+(?:(?:very|really|deeply|completely|totally|incredibly)\s+)?${WRONG_ADJ}\s+(?:that|it|this|what i did|what i said|i was|i'd been|i had been|i've been)(?:\s+(?:was|is|were|has been))?(?:\s+(?:to|of|on) (?:you|ya|me))?)\b`,
      'g',
    ),
    check: (m, s) =>
      (/\b(?:i|me)\s+(?:(?:can|now|finally|really|do|to)\s+)?(?:see|saw|seen|realise|realised|realize|realized|understand|understood|know|knew|recogni[sz]ed?|admit|remember|think about)\s+(?:now\s+)?$/.test(
        s.text.slice(Math.max(0, m.index - 36), m.index),
      ) ||
        !THEIR_ACT_BEFORE.test(s.text.slice(0, m.index))) &&
      // "how awful that was for you" is what they went through (impact)
      !/^\s*for (?:you|ya)\b/.test(s.text.slice(m.index + m[0].length)) &&
      (!/^how\s+(?:\w+\s+)?(?:awful|horrible|terrible|ugly|low|weak|pathetic|hurtful|messed up|fucked up)\b/.test(
        m[0],
      ) ||
        /\b(?:of me|to (?:you|ya)|i was|i'd been|i had been|i've been)\b/.test(m[0])),
  },
  // "Telling your friends about your anxiety was wrong of me"
  {
    re: new RegExp(
      raw`\b(?<s>(?:is|was|'s)\s+(?:(?:so|really|completely|totally|very|incredibly)\s+)?${WRONG_ADJ}\s+of me)\b`,
      'g',
    ),
  },
  // "I'm the one who lied", "I know I'm the reason"
  {
    re: /\b(?<s>i(?:'m| am)\s+(?:the (?:reason|problem|one (?:who|that)(?=(?:\s+\w+)?\s+(?:lied|cheated|left|broke|ruined|messed|screwed|started|hurt|caused|walked|made|kept|chose|drank|gambled|blew|ended|pushed|let|failed|stopped|ignored|yelled|shouted|wasn't|didn't|couldn't|never|wrecked|destroyed|betrayed|hid|lost|took|went|said|did|had|was|needs|need|has|should|owes|must)\b)(?:\s+\w+){1,5})|to blame))/g,
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
    check: (m, s) =>
      notConditional(m, s) && !/\bif (?:any|some|part|all)\b[^.!?,;]{0,20}$/.test(s.text.slice(0, m.index)),
  },
  {
    re: /\b(?<s>(?:it's|it is|that's|that is)\s+mine to (?:fix|own|answer for|put right|make right|repair))\b/g,
  },
  // a whole sentence of owning: "I was." after "You weren't the problem."; "Mine."; "It was me."
  { re: /^\W*(?<s>i was|it was me|it was all me|that was me|mine)\W*$/g },
  // "i knew and i called u anyway", "i went anyway"
  {
    re: /\b(?<s>i\s+(?:\w+ed|went|did|said|told|kept|made|took|left|sent|drove|bought|spent|stayed|chose)\b(?:\s+[^\s,.;:!?]+){0,4}?\s+anyway)\s*(?:[.,;!]|$|\b(?:and|because|knowing))/g,
    apology: true,
    // "I never meant to hurt you, and I did anyway": what was done is the hurt (impact, decision 2)
    check: (m, s) => !HURT_MEANT_BEFORE.test(s.text.slice(Math.max(0, m.index - 50), m.index)),
  },
  // "how many lies I told you"
  {
    re: /\b(?<s>(?:the|all the|how many|so many|every|those|all those)\s+lies\s+i\s+(?:told|said|kept)(?:\s+\w+){0,3})/g,
  },
  // "I should have told you", "i shouldn't have said that"
  {
    re: new RegExp(
      raw`\b(?<s>i\s+(?:should(?:\s+have|'ve)|shouldn't(?:\s+have|'ve)|should not have|never should have|should never have|ought to have)\s+(?!it\b|a\b|an\b|the\b|my\b|your\b|some\b|more\b|any\b|that\b|this\b|them\b|him\b|her\b|you\b|me\b|known|guessed|expected|listened to (?:my|your \w+|them|everyone)|left(?!\s+(?:you|ya)\b)|trusted my|seen it coming|realised|realized|believed|stayed away|walked away|gone with|(?:tonight|today|yesterday|earlier|now|then|last)\b|${SELF_HARM_WISH})\w+(?:\s+\w+){0,5})`,
      'g',
    ),
    concession: true,
    hedge: false,
    // "I took a few more than I should have": a measure, not an act owned
    check: (m, s) =>
      !/\b(?:than|as (?:much|many|far) as)\s+$/.test(s.text.slice(Math.max(0, m.index - 16), m.index)),
  },
  { re: /\b(?<s>i\s+had\s+no\s+(?:right|business)(?:\s+\w+){0,5})/g },
  // "I did that", "I did it anyway"
  {
    check: (m, s) =>
      notExplaining(m, s) && !HURT_MEANT_BEFORE.test(s.text.slice(Math.max(0, m.index - 50), m.index)),
    re: /\b(?<s>i\s+(?:(?:really|actually|still|knowingly|deliberately|then)\s+)?did\s+(?:that|it|this|those things|all of (?:it|this|that)|all that|them)\b(?:\s+(?:anyway|to \w+(?:\s+\w+){0,4}|knowing \w+(?:\s+\w+){0,3}|on purpose|deliberately|again and again|repeatedly))?)(?!\s*!)(?!\s+(?:for (?:you|us)|together|already|before|too|as well|last|yesterday|today|this morning|once|twice|course|class|job|test|exam|trip|run|shift|bit|part|stuff|thing for|myself|with (?:you|the kids|my)|every|each)\b)/g,
    concession: true,
  },
  // "I made a choice", "It was a choice, and I made it", "I made mistakes"
  {
    re: /\b(?<s>i\s+made\s+(?:that|the|this|a|my|those|these|so many|many|a lot of|terrible|bad|huge|big)\s+(?:\w+\s+)?(?:choice|choices|decision|decisions|mistake|mistakes))\b/g,
    check: (m) =>
      !/\b(?:great|good|right|best|smart|wise|brilliant|fantastic|excellent|happy|perfect|healthy|hard|difficult|tough|informed|conscious|new|lovely|better|sensible|final|career|life|financial)\s+(?:choice|choices|decision|decisions)\b/.test(
        m[0],
      ),
    concession: true,
  },
  { re: /\b(?:choice|decision)\b[^.!?]{0,30}\b(?<s>and i made it)\b/g },
  { re: /\b(?<s>it was me (?:who|that)(?:\s+\w+){1,5})/g },
  // "The texts were sent by me", "stuff was said that night, by me"
  {
    re: /\b(?<s>(?:was|were|got)\s+(?:\w+(?:ed|en|t|d)|made|done|spread|said|told|kept|sent|hidden|written|taken|broken|stolen|seen|read|thrown|shown|given|run|begun|cut|hit|set|put)\b[^.!?]{0,25}?\bby me)\b/g,
  },
  // "you weren't the problem, I was"
  {
    re: /\b(?<s>(?:you|ya)(?:\s+(?:weren't|were not|were never|aren't|are not|never were)|'re not)\s+(?:the (?:problem|reason|one)|to blame|at fault|in the wrong)[^.!?]{0,20}?\bi (?:was|am|did)|(?:you|ya)\s+(?:did nothing wrong|didn't do anything wrong|did not do anything wrong|never did anything wrong|did nothing to deserve (?:it|this|that))[^.!?]{0,20}?\bi did)\b/g,
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
    re: /\b(?<s>i\s+said\s+(?:(?:such|some|so many|those)\s+)?(?:(?:really|so|very|pretty|truly)\s+)?(?:messed up|fucked up|horrible|awful|cruel|hurtful|nasty|mean|terrible|unforgivable|ugly|vile|unkind|disgusting|hateful|appalling|spiteful)\b(?:\s+\w+){0,4})/g,
    apology: true,
  },
  {
    re: /\b(?<s>i\s+(?:said|told (?:\w+\s+){1,2}?)\s*(?:that\s+)?(?:you|ya)(?:\s+were|'d|\s+had|\s+was)\s+(?:a|an|the reason|lying|cheating|crazy|paranoid|worthless|useless|pathetic|hard|too|so|never|always|\w+ing)\b(?:\s+\w+){0,4})/g,
    apology: true,
    concession: true,
    check: (m) =>
      !/\b(?:doing|getting on|coping)\s+(?:so\s+|really\s+)?(?:great|well|fine|good|okay|ok|amazing|brilliant|better)\b|\b(?:so|too)\s+(?:kind|lovely|good|great|brilliant|amazing|beautiful|clever|smart|strong|talented)\b/.test(
        m[0],
      ),
  },
];

/** Things a writer may say they will not hide behind ("I won't blame the drink"). */
const ALIBI = raw`(?:the drink|drink|the drinking|alcohol|the alcohol|booze|the booze|drugs|the pills|work|stress|the stress|my (?:job|childhood|dad|mum|mom|parents|past|ex|friends|mates|family|anxiety|depression|adhd|health|boss)|my own \w+|anyone|anybody|anything|anyone else|anybody else|someone else|somebody else|(?:you|ya|him|her|them) for (?:my|what i|how i|the way i|any of (?:my|what i))|the pressure|grief|circumstances|the situation)`;

const MORE: Pattern[] = [
  // "What I said to you at the party was vile", "None of that was okay"
  {
    keys: keys('what'),
    re: new RegExp(
      raw`\b(?<s>what i (?:said|did|wrote|posted|texted|sent|called you|told them|told \w+)\b[^.!?,;]{0,40}?\b(?:was|is)\s+(?:so\s+|really\s+|completely\s+|totally\s+)?${WRONG_ADJ})\b`,
      'g',
    ),
    check: notExplaining,
  },
  {
    keys: keys('none'),
    re: /\b(?<s>none of (?:it|that|this|what i did|what i said|those things)\s+(?:was|is|were)\s+(?:ever\s+)?(?:okay|ok|fine|acceptable|right|normal|fair|alright|all right))\b/g,
    negation: false,
    check: (_m, s) => !/\b(?:you|ya|your|he|she|they)\b/.test(s.text),
  },
  // "how it ended is on me", "How I left things is on me, completely", "the way I spoke to you is on me"
  {
    keys: keys('on'),
    re: /\b(?<s>(?:how|what|the way|whatever|where|when)\s+(?:[\w']+\s+){1,6}?(?:is|was|'s|are|were|falls|fell|sits|sat|rests|lies)\s+(?:all\s+|entirely\s+|completely\s+|squarely\s+|totally\s+|100%\s+)?on me)\b(?!\s+(?:now|to|tonight|today|this))/g,
    check: (m) =>
      !/\b(?:dinner|drinks|lunch|round|coffee|meal|bill|tab|food|pizza|beer|beers|taxi|breakfast|treat|pay|paid|paying|costs?|eat|eating|order|ordering|buy|buying|tonight|tomorrow|next time)\b/.test(
        m[0],
      ),
  },
  // "I wasn't where I said I was", "I won't pretend it was", "I had a choice, and I chose wrong"
  {
    keys: keys("wasn't"),
    re: /\b(?<s>i\s+(?:wasn't|was not)\s+(?:where|who|with who|with whom)\s+i\s+(?:said|told you|claimed)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    negation: false,
  },
  {
    keys: keys("won't|pretend|not"),
    re: /\b(?<s>i\s+(?:won't|will not|'m not going to|am not going to|can't|refuse to)\s+pretend\s+(?:(?:that\s+)?(?:it|that|this|they|those|any of (?:it|this|that))\s+(?:was|were|wasn't|weren't|is|isn't|didn't|did)|otherwise|i didn't|i wasn't|i did not)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    negation: false,
  },
  {
    keys: keys('chose|choose'),
    re: /\b(?<s>i\s+(?:\w+\s+)?(?:chose|choose)\s+(?:wrong|badly|poorly|the wrong (?:thing|way|path|one|option|side)|myself|me over|to look away|to say nothing|not to tell you|not to|silence))\b/g,
    negation: false,
  },
  // "I was the one pulling away", "I'm the one who keeps pulling away"
  {
    keys: keys('one'),
    re: /\b(?<s>i\s+(?:was|am|'m)\s+(?:always\s+)?the one\s+(?:pulling|pushing|lying|cheating|hiding|drinking|gambling|shouting|yelling|walking|running|keeping|breaking|ignoring|leaving|starting|picking|ruining|messing|causing|avoiding|shutting)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "I know the silent treatment was cruel", "I see now that what I did was controlling"
  {
    keys: keys('know|knew|see|realise|realize|admit|accept|understand'),
    re: /\b(?<s>i\s+(?:know|knew|see|realise|realize|admit|accept|understand|can see)\s+(?:now\s+)?(?:that\s+)?(?:the|my|what i|how i|the way i)\b[^.!?,;]{0,40}?\b(?:was|were|is|has been)\s+(?:so\s+|really\s+|completely\s+|totally\s+|deeply\s+)?(?:cruel|wrong|unfair|selfish|cowardly|inexcusable|unforgivable|dishonest|unacceptable|out of order|manipulative|controlling|hurtful|disrespectful|abusive|a betrayal|a lie|a violation|a choice))\b/g,
  },
  // "that refusal was a choice I made again and again", "Those messages were mine"
  {
    keys: keys('choice|decision|mine'),
    re: /\b(?<s>(?:was|is|were)\s+(?:a|the|my)\s+(?:\w+\s+)?(?:choice|decision)(?:,)?\s+(?:i made|i kept making|i chose|i alone made|that i made|and i made it|mine)|(?:those|these|the|that|my|all the|every one of those)\s+(?:\w+\s+)?(?:messages|texts|words|lies|choices|decisions|actions|mistakes|things i said|comments|emails|posts|photos)\s+(?:were|was|are)\s+(?:all\s+)?mine)\b/g,
  },
  // "Both were wrong", "all of it was wrong"
  {
    keys: keys('both|all|each|every'),
    re: /\b(?<s>(?:both|both of (?:those|them|these|those things)|all of (?:it|that|them|those|this)|each (?:of them|one)|every one of them|every single one)\s+(?:is|was|are|were)\s+(?:so\s+|completely\s+|totally\s+)?(?:wrong|cruel|lies|a lie|unfair|selfish|inexcusable|unacceptable|out of order|betrayals|a betrayal|violations|a violation))\b/g,
    check: (_m, s) => /\b(?:i|i'm|my|me)\b/.test(s.text) || /^\W*both\b/.test(s.text),
  },
  // "u never did anything to deserve me lying to u", "You'd done nothing wrong"
  {
    keys: keys('deserve|nothing|never|anything'),
    re: /\b(?<s>(?:you|ya)(?:'d|\s+had)?\s+(?:never did|didn't do|did not do|did nothing|done nothing|never done)\s+(?:anything\s+)?to deserve (?:me|that|this|it|any of (?:it|this|that)|how i|what i|the way i)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    negation: false,
  },
  // "that wasn't fair to u", "it wasn't fair of me"
  {
    keys: keys("wasn't|was|not"),
    re: /\b(?<s>(?:that|it|this|which|none of (?:it|this|that))\s+(?:wasn't|was not|was never|wasn't ever)\s+(?:ever\s+)?(?:fair|okay|ok|right|acceptable|kind|decent|normal|fine)\s+(?:to|on|of)\s+(?:you|ya|me))\b(?!\s+(?:either|too))/g,
    negation: false,
    check: (m) => !/\bto me\b/.test(m[0]),
  },
  // "i left u on read for a week"
  {
    keys: keys('read'),
    re: /\b(?<s>i(?:'ve|\s+have)?\s+(?:\w+\s+)?left\s+(?:you|ya)\s+on read\b(?:\s+[^\s,.;:!?]+){0,4})/g,
    apology: true,
    check: (_m, s) =>
      !/\b(?:lol|lmao|haha|not that deep|not a big deal|no big deal|chill|relax|calm down)\b/.test(s.text),
  },
  // "no one else is to blame", "nobody else is at fault", "I can't blame anyone but myself"
  {
    keys: keys('nobody|no|noone|blame'),
    re: /\b(?<s>(?:no one|nobody|noone)\s+else(?:'s|\s+is|\s+was|\s+has)?\s+(?:to blame|at fault|responsible|to answer for (?:it|this|that)|was to blame)(?:\s+(?:for (?:it|this|that|any of (?:it|this|that)|what (?:happened|i did))|but me|but myself|except me|other than me))?|(?:no one|nobody|noone)(?:'s|\s+is|\s+was)?\s+(?:to blame|at fault)\s+(?:but|other than|except)\s+(?:me|myself)|i\s+(?:can't|cannot|can not|couldn't)\s+blame\s+(?:anyone|anybody|anything|no one|nobody)(?:\s+else)?\s+(?:but|except|other than|apart from)\s+(?:me|myself)|i(?:'ve| have)?\s+(?:only\s+)?(?:got\s+)?(?:only\s+)?myself to blame|i\s+(?:only\s+)?(?:have|'ve got|have got|got)\s+(?:only\s+)?myself to blame)\b/g,
    negation: false,
    check: (_m, s) => !/\b(?:you|ya|we)\s+(?:were|was|are)\b[^.!?]{0,20}$/.test(s.text.slice(0, _m.index)),
  },
  // "the blame sits with me", "the fault lies with me alone", "responsibility rests with me"
  {
    keys: keys('blame|fault|responsibility'),
    re: /\b(?<s>(?:the\s+|all the\s+|full\s+)?(?:blame|fault|responsibility)(?:\s+for (?:it|this|that|what happened|all of (?:it|this|that)))?\s+(?:sits|lies|rests|falls|lays|lay|sat|rested|fell|belongs|is|was)\s+(?:(?:entirely|squarely|solely|completely|fully|wholly|all|only)\s+)?(?:with|on) me(?:\s+(?:alone|and (?:only|no one else|nobody else) me|and no one else|and nobody else))?)\b(?!\s+to\s+(?!(?:fix|own|carry|answer|make|put|repair)\b))/g,
  },
  // "Nobody made me do it", "no one pressured me", "nobody forced me into it"
  {
    keys: keys('nobody|no|noone'),
    re: /\b(?<s>(?:no one|nobody|noone)(?:\s+(?:else|at the \w+|there|at work|in that room))?\s+(?:made|forced|pressured|pushed|talked|dragged|tricked|pressed|got)\s+me(?:\s+(?:do (?:it|that|this|any of (?:it|this|that))|into (?:it|that|this|anything)|to do (?:it|this|that)|to (?:go|drink|lie|cheat|stay|say it|send it)))?)(?=\s*(?:[.,;:!?-]|$|and\b|i\b|it\b|that\b))/g,
    negation: false,
  },
  // "I did it because I wanted to", "I went because I chose to"
  {
    keys: keys('wanted|chose'),
    re: /\b(?<s>i\s+(?:did (?:it|that|this|those things)|went|drank|lied|cheated|stayed out|said it|sent (?:it|them|those)|kept (?:going|doing it|seeing (?:her|him)))(?:\s+(?:anyway|again|on purpose|back|there))?\s+because i (?:wanted to|chose to|felt like it|liked it|could))\b/g,
  },
  // "That's exactly what I did", "which is what I did for months"
  {
    keys: keys('what'),
    re: /\b(?<s>(?:that's|that is|which is|and that's)\s+(?:exactly\s+|precisely\s+|just\s+)?what i (?:did|was doing|kept doing|chose|chose to do))(?=\s*(?:[.!,;]|$|\bfor (?:months|years|weeks|a year|so long)|\bto (?:you|ya)\b|\bagain and again\b|\bevery time\b|\b(?:and|but) (?:it|that) (?:was|is)\b))/g,
  },
  // "I made the wrong call", "I made a selfish choice"
  {
    keys: keys('made'),
    re: /\b(?<s>i\s+made\s+(?:the|a|an|that|some|such a|such)\s+(?:(?:really|truly|very|so)\s+)?(?:wrong|bad|terrible|awful|selfish|stupid|cowardly|horrible|cruel|careless|reckless|thoughtless|shameful|dishonest|foolish|idiotic|poor|dreadful|unforgivable)\s+(?:call|calls|move|moves|choice|choices|decision|decisions|mistake|mistakes|judgement|judgment)\b(?:\s+[^\s,.;:!?]+){0,4})/g,
  },
  // "I'm not going to pretend it wasn't me", "I won't blame the drink", "I won't hide behind work"
  {
    keys: keys('pretend|blame|hide'),
    re: new RegExp(
      raw`\b(?<s>i(?:\s+won't|\s+will not|'m not going to|\s+am not going to|\s+can't|\s+cannot|\s+refuse to|'m not gonna|\s+don't get to|\s+don't want to|\s+shouldn't|\s+am not|'m not)\s+(?:(?:even\s+)?try(?:ing)? to\s+)?(?:pretend(?:ing)?\s+otherwise|pretend(?:ing)?\s+(?:(?:that\s+)?(?:it|that|this|any of (?:it|this|that))\s+(?:wasn't|was not|isn't|is not)\s+(?:me|mine|my fault|on me|my doing|my choice|as bad|that bad)|(?:that\s+)?(?:someone|somebody|anyone|anybody|the drink|alcohol|you|ya)\s+(?:else\s+)?(?:made|forced|pressured|pushed)\s+me|(?:that\s+)?i (?:didn't|did not) (?:know|mean it|do it|choose it))|blam(?:e|ing)\s+${ALIBI}(?:\s+(?:for (?:it|this|that|what i did|any of (?:it|this|that))))?|hid(?:e|ing)\s+behind\s+${ALIBI}))(?=\s*(?:[.,;:!?-]|$|\b(?:or|and|it|this|that|i|any|anymore|again|for|because)\b))`,
      'g',
    ),
    negation: false,
    check: (m, s) =>
      !/\b(?:but|except)\b/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
  },
  // "the way I spoke to you", owned outside a sorry: "you never deserved the way I spoke to you"
  {
    keys: keys('deserve|deserved|deserves'),
    re: /\b(?:you|ya)\s+(?:never|didn't|did not|don't|do not|never once)\s+deserve(?:d)?\s+(?:any of\s+)?(?<s>(?:the way|how|what) i (?:treated|spoke to|talked to|behaved|acted|did|said|put you through|made you feel|left|ended|handled|dealt with|lied|cheated|yelled|shouted)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
  },
  // "I was the one who read your journal", "I'm the one that went through your phone"
  {
    keys: keys('one'),
    re: new RegExp(
      raw`\b(?<s>i(?:\s+was|'m|\s+am)\s+(?:the one|the only one)\s+(?:who|that)\s+${ADV}(?:${alt(WRONG_VERBS)}|read (?:your|ya))\b${REST})`,
      'g',
    ),
    apology: true,
  },
  // "I wouldn't let you have the car", "I never let you see your friends"
  {
    keys: keys("wouldn't|let"),
    re: /\b(?<s>i\s+(?:never|didn't|wouldn't|did not|would not)\s+let\s+(?:you|ya)\s+(?:have|go|see|use|drive|spend|talk|work|visit|leave|wear|out|decide|choose|make|keep|speak|finish|explain|sleep|rest|get|be|do|take|buy|touch|call|answer|text)\b(?:\s+[^\s,.;:!?]+){0,5})/g,
    negation: false,
    apology: true,
    check: (_m, s) => !/\b(?:if|unless|never again|won't|will not|will never)\b/.test(s.text),
  },
  // "that was yours to share, not mine"
  {
    keys: keys('yours|your|urs'),
    re: /\b(?<s>(?:it|this|that)(?:\s+was|'s|\s+is)\s+(?:yours|urs|your (?:secret|story|news|business|decision|call|choice|information|private \w+)) to (?:share|tell|decide|give|make|reveal)(?:,?\s+not mine)?)/g,
  },
  // "I repaid that by cheating on you", "I answered your trust by lying"
  {
    keys: keys('by'),
    re: /\b(?<s>i\s+(?:\w+ed|thanked|repaid|paid|answered|responded|met|showed|treated)\s+(?:\w+\s+){0,3}?by\s+(?:cheating|lying|hiding|betraying|ignoring|shouting|yelling|walking out|leaving (?:you|ya)|disappearing|ghosting|drinking|gambling|going behind|sneaking|mocking|belittling|humiliating|stealing|sleeping with)\b(?:\s+[^\s,.;:!?]+){0,3})/g,
    apology: true,
  },
  // "how much damage my lying did"
  {
    keys: keys('damage|harm|hurt|pain'),
    re: /\b(?<s>(?:how much|the|all the|what)\s+(?:damage|harm|hurt|pain)\s+my\s+(?:lying|lies|drinking|cheating|gambling|temper|behaviou?r|actions|affair|silence|anger|jealousy|words|choices|absence|selfishness)\s+(?:did|caused|has done|had done|has caused|did to (?:you|ya|us)))\b/g,
  },
  // after "you said I never listen": "you were right", "and I didn't"
  {
    keys: keys('said|told'),
    re: /\b(?<s>(?:you|ya)\s+(?:said|told me|always said|kept saying|used to say)\s+(?:that\s+)?i\s+[^.!?]{3,60}?,?\s+and\s+(?:you(?:'re| are| were)\s+(?:right|not wrong|spot on|correct)|it(?:'s| is| was)\s+true|i (?:did|didn't|was|wasn't|do|don't)\b))/g,
  },
  // "the truth is, I was at her place", "the truth is I spent it at the casino"
  {
    keys: keys('truth'),
    re: /\b(?<s>the (?:truth|honest truth|real truth) is,?\s+(?:that\s+)?i\s+(?:was (?:with (?:her|him|them|someone|my ex)|at (?:her|his|their|the casino|the pub|the bookies|\w+'s)|lying|cheating|drinking|gambling|seeing (?:her|him|someone))|spent|took|lost|drank|gambled|slept with|kissed|met (?:her|him|up)|lied|cheated|hid|stole|went (?:to (?:her|his|the casino|the pub)|out)|never (?:went|was|told|asked|tried)|didn't (?:go|ask|try|want to|care|think)|knew|chose|wanted (?:to|her|him))\b(?:\s+[^\s,.;:!?]+){0,5})/g,
  },
  // "I know what I did."
  {
    keys: keys('what'),
    re: /\b(?<s>i\s+(?:know|remember|understand|see)\s+(?:exactly\s+|now\s+)?what i did(?:\s+to (?:you|ya|us))?)(?=\s*(?:[.,;:!-]|$|\b(?:and|but|was|is)\b))/g,
  },
  // "I hold my hands up", "guilty as charged"
  {
    keys: keys('hands|guilty'),
    re: /\b(?<s>i(?:'m| am|'ll| will)?\s+(?:hold|put|holding|putting)\s+my hands up(?!\s+in\b)(?:\s+to\s+\w+(?:\s+\w+){0,3})?|guilty as charged|hands up,?\s+i\s+(?:did|lied|was|cheated|messed|screwed|got))\b/g,
  },
  // "nothing excuses what I did", "there's no excusing it", "I won't defend it"
  {
    keys: keys('excuses|excusing|justifies|justifying|defending|defends|excuse|justify|defend'),
    re: /\b(?<s>(?:nothing|no reason|there's no|there is no|there was no|there's nothing|there is nothing)\s+(?:that\s+)?(?:excuses|justifies|excusing|justifying|defending|defends|can excuse|can justify|could excuse|could justify)\s+(?:it|that|this|what i did|what i said|my \w+|how i|the way i|any of (?:it|this|that))|i\s+(?:can't|cannot|won't|will not|'m not going to|am not going to|couldn't|could never|refuse to|'m not gonna)\s+(?:(?:even\s+)?try (?:to|and)\s+)?(?:excuse|justify|defend)\s+(?:it|that|this|what i did|what i said|my (?:\w+\s+)?(?:behaviou?r|actions|words|choices|lies|lying|drinking|temper|part)|how i|the way i|any of (?:it|this|that)|myself))\b(?!\s+(?:to (?:you|ya|him|her|them)|from|against)\b)/g,
    negation: false,
  },
  // "that was a shitty thing to do", "it was a dick move"
  {
    keys: keys('thing|move|dick|way'),
    re: /\b(?<s>(?:it|that|this|what i did)(?:\s+was|'s)\s+(?:a\s+|such a\s+|the\s+)?(?:really\s+|so\s+|pretty\s+|truly\s+|genuinely\s+)?(?:(?:bad|shitty|crappy|lousy|scummy|stupid|dumb|low|shit|rubbish|horrible|awful|nasty|mean|cruel|selfish|cowardly|terrible|dick|dog|sneaky|gutless|weak)\s+(?:thing (?:to do|to say|of me|i did)|move|way to (?:treat|speak|talk|act|behave|end|tell|find out))|dick move))\b/g,
    check: (m, s) => !THEIR_ACT_BEFORE.test(s.text.slice(0, m.index)),
  },
  // "I did you wrong", "I wronged you"
  {
    keys: keys('wrong|wronged|dirty'),
    re: /\b(?<s>i(?:'ve|\s+have)?\s+(?:really\s+|truly\s+)?(?:done|did)\s+(?:you|ya)\s+wrong|i(?:'ve|\s+have)?\s+wronged\s+(?:you|ya)|i\s+did\s+(?:you|ya)\s+dirty|i(?:'ve|\s+have)?\s+(?:done|did)\s+wrong\s+by\s+(?:you|ya))\b/g,
  },
];

/** After "I told you I was at work.", "That wasn't true." owns the lie; a short "I did." owns what the sentence before cleared them of. */
const TOLD_BEFORE = /\bi\s+(?:told|said|swore|promised|claimed|insisted|texted|wrote)\b/;
const THEY_CLEARED_BEFORE =
  /\b(?:you|ya)\s+(?:did nothing wrong|didn't do anything wrong|did not do anything wrong|never did anything wrong|weren't the (?:problem|one)|were not the (?:problem|one)|aren't the (?:problem|one)|are not the (?:problem|one)|didn't cause (?:it|this|that)|did not cause (?:it|this|that)|weren't to blame|were not to blame|'re not the (?:problem|one))\b/;
const ACCUSED_BEFORE =
  /\b(?:you|ya)\s+(?:said|told me|always said|kept saying|used to say|say)\s+(?:that\s+)?i\s+(?:never|didn't|did not|don't|do not|wasn't|was not|was|always|only|just|couldn't|can't)\b/;
/** Where the sentence before can change the reading of this one. */
/** "I'm sorry I lied about where I was." before "I was at her place.": the truth owned. */
const LIED_BEFORE = /\b(?:lied|lying|lie|lies)\b[^.!?]{0,30}\b(?:what|who|where)\b/;
const PREVIOUS_GATE = new RegExp(
  `${TOLD_BEFORE.source}|${THEY_CLEARED_BEFORE.source}|${ACCUSED_BEFORE.source}|${LIED_BEFORE.source}`,
);
const AFTER_PREVIOUS: Pattern[] = [
  {
    re: /^\W*(?:the truth is,?\s+)?(?<s>i (?:was|went|stayed|spent the night) (?:really |actually )?(?:with (?:her|him|them|someone|my ex)|at (?:her|his|their|the casino|the pub|the bookies|\w+'s)\b|to (?:his|her|their) (?:place|flat|house))(?:\s+[^\s,.;:!?]+){0,4})/g,
    check: (_m, s) => LIED_BEFORE.test(s.previous),
  },
  {
    re: /^\W*(?<s>(?:that|it|this|which|none of (?:it|this|that)|all of (?:it|this|that))\s+(?:wasn't|was not|was never|isn't|is not|was not ever)\s+(?:true|the truth|honest|real))\b/g,
    negation: false,
    check: (_m, s) =>
      TOLD_BEFORE.test(s.previous) &&
      !/\b(?:you|ya|he|she|they)\s+(?:told|said|swore|promised|claimed|insisted)\b/.test(s.previous),
  },
  {
    re: /^\W*(?:and\s+)?(?<s>(?:you(?:'re| are| were)\s+(?:right|not wrong|spot on|correct)|(?:it's|it is|it was|that's|that was) (?:true|fair)|i (?:didn't|did not|wasn't|was not|never did|don't|do not)))(?=\s*(?:[,.;:!?-]|$|\band\b))/g,
    negation: false,
    check: (_m, s) => ACCUSED_BEFORE.test(s.previous),
  },
  {
    re: /^\W*(?<s>i did|i was|i am|it was me|me)\W*$/g,
    negation: false,
    check: (_m, s) => THEY_CLEARED_BEFORE.test(s.previous),
  },
];

const REASON = 'Naming what you did as yours is what matters most in an apology (Lewicki et al., 2016).';
const SUGGESTION =
  'Keep this as it is: plain, in the first person, with nothing after it that shares the blame.';

/** One fixed table; the keyed patterns at its end run only where the sentence holds a key. */
const TABLE: readonly Pattern[] = [...PATTERNS, ...MORE];

export const responsibility: Rule = {
  id: 'responsibility',
  kind: 'strength',
  gate: /\b(?:nobody|noone|no one|blame|fault|pretend|wanted|chose|deserved?|truth|guilty|hands|nothing|there's|wrong|dirty)\b|\bthey\b|\bby me\b|\bi\b|\bi'|\bme\b|\bmine\b|\bmy\b|excuse|reason|justif|\b(?:that|it|this|which)\b/,
  readsPrevious: true,
  gatePrevious: PREVIOUS_GATE,
  find(s: Sentence): Hit[] {
    const hits = scan(s, TABLE, REASON, SUGGESTION);
    if (hits.length || !s.previous) return hits;
    return scan(s, AFTER_PREVIOUS, REASON, SUGGESTION);
  },
};
