/**
 * More families of the `minimizing` rule, written from the meaning in LABELS.md (decision 6), and the
 * guards that keep it from scolding: the writer owning their own past minimising in other words ("I
 * convinced myself it was harmless", "I played it off like a joke"), someone else's view reported ("my
 * mum said it was no big deal"), the minimising taken back in the same breath ("…but it wasn't"),
 * time told plainly ("it was only a few days after your birthday"), and praise ("you're so sensitive
 * to other people").
 */
import type { Sentence } from '../../analysis.js';
import { keys, type Pattern, raw } from './lib.js';
import { REACTION_REASON, REACTION_SUGGESTION } from './minimizing.list.js';

const COPULA = raw`(?:(?:it|this|that)\s+(?:was|is)\s+|(?:it's|that's|its|thats|twas)\s+)`;
const SMALLER = raw`(?:(?:just|only|literally|honestly|really|like|all|merely|basically)\s+){0,2}`;
const YOURE = raw`(?:you're|you are|your|ur|u r|you were|you|u|youre)`;

export const MORE_PATTERNS: readonly Pattern[] = [
  // Small in other words: "it was only once", "it was only a little push", "it was a tiny white lie",
  // "it was small stuff really", "it was a moment of weakness, nothing more"
  {
    keys: keys(
      'once|twice|time|push|shove|slap|tap|nudge|grab|poke|bump|tiny|little|small|minor|harmless|wee|teeny|stuff|more|else',
    ),
    re: new RegExp(
      raw`\b${COPULA}${SMALLER}(?:once|twice|the once|one time|the one time|a one-off|a one off|a couple of times)(?=\s*(?:[,.!?;]|$|\s+(?:and|lol|haha|tho|though|like|ffs|babe|honestly|years ago|ages ago)\b))|\b${COPULA}${SMALLER}(?:a|an|one)\s+(?:(?:tiny|little|small|harmless|minor|teeny|wee|quick|innocent|silly little|stupid little|tiny little|little tiny|light|gentle|playful)\s+){1,2}(?:push|shove|slap|tap|nudge|grab|poke|bump|white lie|lie|fib|kiss|peck|hug|cuddle|comment|joke|text|message|flirt|bet|loan|thing|mistake|slip|argument|row|disagreement|misunderstanding|fight|spat|tiff|bit of fun|moment)\b|\b${COPULA}${SMALLER}(?:small|little|minor|petty|silly|trivial|tiny)\s+(?:stuff|things|shit)\b|\b${COPULA}${SMALLER}(?:a|one)\s+(?:\w+\s+){0,3}?(?:moment|night|mistake|slip|lapse|kiss|fling|thing|time|drink)(?:\s+of\s+\w+)?\s*,\s*(?:nothing more|nothing else|that's all|that is all|no more than that|nothing serious|nothing more than that)\b`,
      'g',
    ),
    accept: (m, s) => !TIME_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 20)),
  },
  // "it's really not that big of a deal", "I don't see what the big deal is", "what's the big deal"
  {
    keys: keys('deal|fuss|drama|problem|issue'),
    re: /\b(?:not|isn't|wasn't|ain't)\s+(?:\w+\s+)?(?:that|so|such|really that)\s+(?:big|huge|major|massive)\s+(?:of\s+)?a\s+(?:deal|thing|issue|problem)\b|\b(?:don't|do not|can't|cannot|didn't|dont)\s+(?:\w+\s+)?(?:see|get|understand|know)\s+(?:what|why)\s+(?:the\s+)?(?:big\s+|huge\s+)?(?:deal|fuss|problem|issue|drama)\s+(?:was|is)\b|\bwhat's\s+(?:the\s+|so\s+)?(?:big|huge)\s+(?:deal|problem)\b|\b(?:don't|do not|can't|dont)\s+(?:see|get|understand)\s+why\s+(?:it's|this is|it is|that's|it was)\s+(?:such\s+)?a\s+(?:big|huge)\s+(?:deal|thing)\b/g,
    negation: false,
  },
  // Their reaction as too big: "you take everything so seriously", "you're taking this way too hard",
  // "you're making it a bigger deal than it is", "you'll get over it"
  {
    keys: keys('take|taking|took|making|make|made|bigger|get'),
    re: new RegExp(
      raw`\b${YOURE}\s+(?:always\s+|just\s+|really\s+|kind of\s+|kinda\s+|honestly\s+)?(?:take|taking|took|takes)\s+(?:everything|things|it|this|stuff|jokes|it all|this all|everything i say)\s+(?:(?:so|too|way too|far too|really|a bit too|much too)\s+)(?:seriously|personally|hard|to heart|badly|literally)\b|\b${YOURE}\s+(?:always\s+)?(?:take|taking|took|takes)\s+(?:everything|things|it|this|stuff)\s+the\s+wrong\s+way\b|\b${YOURE}\s+(?:\w+ly\s+|just\s+|kinda\s+)?(?:making|make|made)\s+(?:it|this|that|things|everything)\s+(?:into\s+)?(?:a\s+)?(?:(?:much|way|so much|a lot)\s+)?(?:bigger|worse|more)\s+(?:\w+\s+)?than\s+(?:it|this|that)\s+(?:is|was|needs to be|has to be)\b|\b(?:you|u)(?:'ll|\s+will)\s+(?:soon\s+)?(?:get over it|forget about it|get over this|forget all about it)\b`,
      'g',
    ),
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  // "it happens to everyone", "these things happen", "couples fight, it's normal", "we've all done it",
  // "everyone does it"
  {
    keys: keys('happens|happen|happened|couples|couple|people|partners|everyone|everybody|all|normal'),
    re: /\b(?:it|this|that|stuff like this|stuff like that|things like this|things like that)\s+happens\s+to\s+(?:everyone|everybody|the best of us|all of us|us all|anyone|loads of people|lots of people|most people)\b|\b(?:these|such|those)\s+things\s+(?:happen|do happen|just happen)\b|(?:^|[,;]\s*|\b(?:but|well|hey|look|i mean|honestly)\s+)(?:shit|stuff)\s+happens(?=\s*(?:[,.!?]|$|lol|tho|though))|\b(?:all\s+)?(?:couples|partners)\s+(?:\w+\s+)?(?:fight|argue|row|bicker|lie|flirt|have (?:rows|fights|arguments|their ups and downs)|go through (?:this|it|stuff like this))\b|\b(?:everyone|everybody|all of us|we all|people)(?:'s|\s+has|\s+have|'ve)?\s+(?:\w+\s+)?(?:does|do|did|done|lies|lie|flirts|flirt|cheats|slips up|messes up|says things)\s+(?:it|this|that|stuff like this|things like this|sometimes|worse|at some point|now and then|from time to time|all the time)\b|\bwe(?:'ve|\s+have)\s+all\s+(?:done|been there|said|done worse)\b|\b(?:it's|its|that's|thats|it is)\s+(?:totally\s+|completely\s+|perfectly\s+|pretty\s+)?normal\s*(?=[.!?]|$|\s*,?\s*(?:every|all|most|everyone|everybody|people|couples|lol|honestly))/g,
    accept: (m, s) => {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // "couples fight, but what I did wasn't a fight": the writer sets it apart.
      if (/^\s*,?\s*but\s+(?:what i did|this|that|i|it)\b/.test(after)) return false;
      // "it's normal to feel angry" validates them; a bare "it's normal" after an act does not.
      return !/^\s*(?:to\s+feel|to\s+be|that\s+you|for\s+you)\b/.test(after);
    },
  },
  // Time as the excuse for moving on: "that was so long ago, I thought we'd moved past it"
  {
    keys: keys('ago'),
    re: /\b(?:it|this|that)\s+(?:was|happened)\s+(?:so\s+|like\s+)?(?:years|ages|months|so long|a long time|forever|a lifetime|weeks)\s+ago\b/g,
    accept: (_m, s) =>
      /\b(?:moved? (?:on|past)|past it|over it|behind us|let it go|drop it|bring(?:ing)? (?:it|this|that) up|dragging (?:it|this|that) up|why (?:are|do|bring|would|is)|(?:you|you're|u|ur)\s+(?:\w+\s+)?still|still (?:bringing|going on|upset|angry|mad|talking about|on about|hung up|holding))\b/.test(
        s.text,
      ),
  },
  // "it's not like anyone got hurt", "it doesn't matter that much", "it's not cheating if we didn't…",
  // "I didn't do anything that bad", "it's really not important"
  {
    keys: keys(
      'anyone|anybody|matter|matters|mattered|cheating|lying|anything|important|serious|mountain|molehill|harm',
    ),
    re: /\bnot\s+like\s+(?:anyone|anybody|someone|somebody|you|u|anything)\s+(?:\w+\s+)?(?:got|was|were|is)\s+(?:hurt|injured|harmed|damaged|lost|broken)\b|\bnot\s+like\s+(?:it|this|that)\s+(?:matters|mattered|meant anything|means anything|changed anything)\b|\b(?:it|this|that)\s+(?:doesn't|does not|didn't|did not)\s+(?:really\s+)?matter\s+(?:that much|so much|much|in the end|in the grand scheme)\b|\b(?:it's|its|it is|that's)\s+not\s+(?:really\s+)?(?:cheating|lying|stealing|a lie|snooping)\s+if\b|\bi\s+(?:didn't|did not|never)\s+(?:\w+\s+)?do\s+anything\s+(?:that|so|really|too)\s+(?:bad|terrible|awful|wrong|serious|horrible)\b|\b(?:it|this|that)\s+(?:wasn't|was not|isn't|is not)\s+anything\s+(?:that\s+)?(?:serious|bad|major|big)\b|\b(?:it's|this is|it is|that's|it was)\s+(?:really\s+|honestly\s+)?not\s+(?:that\s+|so\s+)?(?:important|significant)\b(?!\s+(?:what|how|whether|who|to|now|anymore))|\bmountains?\s+out\s+of\s+(?:a\s+)?molehills?\b|\bno\s+harm\s+(?:done|no foul)\b/g,
    negation: false,
  },
  // "I just glanced at your messages", "i only had a quick look"
  {
    keys: keys('glanced|peeked|peeped|skimmed|look|scrolled|flicked'),
    re: /\bi\s+(?:only|just|merely|literally just|literally only|barely)\s+(?:glanced|peeked|peeped|skimmed|had a (?:quick |little |tiny )?look|took a (?:quick |little )?look|scrolled|flicked through)\b/g,
  },
];

/** "It was only a few days after your birthday": a time told plainly, not the act made small. */
const TIME_AFTER = /^\s*(?:after|before|later|since|until|till|into|in|earlier|from|when|that)\b/;

/** The writer's own past minimising in words the shared guard does not know. */
const OWN_FRAME =
  /\b(?:i|i've|i'd)\s+(?:\w+ly\s+)?(?:convinced myself|told myself|kept telling myself|tried to tell myself|made (?:it|this|that) (?:seem|look|out)|played (?:it|this|that) (?:off|down)|laughed (?:it|this|that) off|shrugged (?:it|this|that) off|brushed (?:it|this|that) off|waved (?:it|this|that) off|passed (?:it|this|that) off|wrote (?:it|this|that) off|treated (?:it|this|that|you|your \w+)|tried to (?:make|pass|play)|wanted to believe|pretended|(?:would|used to) (?:tell you|say|insist|claim)|hid behind|(?:once|always|even|often|repeatedly|still) (?:told|said to) (?:you|u|everyone|people|myself|them)|told (?:you|u|everyone|people) (?:once|before|back then|at the time|then))\b[^.;]{0,40}$/;

/** Someone else's view, reported: "my mum said it was no big deal", "people told me it was normal". */
const OTHERS_VIEW =
  /\b(?:he|she|they|people|everyone|everybody|friends|my \w+|your \w+|his \w+|her \w+|the \w+|mum|mom|dad)\s+(?:(?!i\b)\w+\s+)?(?:said|says|told me|tells me|thinks|thought|reckons|reckoned|claimed|claims|insisted|insists|kept saying|keeps saying|believes|believed)\s+(?:that\s+)?[^.;,]{0,30}$/;

/** The minimising taken back in the same breath: "…but it wasn't", "…and that was a lie". */
const TAKEN_BACK =
  /^\s*(?:to me\s+)?(?:then|at the time|back then)\b|^[^.?!]{0,50}?\b(?:but|and|—|-)\s+(?:(?:once|one time|one lie|that)\s+was\s+(?:enough|too much|all it took)|(?:it|this|that)\s+(?:was never|never was|wasn't ever|wasn't|was not|isn't|is not|was a lie|was wrong|was cruel|was not true|was untrue|mattered|matters|was a big deal|is a big deal|was huge|was everything)|i\s+(?:now\s+|can\s+)?(?:know|see|realise|realize|understand)\s+(?:now\s+)?(?:it|that|how|it was)|i\s+was\s+(?:so\s+|very\s+|completely\s+|totally\s+|dead\s+)?wrong|(?:that's|that is|it's|it is|this is)\s+(?:no|not an?)\s+excuse)\b/;

/** Praise that uses the same words: "you're so sensitive to other people, it's what I love about you". */
const PRAISE_AFTER =
  /^\s*(?:to\s+(?:other|others|people|everyone|the|how|my|me)\b|and\s+(?:kind|caring|thoughtful|loving)|,?\s*(?:it's|which is)\s+what\s+i\s+(?:love|loved|admire))/;

/** True when a minimising hit is not the writer's view now. */
export function notMinimising(s: Sentence, start: number, end: number): boolean {
  const before = s.text.slice(Math.max(0, start - 70), start);
  if (OWN_FRAME.test(before)) return true;
  // "I lied and then kept telling you that you were overreacting": the writer's own words, subject left out.
  if (
    /\bi\s+[^.;]{0,50}?\b(?:and|then|,)\s+(?:then\s+)?(?:kept\s+|would\s+)?(?:telling|told|saying|said|acting like|acted like|making out|made out|insisting|insisted)\s+(?:to\s+)?(?:(?:you|u|everyone|people|myself)\s+)?(?:that\s+)?$/.test(
      before,
    )
  )
    return true;
  if (OTHERS_VIEW.test(before) && !/\b(?:and|but)\s+(?:honestly\s+)?(?:i|it|that)\b/.test(before.slice(-20)))
    return true;
  const after = s.text.slice(end, end + 80);
  if (TAKEN_BACK.test(after)) return true;
  const span = s.text.slice(start, end);
  // "it's nothing you did", "it was nothing to do with you", "it's nothing I can fix with words"
  if (
    /\bnothing$/.test(span) &&
    /^\s*(?:you|to do with|i (?:can|could|would|will|want|expected|am|'m)|that (?:i|you|can|could)|personal|against)\b/.test(
      after,
    )
  )
    return true;
  // "it was innocent at first, but I let it become more"; "my words are meaningless unless I change"
  if (
    /\b(?:innocent|harmless|meaningless)$/.test(span) &&
    /^\s*(?:at first|to begin with|in the beginning|unless|without|if)\b/.test(after)
  )
    return true;
  // "that was months ago, and I still think about it": the writer's own regret, not "move on".
  if (
    /\bago$/.test(span) &&
    /^[^.]{0,40}?\b(?:i\s+(?:still|think|regret|remember|carry|feel)|still\s+(?:hurts|hurt you|haunts|weighs))\b/.test(
      after,
    )
  )
    return true;
  // "I blew it out of proportion" owns the writer's own overreaction; "no one got hurt except you" does not shrink.
  if (
    /^(?:blew|blown|blow|blowing)\b[^.]*out of (?:all )?proportion$/.test(span) &&
    /\bi\s+(?:\w+\s+){0,2}$/.test(before.slice(-20))
  )
    return true;
  if (
    /\b(?:hurt|harmed)$/.test(span) &&
    /^\s*(?:because of you|by you|thanks to you|except|but|apart from|more than)\b/.test(after)
  )
    return true;
  // "that was years ago, and I'm in a good place now": a life update, not "move on".
  if (
    /\bago$/.test(span) &&
    /^[^.]{0,20}?\b(?:and|but)\s+i'm\s+(?:\w+\s+){0,2}(?:in a (?:good|better) place|better|doing (?:well|better|okay|ok|fine)|okay|ok|fine|safe)\b/.test(
      after,
    )
  )
    return true;
  // "it's only a small thing, but I found your earrings": a preface to news, not the act made small.
  if (
    /\b(?:small|little|tiny) thing$/.test(span) &&
    /^\s*,?\s*but\s+(?:i|i've|i'd)\s+(?!was\b|wasn't\b|did\b|didn't\b)/.test(after)
  )
    return true;
  // "I only texted you to say happy birthday": about contact with them, not the act made small.
  if (/\b(?:texted|messaged|called|rang)$/.test(span) && /^\s*(?:you|u)\b/.test(after)) return true;
  // "I know you're still upset, and you have every right": their feelings recognised, not dismissed.
  if (
    /\bstill\s+(?:so\s+)?(?:upset|angry|mad|hurt)$/.test(span) &&
    (/\b(?:i know|i understand|i get (?:it|that|why)|i can see|i can tell|i realise|i realize|i hope|if|it's okay|it's ok|it makes sense|of course|no wonder|i don't blame you|you have every right)\b[^.]{0,25}$/.test(
      before,
    ) ||
      /^\s*(?:(?:at|with)\s+me\b|[,;]?\s*(?:and|which)\s+(?:that's|that is|you have|i understand|it's|i get|i deserve))/.test(
        after,
      ))
  )
    return true;
  // "sorry I said that but I was hangry lol", "sorry I'm late, the bus was stuck lol": the laugh is at the
  // reason or the delay, not at the act.
  if (
    /^(?:lol|lmao|lmfao|haha+|hehe+|rofl)$/.test(span) &&
    /\b(?:but\s+i\s+(?:was|am|'m|had|got)|late|traffic|the bus|the train|running behind|stuck in|on my way|omw)\b/.test(
      before,
    )
  )
    return true;
  // "sorry for the late reply lol": the everyday sorry, not the act laughed off.
  if (
    /^(?:lol|lmao|lmfao|haha+|hehe+|rofl)$/.test(span) &&
    /\bsorry\s+(?:for|about|abt)\s+(?:the\s+|my\s+|all\s+the\s+)?(?:late|slow|delayed|long|double|many|spam|typos?|wall|ramble|rambling|bothering|confusion|wrong number|essay|novel|voice ?notes?|being slow|being late|replying late|the delay)/.test(
      before,
    )
  )
    return true;
  // "it's just one message, I won't send more": about their contact with them, not the act made small.
  if (
    /\b(?:message|text|letter|email|note)$/.test(span) &&
    /\b(?:i\s+)?(?:won't|will not|will never|won't ever)\s+(?:send|write|text|message|bother)|leave you alone|then i'll stop/.test(
      after,
    )
  )
    return true;
  // "you always overreact" generalises about them: that is criticism, not their hurt made small.
  if (/^(?:you|u)\s+(?:always|constantly|forever|never stop)\s+overreact/.test(span)) return true;
  // "it's no big deal about the tickets", "it's not the end of the world if we don't talk this week"
  if (
    /(?:big deal|big thing|biggie|end of the world)$/.test(span) &&
    /^\s*(?:if|to|either way|whatever|about (?:the|your|my|our) \w+|,?\s*(?:i'll|we can|take your time|no rush))\b/.test(
      after,
    )
  )
    return true;
  // "it was only a few days after your birthday", "it was nothing like I expected", "we were just friends back then"
  if (/\b(?:days?|weeks?|hours?|minutes?|months?|years?|nights?|time)$/.test(span) && TIME_AFTER.test(after))
    return true;
  if (/\bnothing$/.test(span) && /^\s*(?:like|compared|short of|less than|to worry about)\b/.test(after))
    return true;
  if (
    /\bfriends$/.test(span) &&
    /^\s*(?:back then|at the time|at first|before|for years|growing up|at school|in school|at uni|when)\b/.test(
      after,
    )
  )
    return true;
  return /\b(?:sensitive|emotional|caring)$/.test(span) && PRAISE_AFTER.test(after);
}
