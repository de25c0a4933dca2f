/**
 * Wider families of the `blame-shift` rule, composed from word classes: another person's advice or
 * word as the reason ("your sister told me to check your emails", "he said it'd be fine"), "it's on
 * you too", "your X wasn't exactly helping", "you knew how I'd react and you still…", others in the
 * writer's ear, "what was I supposed to think" after their act, "if you'd just…, none of this would
 * have happened", and "don't act like you're innocent".
 */
import { keys, type Pattern, raw } from './lib.js';

const YOU = raw`(?:you|u|ya)`;
const OTHERS = raw`(?:friends?|mates?|lads|boys|girls|sister|brother|mum|mom|mother|dad|father|family|ex|boss|colleagues?|coworkers?|cousin|aunt|uncle|best friend|bestie|bff|flatmate|roommate)`;

/** A cause or an act of the writer after the other's word: "…so I went", "…and he practically paid". */
const THEN_ACT =
  /\b(?:so i|and i|that's why|which is why|so that's why|(?:he|she|they) (?:practically|basically|literally|pretty much)|it was (?:his|her|their) idea|blame (?:her|him|them)|take it up with)\b/;

/** What the writer did on another's word when it moves the blame: snooping, lying, the act. */
const SNOOP_ACT = raw`(?:(?:check|read|look (?:at|through)|go through|search|track|follow|snoop on)\s+(?:your|ur|you|u|his|her)|lie|hide|keep (?:it|this|that) from|not tell|block|ignore|do it|do that|delete|spy|confront)`;

export const WIDE_PATTERNS: readonly Pattern[] = [
  // Another's advice: "your sister is the one who told me to check your emails", "my mate told me to do it"
  {
    keys: keys('told|said|suggested|advised'),
    re: new RegExp(
      raw`\b(?:my|your|ur|his|her|the)\s+(?:\w+\s+)?${OTHERS}\s+(?:(?:was|is)\s+the\s+one\s+(?:who|that)\s+)?(?:literally\s+|basically\s+|actually\s+|even\s+)?(?:told|suggested|advised)\s+(?:me\s+)?(?:to\s+${SNOOP_ACT}|i\s+should\s+${SNOOP_ACT})\b`,
      'g',
    ),
    negation: false,
    skipReported: false,
  },
  // Another's word that it was fine: "Danny said it would be fine and he practically bought them"
  {
    keys: keys('said|told'),
    also: keys('fine|ok|okay|alright|harmless|problem|deal'),
    re: /\b(?:said|told me|swore|promised me)\s+(?:that\s+)?(?:it|this|that)\s*(?:'d|would|was going to|was|'s|is)\s+(?:totally\s+|completely\s+)?(?:be\s+)?(?:fine|ok|okay|alright|all right|harmless|no problem|no big deal)\b/g,
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
    re: /\b(?:what happened|this|that|it|some of (?:it|this|that)|part of (?:it|this|that)|half of (?:it|this|that)|a lot of (?:it|this|that)|that part|the rest)(?:\s+is|\s+was|'s|s)\s+(?:(?:also|partly|just as much|as much|equally)\s+)?on\s+(?:you|u)\b(?!\s+(?:to|whether|if|now|from here)\b)/g,
    accept: (m, s) =>
      /^(?:what happened|some|part|half|a lot)|(?:also|partly|as much|equally)\s+on/.test(m[0]) ||
      /^\s*(?:too|as well|as much as me|just as much|also)\b/.test(s.text.slice(m.index + m[0].length)),
  },
  // "Your spending wasn't exactly helping either", "you didn't exactly help", "you weren't exactly supportive"
  {
    keys: keys('exactly|hardly'),
    re: /\b(?:you|u|your\s+(?:\w+\s+)?\w+|ur\s+\w+)\s+(?:wasn't|weren't|didn't|did not|was not|were not|isn't|aren't)\s+(?:exactly|hardly)\s+(?:helping|help|helpful|innocent|blameless|perfect|a saint|an angel|easy to (?:talk to|be with|live with)|supportive|around|present|there for me)\b|\b(?:you|u|your\s+\w+|ur\s+\w+)\s+(?:were|was)\s+hardly\s+(?:innocent|blameless|perfect|a saint|an angel|helping|there)\b/g,
    negation: false,
  },
  // "You knew how I'd react and you did it anyway", "you knew I was struggling and you still left me alone"
  {
    keys: keys('knew|know'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:knew|know|knw)\s+(?:(?:exactly|full well|damn well)\s+)?(?:how\s+i(?:'d|\s+would)\s+(?:react|feel|take it|get)|how\s+i\s+(?:get|am|react)|what\s+(?:i'm|i am|i was|i'd be)\s+like|i\s+was\s+(?:struggling|stressed|jealous|insecure|drunk|upset|angry|vulnerable|lonely|going through|in a bad place|not okay|not ok)|i\s+(?:had|have)\s+(?:trust issues|anxiety|a temper|issues|a problem with (?:him|her|that|them)))\b[^.?!]{0,50}?\b(?:and|but|yet)\s+${YOU}\s+(?:still|did it anyway|went ahead|kept|chose|carried on|did it)\b`,
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
    keys: keys('ear|head|turned|filled|filling|poisoned|wound|winding'),
    re: new RegExp(
      raw`\b(?:my|your|ur|his|her|the)\s+(?:\w+\s+)?${OTHERS}\s+(?:was|were|kept|had been|'d been|would be)?\s*(?:(?:always|constantly|forever|just)\s+)?(?:in my ear|getting in my head|got in my head|putting ideas in my head|put ideas in my head|filling my head|filled my head|poisoning me|poisoned me|turned me against|turning me against|winding me up|wound me up)\b`,
      'g',
    ),
    negation: false,
    skipReported: false,
  },
  // Their act, then "what was I supposed to think?": "your ex was texting you, what was I supposed to think?"
  {
    keys: keys('supposed|meant'),
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
      raw`\bif\s+${YOU}\s+(?:had\s+|'d\s+)?(?:just\s+|only\s+|actually\s+)?(?:\w+ed|\w+en|been|done|gone|said|told|come|paid|had|kept|left|let|made|picked up|stayed|given|gave|shown|showed)\b[^.?!]{0,60}?\b(?:none of this|this|it|that|nothing|things)\s+(?:would(?:n't)?|'d|wouldn't)\s+(?:of|have|'ve|never)\s+(?:\w+\s+)?(?:happened|gone|started|got|gotten|come|ended)\b`,
      'g',
    ),
    negation: false,
    accept: (m) => !/\bif\s+\w+\s+(?:wanted|want|need|needed|asked|like|liked)\b/.test(m[0]),
  },
  // Their share: "you must accept some responsibility", "you played your part in this", "you contributed to this too"
  {
    keys: keys('accept|take|bear|share|carry|own|played|had|contributed|part|responsibility|blame'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:(?:must|have to|need to|should|also|too|really|surely)\s+){0,2}(?:accept|take|bear|share|carry|own)\s+(?:some|part|your share|a share|half|some of the|your part|equal|a lot)\s+(?:of\s+(?:the\s+)?)?(?:responsibility|blame)\b|\b${YOU}\s+(?:also\s+|too\s+|definitely\s+)?(?:played|had)\s+(?:your|a|a big|a huge|some)\s+part\s+(?:in\s+(?:this|it|that|what happened)(?=\s*(?:[,.!?;]|$|too\b|as well\b|also\b))|too\b|as well\b)|\b${YOU}\s+(?:also\s+)?contributed\s+(?:to\s+(?:this|it|that|what happened|the problem|the mess)|as well|too)\b`,
      'g',
    ),
  },
  // "you had left me no option", "you'd given me no choice"
  {
    keys: keys('option|choice|alternative|room|way|space'),
    re: new RegExp(
      raw`\b${YOU}(?:\s+had|'d|\s+have|'ve)?\s+(?:left|given|gave|give|leave)\s+me\s+(?:no|little|zero)\s+(?:other\s+)?(?:option|choice|alternative|room|way out|space to (?:be honest|tell you|breathe))\b`,
      'g',
    ),
  },
  // "your behaviour at the time made it very difficult for me to be honest"
  {
    keys: keys('made|makes|make'),
    re: /\b(?:your|ur)\s+(?!kindness|love|patience|support|generosity|smile|letter|message|messages|words|strength|honesty|faith)(?:\w+\s+){1,4}?(?:made|makes|make)\s+it\s+(?:very\s+|so\s+|really\s+|almost\s+|pretty\s+)?(?:hard|difficult|impossible|tough)\s+(?:for me\s+)?to\b/g,
    accept: (_m, s) => !/\b(?:lovely|kind|sweet|amazing|welcoming|wonderful|so nice|generous)\b/.test(s.text),
  },
  // Reacting to them: "I was responding to the way you treated me", "it was in response to your affair"
  {
    keys: keys('responding|reacting|response|retaliation|reaction'),
    re: new RegExp(
      raw`\bi\s+was\s+(?:only\s+|just\s+|simply\s+)?(?:responding|reacting)\s+to\s+(?:the way ${YOU}|what ${YOU}|how ${YOU}|(?:your|ur)\b(?!\s+(?:message|question|text|email|letter|request|call|comment|post|point|offer|invite|invitation)s?\b))|\b(?:it|that|this|i did it|i said it|what i did)\s+was\s+(?:only\s+|just\s+|purely\s+)?(?:in\s+)?(?:response|retaliation|reaction)\s+to\s+(?:(?:your|ur)\b(?!\s+(?:message|question|text|email|letter|request|call|comment|post|point|offer|invite|invitation)s?\b)|what ${YOU}|the way ${YOU}|how ${YOU})`,
      'g',
    ),
  },
  // Their trait as the push: "your coldness pushed me towards her", "your nagging drove me out"
  {
    keys: keys('pushed|drove|forced|led|sent'),
    re: /\b(?:your|ur)\s+(?:\w+\s+)?(?:coldness|distance|silence|behaviou?r|jealousy|nagging|temper|drinking|attitude|neglect|absence|moods?|anger|accusations|lies|lying|control|controlling|criticism|spending|friends|family|ex|work|job|constant \w+)\s+(?:\w+ly\s+)?(?:pushed|drove|forced|led|sent)\s+me\s+(?:to|towards|toward|into|away|over|out|elsewhere)\b/g,
  },
  // "I wouldn't have had to lie if you'd been reasonable"
  {
    keys: keys("you'd|u'd"),
    re: new RegExp(
      raw`\b(?:i|it|none of this|this|that|we)\s+(?:wouldn't|would not|would never|'d never|never would)\s+(?:have|'ve|of)\s+[^.?!]{0,60}?\bif\s+(?:you'd|u'd)\s+(?:just\s+|only\s+)?(?:been|had|listened|trusted|told|given|let|stayed|answered|picked|paid|cared|stopped|left|done)\b`,
      'g',
    ),
    negation: false,
  },
  // "u kno how i get when u do that"
  {
    keys: keys('know|kno|knw'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:know|kno|knw)\s+(?:how|what)\s+(?:i\s+get|i'm\s+like|i\s+am|i\s+react|i\s+can\s+get)\s+when\s+${YOU}\b`,
      'g',
    ),
    negation: false,
  },
  // "u literally asked for it", "you had it coming"
  {
    keys: keys('asked|asking|coming|deserved'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:\w+ly\s+|kind of\s+|kinda\s+|basically\s+|pretty much\s+)?(?:asked for it|had it coming|were asking for it|was asking for it|deserved it(?=\s*(?:[,.!?]|$|tbh|honestly|lol))|deserved what you got)`,
      'g',
    ),
    accept: (_m, s) => !/\b(?:congrat\w*|well done|proud of you|promotion|here's|here you go)\b/.test(s.text),
  },
  // Tit for tat: "u were flirting with him first", "you've done way worse"
  {
    keys: keys('first|worse'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:were\s+|was\s+)?(?:flirting|texting|talking|messaging|lying|cheating|seeing|sleeping|snooping|going)\b(?!\s+me\b)(?:\s+\w+){0,3}?\s+first\b|\b${YOU}(?:'ve|\s+have)\s+(?:done|said)\s+(?:way\s+|much\s+|far\s+|a lot\s+|so much\s+)?worse\b|\b${YOU}\s+(?:did|said)\s+(?:way\s+|much\s+|far\s+|a lot\s+)worse\b`,
      'g',
    ),
    negation: false,
  },
  // "you should have told me where you were, then I wouldn't have checked"
  {
    keys: keys('should|could'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:could|should)(?:'ve|\s+have|\s+of)\s+(?:just\s+)?\w+[^.?!]{0,50}?\b(?:then|and then|so)\s+i\s+(?:wouldn't|would not|would never|'d never|never would)(?:'ve|\s+have|\s+of)?\b`,
      'g',
    ),
    negation: false,
  },
  // Others got the writer into it: "your brother got me drunk", "my mates got me into it"
  {
    keys: keys('got'),
    re: new RegExp(
      raw`\b(?:my|your|ur|his|her|the)\s+(?:\w+\s+)?${OTHERS}\s+(?:\w+ly\s+)?got\s+me\s+(?:so\s+|really\s+)?(?:drunk|wasted|high|hammered|smashed|into it|into (?:gambling|drugs|drinking|that|this)|involved|started|going)\b`,
      'g',
    ),
    negation: false,
    skipReported: false,
  },
  // "You also did mistakes", "you also have fault in this", "the fault is also yours", "you are also guilty"
  {
    keys: keys('also|too|fault'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:also|too)\s+(?:did|made|have made|'ve made|had)\s+(?:(?:some|many|a lot of|your|plenty of)\s+)?(?:mistakes|errors|faults)\b|\b${YOU}\s+(?:also|too)\s+(?:have|had|has|share|carry)\s+(?:some\s+|a\s+)?(?:fault|blame|guilt|part)\b|\bthe\s+fault\s+is\s+(?:also|partly|half)\s+(?:yours|your)\b|\b${YOU}\s+(?:are|were|r)\s+(?:also|too)\s+(?:guilty|at fault|to blame|responsible)\b`,
      'g',
    ),
  },
  // DARVO: "don't act like you're innocent", "you're acting like you didn't do anything wrong"
  {
    keys: keys('act|acting|pretend|pretending'),
    re: new RegExp(
      raw`\b(?:act|acting|pretend|pretending|behave|behaving)\s+(?:like|as if|as though)\s+${YOU}(?:'re|\s+are|\s+were|\s+was)?\s+(?:so\s+|completely\s+|totally\s+)?(?:perfect|innocent|a saint|an angel|blameless|the victim|the only victim|didn't do anything|did nothing|never did anything|have never done anything|had nothing to do with)\b`,
      'g',
    ),
    negation: false,
  },
  // "You started the argument", "u started that fight"
  {
    keys: keys('started'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:\w+ly\s+)?started\s+(?:the|that|this|every|all the)\s+(?:argument|arguments|fight|fights|row|rows|whole thing|drama|shouting|yelling)\b`,
      'g',
    ),
    negation: false,
  },
  // "the blame can't all be on me", "the whole blame cannot come on me only", "it's not all on me"
  {
    keys: keys('blame'),
    re: /\bthe\s+(?:whole\s+|entire\s+|full\s+|total\s+)?blame\s+(?:can't|cannot|can not|shouldn't|should not|isn't|is not|doesn't|does not|won't|will not)\s+(?:all\s+|only\s+|just\s+|entirely\s+)?(?:be|come|fall|go|lie|sit|rest|land)\s+(?:all\s+|only\s+|just\s+|entirely\s+)?on\s+me\b/g,
    negation: false,
  },
  // Their part: "you need to look at your part in it too", "think about your own role in this"
  {
    keys: keys('part|role|share'),
    re: new RegExp(
      raw`\b(?:look at|think about|own|admit|acknowledge|take responsibility for|recogni[sz]e|face|accept)\s+(?:your|ur)\s+(?:own\s+)?(?:part|role|share)\s+(?:in|of)\s+(?:it|this|that|what happened|all this|all of this|the (?:problem|mess|breakdown|affair))\b`,
      'g',
    ),
    negation: false,
    accept: (m, s) =>
      !/\b(?:i|i'll|i'm|i need to|i have to|i must|let me)\s+(?:\w+\s+){0,2}$/.test(
        s.text.slice(Math.max(0, m.index - 20), m.index),
      ),
  },
  // "you left it out like you wanted me to read it", "you practically invited me to look"
  {
    keys: keys('wanted|invited|asked|begged'),
    re: new RegExp(
      raw`\b(?:like|as if|as though)\s+${YOU}\s+(?:wanted|want)\s+me\s+to\s+(?:see|read|find|look|know|check|snoop|go through)\b|\b(?:like|as if|as though)\s+${YOU}\s+wanted\s+me\s+to(?=\s*(?:[.,!?;]|$))|\b${YOU}\s+(?:practically|basically|pretty much|literally|all but)\s+(?:invited|asked|begged|dared)\s+me\s+to\b`,
      'g',
    ),
  },
  // Others pushing: "the guys at work kept egging me on", "my sister egged me on"
  {
    keys: keys('egging|egged'),
    re: /\b(?:kept|were|was|all|just|always|had been|'d been|been|keep)\s+(?:\w+ly\s+)?egging\s+me\s+on\b|\begged\s+me\s+on\b/g,
    accept: (m, s) =>
      !/^\s+(?:to\s+(?:run|keep|try|finish|go for|apply|sign|enter|train|get help|see|call)|and\s+i\s+(?:did it|finished|won|made it))\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // "your jealousy is what pushed me to hide things", "the way you treated me is what made me leave"
  {
    keys: keys('what'),
    re: /\b(?:your|ur)\s+(?:\w+\s+)?(?:jealousy|nagging|moods?|attitude|behaviou?r|coldness|distance|silence|temper|controlling|criticism|insecurit\w+|accusations|questions|drinking|family|friends|mum|mom|dad|lies|lying|absence|paranoia|anger|constant \w+)\s+(?:is|was|'s)\s+(?:\w+ly\s+)?what\s+(?:pushed|drove|made|forced|led|got)\s+me\b/g,
  },
  // "You can't blame me for wanting attention when you gave me none"
  {
    keys: keys('blame'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:can't|cannot|can not|really can't|honestly can't)\s+(?:really\s+|honestly\s+)?blame\s+me\s+for\s+(?!trying\b|hoping\b|loving\b|missing\b|wanting to (?:see|talk|try|fix|make)\b|asking\b)\w+`,
      'g',
    ),
    negation: false,
  },
  // "you never made it easy to tell you anything", "you didn't exactly make it easy to be honest"
  {
    keys: keys('easy'),
    re: new RegExp(
      raw`\b${YOU}\s+(?:never|didn't|did not|don't|do not|weren't|wasn't|never really)\s+(?:exactly\s+|really\s+)?(?:made|make)\s+it\s+(?:very\s+|exactly\s+)?easy\s+(?:for me\s+)?to\s+(?:tell|talk|be honest|open up|say|come to you|share|be open|admit)\b`,
      'g',
    ),
    negation: false,
  },
];

/** An apology for the writer's act in the sentence before: "I'm sorry I read it." */
export const APOLOGY_PREVIOUS =
  /\b(?:sorry|apologi[sz]e|apologies)\b(?!\s+(?:to\s+(?:go|bring|bother|raise|say|ask|mention|hear|interrupt|drag|text|message|write)|for\s+(?:your\s+loss|the\s+(?:late(?![-\s]+night)|slow)))\b)/;

/** A rhetorical justification in the sentence before: "What was I supposed to do?" */
export const NO_CHOICE_PREVIOUS =
  /\bwhat\s+(?:else\s+)?(?:was|am)\s+i\s+(?:supposed|meant)\s+to\s+do\b|\bwhat\s+(?:other\s+)?choice\s+did\s+i\s+have\b|\bwhat\s+else\s+could\s+i\s+(?:have\s+)?do(?:ne)?\b/;

/**
 * After "what was I supposed to do?", their conduct told as the answer: "You weren't answering your
 * phone." Not "You were right to be angry".
 */
export const CONDUCT_AS_ANSWER: Pattern = {
  keys: keys('you|u'),
  re: new RegExp(
    raw`^(?<span>${YOU}\s+(?:(?:weren't|were not|wasn't|didn't|did not|wouldn't|would not|never|kept|had)\s+(?:even\s+|just\s+)?(?:answering|answer|picking up|pick up|replying|reply|responding|respond|listening|listen|talking to me|talk to me|telling me|tell me|home|there|around|ignoring|shutting|shut|blocked|gone)|(?:were|had been)\s+(?:ignoring|ghosting|avoiding|shutting|blanking|screaming|shouting|yelling|gone|out)|(?:ignored|blocked|ghosted|avoided)\s+me)\b[^.?!]{0,50})`,
    'g',
  ),
  negation: false,
};

/**
 * The sentence after the apology turns to their conduct: "I'm sorry I read it. But you had been so
 * distant for months." Not "But you deserve the truth", "but you were right".
 */
export const BUT_YOU_AFTER_APOLOGY: Pattern = {
  keys: keys('but|yet|fairness|fair|again|defence|defense'),
  re: new RegExp(
    raw`^(?:(?:but|and yet|yet)\s*,?\s+(?:(?:honestly|frankly|to be fair|let's be honest|then again|in (?:all )?fairness)\s*,?\s+)?|(?:in (?:all )?fairness|to be fair|then again|in my defen[cs]e)(?:\s+(?:though|tho))?\s*,?\s+)(?<span>${YOU}(?:'d|\s+had|\s+have|'ve)?\s+(?:(?:been|were|was)\s+(?:so\s+|really\s+|being\s+|always\s+|constantly\s+|just\s+)?(?!(?:so\s+)?(?:patient|kind|good|supportive|loving|understanding|generous|great|wonderful|amazing|brave|strong|right|honest|fair|lovely|gracious|forgiving|trying|helping|supporting|waiting|hoping|holding|nothing but)\b)(?:\w+ing\b|distant|cold|absent|horrible|awful|mean|nasty|controlling|jealous|paranoid|secretive|off with me|ignoring|flirting|texting|lying|shouting|yelling|nagging|needling|pushing|provoking|never|always|hardly|barely|constantly|impossible|unbearable|so \w+)|(?:kept|keep|always|never|constantly)\s+(?!(?:been|said|told|loved|supported|believed|helped|tried|there)\b)\w+|(?:started|pushed|provoked|lied|cheated|ignored|shut me out|went through|read|checked|snooped|left (?:it|your|ur|me)|flirted|kissed|embarrassed|humiliated)\b)[^.?!,]{0,50}|${YOU}(?:'re|\s+are)\s+(?:so\s+|just\s+|always\s+|basically\s+)?(?:impossible to (?:reach|contact|get hold of|talk to|pin down)|never|always|hardly|barely|constantly)\b[^.?!,]{0,50})`,
    'g',
  ),
  negation: false,
};
