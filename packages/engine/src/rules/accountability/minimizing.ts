/**
 * `minimizing`: shrinks the act or the hurt ("it was just a joke", "it's not a big deal", "it only
 * happened once"), or says their reaction is too big ("you're overreacting"). The writer quoting or
 * owning their own past minimising ("I told you it was no big deal, and that was wrong") is not
 * minimising (LABELS decision 11).
 */
import type { Sentence } from '../../analysis.js';
import type { Hit, Rule } from '../../rule.js';
import { alt, dedupe, keys, runPatterns, type Pattern, raw } from './lib.js';
import {
  LIGHT_NOUNS,
  OVERREACTION,
  TRIVIAL_NOUNS,
  REACTION_REASON,
  REACTION_SUGGESTION,
} from './minimizing.list.js';
import { MORE_PATTERNS, notMinimising } from './minimizing.more.js';
import { WIDE_PATTERNS } from './minimizing.wide.js';

const REASON = 'This makes what happened sound smaller than it felt to them.';
const SUGGESTION = "Let it be the size it was: name what you did without 'just', 'only' or 'not a big deal'.";

const COPULA = raw`(?:it|that|this|all it|all that|which)\s+(?:was|is|were|had been|has been)\s+|(?:it's|that's|its|thats|this is|it was|that was|twas)\s+|the\s+(?:\w+\s+)?(?:comment|remark|joke|text|message|post|thing|kiss|photo|pic|like|dm|call|story|video|meme|tweet)s?\s+(?:was|is|were)\s+`;
const SMALLER = raw`(?:just|only|barely|hardly|literally|merely|simply|obviously|clearly|basically|honestly|really|seriously|actually|all|nothing but|no more than|never more than|like)`;
const QUANTITY = raw`(?:one|a single|two|a few|a couple(?: of)?|a little|a tiny|a small|a silly|a stupid|a harmless|harmless|some|a bit of|a quick|a little bit of|a few little|a couple little|a minor|one little|one stupid|one silly|a dumb|one dumb|a meaningless|one measly|a measly|\d+)`;
const TRIVIAL = alt(TRIVIAL_NOUNS);

/** Acts a bare count makes small ("One kiss."); not "one word", which asks for a reply. */
const ONE_ACT =
  'kiss|hug|dance|text|message|drink|night|time|mistake|slip|slip up|slip-up|lie|fling|like|comment|photo|pic|date|dinner|party|bet|snog|peck|cuddle|look';

export const PATTERNS: readonly Pattern[] = [
  // "it was just a joke", "it was only a few texts", "its literally a like on a pic", "it was one night"
  {
    keys: keys(
      'just|only|barely|hardly|literally|merely|simply|obviously|clearly|basically|honestly|really|seriously|actually|all|nothing|like|one|single|two|few|couple|little|tiny|small|silly|stupid|harmless|some|bit|quick|minor|dumb|meaningless|measly|innocent|joke|prank|fun|banter|laugh|fling|misunderstanding|thing|mistake|off|paperwork|technicality|formality|time|quid|bucks|dollars|pounds|grand|euros',
    ),
    re: new RegExp(
      raw`\b(?:${COPULA})(?:${SMALLER}\s+){1,2}(?:${QUANTITY}\s+|a\s+|an\s+|(?=(?:small|little|tiny|silly|stupid|harmless|dumb)\s))(?:\w+\s+){0,1}?(?:${TRIVIAL})\b|\b(?:${COPULA})(?:${SMALLER}\s+){1,2}(?:[£$€]\s?\d[\d,.]*k?|\d+\s*(?:quid|bucks|dollars|pounds|grand|euros|k)\b)|\b(?:${COPULA})(?:${SMALLER}\s+){1,2}(?:money|words|texts|messages|stuff|sex|talk|talking|a game|a phone|a few minutes|minutes|seconds|a few hours|hours)\b|\b(?:${COPULA})(?:${QUANTITY}|a|an)\s+(?:\w+\s+){0,2}?(?:${TRIVIAL}),?\s+not\s+(?:a|an|my|the|your|some)\s+\w+|\b(?:${COPULA})(?:${SMALLER}\s+){0,2}(?:one|a single|a couple(?: of)?|a few|two|one little|one stupid|one silly|one dumb|\d+)\s+(?:\w+\s+){0,1}?(?:${TRIVIAL})\b|\b(?:${COPULA})(?:${SMALLER}\s+){0,2}(?:a|an)\s+(?:\w+\s+)?(?:${alt(LIGHT_NOUNS)})\b|\b(?:${COPULA})(?:${SMALLER}\s+){1,2}(?:banter|harmless|fun|flirting|talking|texting|chatting|kissing|messing around|mucking about|teasing|innocent|words|a laugh|for fun|for a laugh|nothing|nothing serious|paperwork)\b|\b(?:it was|that was|it's|its|twas)\s+(?:all\s+|completely\s+|totally\s+|pretty\s+|honestly\s+)?(?:harmless|innocent|nothing serious|meaningless|nothing)\b`,
      'g',
    ),
    accept: (m) =>
      !/\b(?:more|last|whole|other|next|full|entire|final|extra|long|big|huge)\s+\w+$/.test(m[0]) &&
      ((!/\b(?:me|us|you|myself)\s*$/.test(m[0]) && !/\bnothing\b/.test(m[0])) ||
        /\bwas\s+(?:just\s+|honestly\s+|really\s+|literally\s+)?nothing\b/.test(m[0])),
  },
  // "it's not a big deal", "it wasn't that bad", "not the end of the world", "it's not like I hit you"
  {
    keys: keys(
      "not|no|isn't|wasn't|ain't|it's|its|end|crime|anything|technically|exactly|worse|grand|proportion|what|least|mistakes|perfect|all|nothing|deep|more|never|didn't|weren't|aren't",
    ),
    re: /\b(?:not|no|isn't|wasn't|ain't)\s+(?:\w+\s+)?(?:a|such a|that|that much of a|that big of a|the|so|really a)?\s*(?:big|huge|major|massive)\s+(?:deal|thing|issue|problem)\b|\bno\s+(?:big\s+)?(?:biggie|harm done)\b|\b(?:it's not|its not|it is not|it was not|it wasn't|it isn't|this isn't|this wasn't|that wasn't|that isn't|that's not|it was never|it's never|i was never|i wasn't|we weren't|it never got|things weren't|things were never)\s+(?:\w+\s+)?(?:that|so|all that)\s+(?:bad|serious|deep|big|important|awful|terrible|horrible|much|major|dramatic)\b|\bnot\s+(?:exactly\s+)?the\s+end\s+of\s+the\s+world\b|\b(?:it's|its|it is|it was|this is|that's|that is)\s+not\s+(?:a|like a)\s+(?:crime|war crime|big thing|disaster|tragedy|catastrophe|federal offence|federal offense)\b|\b(?:it's|its|it is|it was|it isn't|it wasn't)\s+not\s+like\s+(?:i|we)\s+(?:\w+\s+){0,2}?(?:cheated|hit|killed|murdered|slept|stole|robbed|hurt|did anything|beat|left|lied|had an affair)\b|\b(?:it's|its|it is|it was)\s+not\s+like\s+(?:i|we)\s+(?:\w+\s+)?(?:spent it on|did it on purpose|meant)\b|\b(?:didn't|did not|never)\s+(?:\w+\s+)?(?:hit|touch|cheat on|hurt)\s+(?:you|u)\s+or\s+anything\b|\bnot\s+(?:technically|really|exactly)\s+(?:cheating|lying|a lie|an affair|stealing|snooping|cheating cheating)\b|\b(?:wasn't|weren't|isn't|aren't)\s+(?:\w+\s+)?(?:hidden|lying|a lie|cheating|stealing|a secret|an affair|snooping)\s+exactly\b|\bnot\s+like\s+i\s+cheated\s+cheated\b|\bcould\s+have\s+been\s+(?:a lot |so much |much |way )?worse\b|\bworse\s+things\s+(?:happen|have happened)\b|\bin\s+the\s+grand\s+scheme(?:\s+of\s+things)?\b|\bmore\s+of\s+a\s+(?:\w+\s+)?(?:issue|thing|matter|technicality|formality|misunderstanding|mix-up|mix up)\s+than\b|\b(?:blown|blew|blowing|blow)\s+(?:\w+\s+){0,3}?out\s+of\s+proportion\b|\bout\s+of\s+proportion\s+to\b|\bit\s+is\s+what\s+it\s+is\b|\bnot\s+(?:as|that|so)\s+(?:bad|serious|big|awful|terrible)\s+as\s+(?:it|you|u|everyone|people|they|your)\b|\bat\s+least\s+i\s+(?:didn't|never|wasn't|did not|was not)\b|\b(?:like|as if)\s+(?:it's|it was|its)\s+the\s+end\s+of\s+the\s+world\b|\b(?:everyone|everybody|we all|people)\s+makes?\s+mistakes\b|\b(?:nobody's|nobody is|no one's|no one is)\s+perfect\b|\ball\s+i\s+(?:did|said|ever did)\s+was\b|\b(?:a\s+(?:big\s+)?deal|a\s+fuss|drama|a\s+scene)\s+(?:out\s+of|over|about)\s+nothing\b|\b(?:it's|its|it is|this is)\s+not\s+that\s+deep\b/g,
    negation: false,
    accept: (m, s) =>
      !(
        /\bno\s+(?:big\s+)?(?:biggie|deal)$|big deal$/.test(m[0]) &&
        /^\s*(?:if|to|either way|whatever)\b/.test(s.text.slice(m.index + m[0].length))
      ),
  },
  {
    keys: keys('small|modest|minor|tiny|trivial|insignificant|negligible'),
    re: /\b(?:a|an)\s+(?:relatively|fairly|pretty|really|very|quite)?\s*(?:small|modest|minor|tiny|trivial|insignificant|negligible)\s+(?:sum|amount|thing|issue|matter|slip|mistake|detail|incident|lapse)\b/g,
    accept: (m, s) =>
      !/\b(?:not|no|never|isn't|wasn't)\s+(?:\w+\s+)?$/.test(
        s.text.slice(Math.max(0, m.index - 20), m.index),
      ),
  },
  // "it meant nothing", "nothing happened", "it never went beyond talking", "we just kissed"
  {
    keys: keys(
      'all|storm|teacup|tempest|teapot|fuss|normal|meant|means|mean|nothing|never|kissed|talked|texted|hugged|danced|chatted|talking|texting|chatting|friends|dancing|hanging|messaging|happened|nobody|noone|cared|noticed|remembers|remembered|saw|minded|cares|hurt|bounce|forget|forgotten|moved|gotten|got|happens|couple|couples|relationship|relationships|marriage|marriages|families|family|ago|history',
    ),
    re: /\b(?:it|that|she|he|the kiss|the fling|the affair|the texts|the messages|the whole thing|this|the drinking|the flirting)\s+(?:\w+ly\s+)?(?:meant|means)\s+(?:absolutely\s+|literally\s+)?nothing\b|\b(?:it|this|that)\s+(?:doesn't|does not|didn't|did not)\s+(?:even\s+)?mean\s+(?:anything|a thing)\b|\bnothing\s+(?:really\s+|even\s+|actually\s+|serious\s+)?happened\b|\b(?:it|things)\s+never\s+went\s+(?:beyond|further than|past)\b|\bwe\s+(?:were\s+)?(?:only|just|literally just|literally only|only ever)\s+(?:kissed|talked|texted|hugged|danced|chatted|talking|texting|chatting|friends|dancing|hanging out|messaging)\b|\bonly\s+happened\s+(?:once|one time|twice|the once|the one time|a couple of times)\b|\b(?:a\s+)?storm\s+in\s+a\s+teacup\b|\btempest\s+in\s+a\s+teapot\b|\bfuss\s+over\s+nothing\b|\b(?:a bit|a little|slightly|kind of|sort of|kinda)\s+[^.?!]{1,40},\s*that's\s+all\b|^(?:honestly\s+|but\s+|and\s+)?(?:it's|its|that's)\s+(?:totally\s+|perfectly\s+|completely\s+|pretty\s+)?normal\W*$|\b(?:no one|nobody|noone|no-one)\s+(?:even\s+|else\s+|really\s+)?(?:cared|noticed|remembers|remembered|saw|minded|cares|noticed it|got hurt)\b|\b(?:kids|children|people|he|she|they)\s+(?:(?!never\b|won't\b|don't\b|can't\b|didn't\b|wouldn't\b|shouldn't\b|not\b|will\b|may\b|might\b)\w+\s+)?(?:bounce back|get over it|forget)\b|\b(?:he's|she's|they've|everyone's|he has|she has|they have)\s+(?:already|probably already|mostly)\s+(?:forgotten|moved on|gotten over|got over)\b|\bforgotten\s+(?:all\s+about\s+it|most\s+of\s+it|about\s+it)\b|\b(?:it\s+)?happens\s+(?:in|to)\s+(?:every|all|most|many|any|lots of)\s+(?:\w+\s+)?(?:relationships?|marriages?|couples?|families|family|people|guys|man|woman|one|body)\b|\b(?:every|all|most|many)\s+(?:couples?|relationships?|marriages?|families)\s+(?:\w+\s+)?(?:have|go through|deal with|has|goes through|fights?|argues?|rows?)\s+(?:this|that|these|some of this|their|a few|rough|ups|about|over|sometimes|now and then|all the time)\b|\b(?:it|this|that)\s+was\s+(?:years|ages|months|so long|a long time|forever)\s+ago\b|\bancient\s+history\b/g,
    accept: (m, s) => {
      if (/\bago$|ancient history$/.test(m[0])) {
        return /\b(?:can we not|let it go|move on|moved on|get over|why|drop it|(?:you|you're|u|ur)\s+(?:\w+\s+)?still|still (?:bringing|going on|upset|angry|mad|talking about|on about|hung up|holding)|not this again|again)\b/.test(
          s.text,
        );
      }
      return true;
    },
  },
  // "i forgot one dinner", "over one night", "for one mistake", "over a story post"
  {
    keys: keys(
      'over|about|punish|punishing|punished|hating|dumping|ruining|throwing|blaming|hate|leave|leaving|dump|end|ending|ruin|throw|blame|angry|mad|upset|crying|fuss|fighting|drama|only|merely|literally|barely|forgot|missed|skipped|kissed|liked|flirted|hugged|danced',
    ),
    re: new RegExp(
      raw`\b(?:over|(?<=(?:punish|punishing|punished|hate|hating|leave|leaving|dump|dumping|end|ending|ruin|ruining|throw|throwing|blame|blaming|angry|mad|upset|crying|fuss|fighting|all this|this much|drama)\s+(?:\w+\s+){0,3})(?:for|about|because of))\s+(?:just\s+|only\s+)?(?:one|a single|a few|a couple of|two|a silly|a stupid|a tiny|a little|one stupid|one silly|one little)\s+(?:\w+\s+){0,1}?(?:${TRIVIAL})\b|\bi\s+(?:(?:only|literally only|merely|barely)\s+(?:forgot|missed|sent|had|kissed|said|liked|posted|told|did|skipped|took|spent|borrowed)\s+(?:one|a single|a couple of|a few|two)|(?:forgot|missed|skipped|kissed|liked)\s+(?:one|a single|just one|only one))\s+(?:\w+\s+){0,1}?(?:${TRIVIAL})\b|\b(?:so|this|that)\s+(?:hurt|upset|angry|mad|worked up|bothered|offended)\s+(?:over|about)\s+(?:a|one|some|just|a single)\s+|\bi\s+(?:only|merely|literally only|barely)\s+(?:texted|kissed|talked to|messaged|liked|followed|had (?:a|one|two)|sent|looked|read|borrowed|took|hugged|danced with|chatted|went for|flirted)\b|\bi\s+just\s+(?:kissed|flirted|hugged|danced with)\b`,
      'g',
    ),
    accept: (m, s) =>
      !/\b(?:more|last|whole|other|next|full|entire|final|extra|long|big|huge)\s+\w+$/.test(m[0]) &&
      !(
        /^i\s/.test(m[0]) &&
        /^[^.]{0,40}?\b(?:because|since|cos|bc|out of)\b/.test(s.text.slice(m.index + m[0].length))
      ),
  },
  // The count alone, as a sentence: "One kiss.", "just one text!", "a single drink."
  {
    keys: keys('one|single'),
    re: new RegExp(
      raw`^\W*(?:(?:it was|that was|it's|its)\s+)?(?:just\s+|only\s+|literally\s+)?(?:one|a single|one single|one tiny|one little|one stupid|one silly)\s+(?:${ONE_ACT})\s*[.!]*\s*$`,
      'g',
    ),
    negation: false,
  },
  // "you're overreacting", "you're making this bigger than it is", "are you seriously still upset?"
  {
    also: keys("you|u|your|ur|you're|youre|you've"),
    keys: keys(
      'overreacting|overreacted|overreact|overthinking|overdramatic|overdramatising|overdramatizing|dramatic|sensitive|oversensitive|hypersensitive|extra|precious|petty|hysterical|touchy|emotional|queen|scene|fuss|deal|thing|mountain|mountains|much|more|bigger|sound|blowing|blew|blow|seriously|personally|hard|strongly|badly|like|upset|angry|mad|hung|going|on|dwelling|harping|bringing|holding|grudge|sulking|reading|wrong|into|big|out|over',
    ),
    re: new RegExp(
      raw`\b(?:you're|you are|your|ur|u are|you were|you|u|youre|you've been|you have been|your friends are)\s+(?:\w+ly\s+|just\s+|really\s+|kinda\s+|kind of\s+|being\s+(?=over)|always\s+|seriously\s+|totally\s+|completely\s+|still\s+(?=making|blowing|taking))?(?:${alt(OVERREACTION)})\b`,
      'g',
    ),
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
    accept: (m, s) => {
      // "you were so emotional at the wedding" about joy is not minimising their hurt.
      if (/emotional$/.test(m[0])) return /\b(?:over|about)\s+(?:this|it|that|nothing)\b/.test(s.text);
      return true;
    },
  },
  {
    keys: keys(
      "reaction|as|affected|hurt|bothered|upset|still|acting|act|acts|treating|treat|punish|hate|hold|throw|throwing|threw|don't|why|no|not|should|would|could|get|got|move|let",
    ),
    re: /\b(?:the|your|their|her|his)\s+reaction\s+(?:to\s+[^.,]{1,40}?\s+)?(?:was|is|seems|seemed)\s+(?:\w+\s+){0,2}?(?:out of proportion|over the top|excessive|a bit much|too much|extreme|overblown)\b|\bas\s+(?:awful|bad|terrible|big|serious|horrible|dramatic)\s+as\s+(?:you're|you are|your|ur|you|u)\s+(?:\w+\s+)?(?:making out|making it|saying|claiming|acting|think|make it|made it)\b|\b(?:affected|hurt|bothered|upset)\s+(?:you|u)\s+(?:as much|that much|so much)\s+as\b|\b(?:is|it's|its|why is this|why's this)\s+still\s+(?:a thing|an issue|a big deal|a problem)\b|\b(?:acting|act|acts|treating me|treat me)\s+like\s+i\s+(?:committed|killed|murdered|robbed|did something (?:terrible|awful|horrible)|cheated|am a criminal|was a criminal)\b|\b(?:punish|hate|hold (?:this|it) against)\s+me\s+forever\b|\b(?:throw|throwing|threw)\s+(?:away|it all away)\s+[^.]{0,30}?\bover\s+(?:one|a|a single|just one)\b|\b(?:don't see why|why do we|why do you|why does this|no need to|not sure why we)\s+(?:\w+\s+){0,3}?(?:keep\s+)?(?:going over|bringing (?:this|it) up|dragging (?:this|it) up|harping on|dwelling on|going on about|rehashing)\b|\b(?:should|would|could)\s+(?:really\s+)?be\s+over\s+it\s+by\s+now\b|\b(?:get|got)\s+over\s+it\s+already\b|\bmove\s+on\s+already\b|(?:^|[,;]\s*|\bso\s+|\bjust\s+|\bplease\s+|\bcan you\s+)(?:let it go|get over it)\b(?!\s+(?:and|so)\s+i)/g,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  {
    keys: keys("stop|quit|don't|dont|not|no|calm|chill|relax|why"),
    re: /\b(?:stop|quit|don't|dont|do not|no need to|there's no need to|no reason to)\s+(?:\w+\s+)?(?:overreacting|overreact|being (?:so |too )?(?:dramatic|sensitive|extra|petty|emotional|hysterical)|making (?:a|such a|this|it)\s+(?:\w+\s+)?(?:deal|fuss|thing|drama|scene|bigger)|blowing (?:this|it|things) (?:up|out of proportion)|taking (?:it|this|everything) (?:so |too )?(?:personally|seriously|hard)|reading (?:too much|so much) into)\b|\b(?:you|u)\s+(?:need|have|gotta|have got)\s+to\s+(?:calm down|chill out|chill|relax|get over it|let it go|move on)\b|\bwhy\s+(?:you're|you are|ur|you were|you got|u r|your|are you|were you|is she|is he)\s+(?:so|this|that|still|even)\s+(?:upset|angry|mad|hurt|worked up|bothered|offended|annoyed|triggered)\b/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  // "sorry abt the drunk call lol", "sorry i told ur secret lol": laughing at the act
  {
    keys: keys(
      'sorry|apologise|apologize|left|ghosted|blocked|ignored|forgot|missed|told|posted|dropped|disappeared|went|vanished|bailed|flaked|stood',
    ),
    re: /\b(?:sorry|apologi[sz]e)\s+(?:about|abt|for|that i|i|if)\b[^.?!]{3,60}?\s(?<span>lol|lmao|lmfao|haha+|hehe+|rofl)\b|\bi\s+(?:kinda\s+|kind of\s+|sort of\s+|just\s+)?(?:left|ghosted|blocked|ignored|forgot|missed|told|posted|dropped off|disappeared|went quiet|went mia|vanished|bailed|flaked|stood you up)\s+(?:\w+\s+){0,8}?(?<span2>lol|lmao|haha+)\b/g,
    negation: false,
  },
  // "like every couple does", "let's not make it into something it wasn't", "it doesn't really count",
  // "you're way too sensitive", "lighten up", "that was months ago", "wasn't as bad as they made out"
  {
    keys: keys(
      'every|all|everyone|everybody|make|making|turn|turning|count|matter|like|sensitive|touchy|dramatic|barely|hardly|lighten|kidding|joking|laugh|still|ago|much|bad',
    ),
    re: /\blike (?:every|all|any|most) (?:other )?(?:couples?|relationships?|marriages?|guys?|men|people|one)(?: (?:do|does|did|have|has))?\b|\b(?:every|all|most) (?:couples?|relationships?|marriages?) (?:fight|argue|row|shout|have (?:fights|rows|arguments))\b|\b(?:make|making|turn|turning|blow|blowing) (?:this|it|things|that) (?:into|out of) (?:something (?:it (?:wasn't|was not|isn't|is not)|bigger|more|it's not)|more than (?:it was|it is)|a (?:big|bigger|huge) (?:deal|thing))\b|\b(?:it|that|this|which|kissing|texting|flirting) (?:doesn't|does not|didn't|did not|doesnt|didnt) (?:really )?count\b|\b(?:it's|its|it is|it was) not (?:like|as if) (?:anything|something|much) (?:really |actually )?(?:happened|was going on|went on)\b|\b(?:you're|you are|ur|u r|your) (?:being )?(?:way |far |much |so |a bit |just |too )+(?:sensitive|touchy|dramatic|emotional|uptight)\b|\bi (?:barely|hardly|only just|only) (?:raised my voice|touched (?:you|u)|said anything|did anything|pushed (?:you|u))\b|\blighten up\b|\bi was (?:only |just )?(?:kidding|joking)\b(?! myself)|\b(?:you'll|you will|u will|u'll|we'll) (?:all )?(?:laugh|look back and laugh) (?:about|at) (?:this|it|all this|all of this)\b|\b(?:you're|ur|you are|u r) still (?:on|upset about|going on about|hung up on|bringing up|banging on about) (?:it|this|that)\b|\bthat was (?:months|ages|years|weeks|forever) ago\b|\b(?:did|does|do|would|could) (?:it|this|that) (?:really |even |seriously |actually |honestly |truly )(?:affect|bother|upset|hurt) (?:you|u) (?:so|this|that) much\b|\b(?:wasn't|was not|isn't|is not|not) (?:as|that|so) bad as (?:you|u|they|she|he|everyone|people|your \w+|ur \w+) (?:made out|make out|say|said|think|thought|make it sound|made it sound|claim)\b/g,
    negation: false,
  },
];

/** "I'm not saying it was a joke", "I'd never call it nothing": not offered as the writer's view. */
const DISCLAIMER =
  /\b(?:not|never|won't|wouldn't|can't|don't|didn't)\s+(?:\w+\s+){0,2}(?:saying|say|claim|claiming|pretend|pretending|tell you|call it|calling it|act like|acting like|going to say)\s+(?:that\s+)?(?:\w+\s+){0,1}$/;

const ALL_PATTERNS: readonly Pattern[] = [...PATTERNS, ...MORE_PATTERNS, ...WIDE_PATTERNS];
const HABIT =
  /^(?:you|u|you're|you are|ur|u r)\s+(?:always|constantly|forever|ever)\b.*\b(?:over-?react\w*|blow|blows|blew|dramatic|sensitive|emotional|hysterical|touchy|fuss|scene|drama|big deal|out of proportion)\b/;
const SORRY_THAT_YOU = /\b(?:sorry|apologi[sz]e|apologies)\s+(?:that\s+|if\s+)?$/;

export const minimizing: Rule = {
  id: 'minimizing',
  kind: 'problem',
  gate: /\b(?:harm|ideal|finest|proudest|everybody|glanced|peeked|skimmed|molehill|it|its|it's|this|the|just|only|literally|merely|one|a|an|few|couple|harmless|innocent|nothing|big|that|so|end|crime|like|worse|grand|small|modest|minor|more|proportion|is what|deep|meant|mean|happened|never|we|nobody|no one|noone|kids|children|he|she|they|happens|every|all|most|ago|history|over|for|about|i|you|ur|u|your|everyone|people|reaction|as|affected|hurt|still|acting|act|punish|hate|throw|threw|don't see|why|should|would|could|get|got|move|let|sorry|apologi[sz]e|lol|lmao|haha|count|matter|sensitive|touchy|dramatic|barely|hardly|lighten|kidding|joking|laugh|bad|make|making|turn|turning|couple|couples|compared|worse|views|likes|they|those|these|theyre|they're|people|hardly|barely|blown|blowing|blow|blew|momentary|brief|short|fleeting|physical|sexual|platonic|there|don't|dont|can't|didn't|let's|lets|no|i'd|technically|nobody|noone|we're)\b/,
  find(s: Sentence): Hit[] {
    const hits = runPatterns(s, ALL_PATTERNS, REASON, SUGGESTION).filter(
      (h) =>
        !DISCLAIMER.test(s.text.slice(Math.max(0, h.start - 50), h.start)) &&
        // "you always overreact", "your problem is you're too sensitive": a standing trait, which is
        // `criticism` (LABELS), not a judgement of this one reaction.
        !HABIT.test(s.text.slice(h.start, h.end)) &&
        !/\b(?:your|ur|the)\s+(?:problem|issue|trouble)\s+is\s+(?:that\s+)?$/.test(
          s.text.slice(Math.max(0, h.start - 30), h.start),
        ) &&
        // "I'm sorry you took it the wrong way" apologises for how they read it (`conditional-apology`);
        // "sorry you reacted so strongly" still calls the reaction too big.
        !(
          /\bwrong way\b/.test(s.text.slice(h.start, h.end)) &&
          SORRY_THAT_YOU.test(s.text.slice(Math.max(0, h.start - 24), h.start))
        ) &&
        !notMinimising(s, h.start, h.end),
    );
    return dedupe(hits);
  },
};
