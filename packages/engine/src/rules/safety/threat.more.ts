/**
 * Still more `threat` patterns, for veiled and conditional forms the other two tables miss:
 * consequences left hanging ("I swear if you ignore me one more time…", "you won't like what
 * happens next", "pray I don't find you"), self-excusing menace ("I'm not responsible for what I
 * do if…", "nobody would blame me if I did"), warnings passed on ("tell your new man to be
 * careful"), the children as leverage ("good luck getting custody after what I tell the judge"),
 * exposure ("ur nudes everywhere", "those videos of you would get a lot of views", "funny how fast
 * a secret spreads"), turning up unasked ("maybe I'll show up at your work"), and watching ("you
 * took the 7:40 bus", "ive been watchin u"). Guards: arranged handovers, worry for them, jokes,
 * questions, the writer's own things, and kind sightings.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit } from '../../rule.js';
import { notJoke, rx, type SafetyPattern, words } from './lib.js';
import {
  AUDIENCE,
  FILL,
  THREAT_REASON,
  WILL,
  CLOSE_MORE as CLOSE,
  KIDS_MORE as KIDS,
  ARRANGED_MORE as ARRANGED,
  CONCERN_MORE as CONCERN,
  KIND_MORE as KIND,
  MEDIA_MORE as MEDIA,
  SPORT_MORE as SPORT,
  UNINVITED,
} from './threat.list.js';
import { pairHit } from './threat.veiled.js';

const FILLS = `${FILL}{0,2}`;

const REASON = THREAT_REASON;

const notAsked = (s: Sentence): boolean => !s.isQuestion;

/** Their people's homes, where they might feel safe: "at your mum's", "at ur dads". */
const THEIR_PLACE = `(?:mum's|mums|mom's|moms|dad's|dads|parents'|parents|nan's|nans|sister's|sisters|brothers|brother's|mate's|friend's)`;

export const MORE_PATTERNS: readonly SafetyPattern[] = [
  // Consequences left hanging.
  {
    // i-swear-if-again
    need: words('swear'),
    re: rx(
      `i swear(?: (?:to|on) (?:god|my life|my mother's life|my kids' lives|everything))?,? if (?:you|u)(?: [\\w']+){1,8}? (?:again|one more time|once more|another time)(?=\\s*(?:$|\\.{2,}|[.!]))`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // wont-like-what-happens
    need: words('like'),
    re: rx(
      `(?:you|u|he|she|they)(?: really)? (?:won't|will not|wouldn't|would not|aren't going to|are not going to|isn't going to|not gonna|ain't gonna) like what (?:happens|comes|i do|i'll do|i will do|i'm going to do|i'm gonna do|i might do|i'd do)(?: next| after that| then| to (?:you|u|him|her|them))?(?=\\s*(?:$|[.!,]|if|when|once))`,
    ),
    accept: (s) => notJoke(s) && !MEDIA.test(s.text),
    reason: REASON.veiled,
  },
  {
    // pray-i-dont-find-you
    need: words('pray|hope'),
    re: rx(
      `(?:pray|(?:you|u|he|she|they)(?:'d| had)? better (?:pray|hope)|better (?:pray|hope)) (?:that )?i (?:don't|do not|never) (?:find|see|catch|run into|bump into|get hold of|get my hands on) (?:you|u|ya|him|her|them|your \\w+|ur \\w+)`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // not-responsible-for-what-i-do
    need: words('responsible'),
    re: rx(
      `(?:i'm not|i am not|i'm no longer|i won't be|i will not be|i can't be|i cannot be|i'll not be|i'm not going to be)(?: held)? responsible for (?:what|anything that|whatever) (?:i do|i'll do|i will do|i might do|i may do|i end up doing|i could do|happens|happens next|might happen|will happen|comes next|follows)`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // nobody-would-blame-me
    need: words('blame'),
    re: rx(
      `(?:nobody|no one|noone|no jury|no court|no judge|no man|no woman|not one person)(?: in the world| on earth)? (?:would|could|will|'d) (?:ever )?blame me (?:if|for (?:what i do|doing (?:something|it|that|what)|hurting|going|losing it|snapping|kicking off))`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // cant-promise-the-same
    need: words('promise|guarantee'),
    re: rx(
      `(?:can't|cannot|can not|won't|couldn't) (?:promise|guarantee) (?:the same (?:about|for|of) (?:your|ur|him|her|them|that|the)|what i(?:'ll| will| might|'d) do|i won't (?:hurt|touch|do something|do anything|lose it|snap|go round|come round))`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // know-whats-good-for-you
    need: words('good'),
    re: rx(
      `if (?:you|u|he|she|they|your \\w+|ur \\w+|\\w+) (?:know|knows) what's good for (?:you|u|him|her|them)`,
    ),
    // "If you know what's good for you, you'll stay away from people like me": the writer warning against themself.
    accept: (s) =>
      notJoke(s) && !/\b(?:from me|like me|kindly|for your own good|i'm not good)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // last-warning
    need: words('warning'),
    re: rx(
      `(?:this is |that's |that was |consider this |here's |it's )?(?:your|ur|the|a|my) (?:last|final|only|one and only) warning|last warning(?=\\s*(?:$|[.!,]))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !MEDIA.test(s.text) &&
      !/\b(?:bus|train|call|order|orders|boarding|drinks|kick-?off|tickets?|to (?:myself|me))\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // wont-feel-safe-once
    need: words('safe'),
    re: rx(
      `(?:you|u|he|she|they)(?: really)? (?:won't|will not|wouldn't|would not|aren't going to|are not going to) feel (?:so |that |very |too )?(?:safe|secure|comfortable|at home|clever|smug|brave)(?: [\\w']+){0,4}? (?:once|when|after|as soon as|the minute|the moment|the day) i`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // dont-bother-moving
    need: words('bother|point|use'),
    re: rx(
      `(?:don't|do not|dont|no point|there's no point|there is no point|no use|it's no use)(?: even)? (?:bother(?:ing)? )?(?:moving|hiding|running|changing (?:your|ur|the) (?:number|locks|address|name)|moving house)(?: again| away| anywhere)?(?=\\s*(?:$|[.!,]|i(?:'ll| will)|i know|i found|i'd))`,
    ),
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text),
    reason: REASON.watch,
  },
  {
    // think-again
    need: words('think'),
    re: rx(
      `(?:you|u) (?:think|thought) (?:you|u) (?:can|could)(?: [\\w']+){1,8}?\\?? think again(?=\\s*(?:$|[.!]))`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // dont-forget-i-have-material
    need: words('forget|remember'),
    re: rx(
      `(?:don't|do not|dont|never) forget (?:that )?(?:i've|i have|i|i've still|i still)(?: still| also)? (?:got|have|kept|saved) (?:the|your|ur|those|these|all the|all your|all ur|copies of (?:the|your|ur)) (?:\\w+ )?(?:videos?|vids|photos|pictures|pics|nudes|screenshots|recordings|texts|messages|chats?|emails|voice ?notes|tapes?)|(?:just )?remember (?:that )?i(?:'ve| have)?(?: still)? (?:got|have|kept) (?:the|your|ur|those|these|all the|all your) (?:\\w+ )?(?:videos?|vids|nudes|screenshots|recordings|tapes?)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:delete|deleted|deleting|want (?:them|copies|a copy)|if you(?:'d)? (?:want|like)|send (?:them|you)|from (?:the|our) (?:trip|wedding|holiday|party)|of (?:the kids|the baby|the dog|us))\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // neither-will-you
    need: words('neither|nor'),
    re: rx(
      `(?:won't|will not|will never|'ll never|never|am not going to|'m not going to) (?:ever )?forget (?:this|that|it|what (?:you|u) did|what (?:you|u) done|today)(?: [\\w']+){0,3}?,? (?:and )?(?:neither|nor) (?:will|shall|are|is) (?:you|u|he|she|they)`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // b-sorry
    need: words('b'),
    re: rx(
      `(?:you're|you are|you'll|you will|you r|ur)(?: going to| gonna)? b (?:sorry|sorry you|in trouble)`,
    ),
    accept: (s) => notJoke(s) && !MEDIA.test(s.text),
    reason: REASON.veiled,
  },
  {
    // no-alternative-but-to
    need: words('alternative|choice|option'),
    re: rx(
      `(?:i(?:'ll| will| would|'d| shall)? have|i have|leave me|leaves me|give me|gives me|left me) no (?:other )?(?:alternative|choice|option) (?:but|other than|except) to (?:share|post|send|show|release|publish|leak|forward|expose|circulate|distribute|upload|tell (?:your|ur|everyone|everybody|the world|people)|inform (?:your|ur|everyone)|contact (?:your|ur)|come (?:over|round|to (?:your|ur))|turn up|take (?:the kids|the children|matters into my own hands)|make (?:you|u) (?:pay|regret|suffer))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:police|court|lawyer|solicitor|mediator|mediation|landlord about the|bank)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // informing-your-employer
    need: words(
      'informing|inform|notify|notifying|contacting|contact|writing|reporting|report|alert|alerting',
    ),
    re: rx(
      `${WILL}(?: (?:be|now be|have to be))? (?:inform|informing|notify|notifying|contact|contacting|writing to|write to|alert|alerting|report(?:ing)? (?:you|this|your conduct|your behaviou?r) to) (?:your|ur|his|her) (?:\\w+ )?(?:employer|boss|manager|line manager|hr|work|workplace|school|university|regulator|professional body|landlord|family|parents|wife|husband|partner|church|congregation|colleagues|clients|governing body)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      /\b(?:unless|or|otherwise|should you|if (?:you|u) (?:don't|do not|won't|continue|keep|fail|refuse)|conduct|behaviou?r|about (?:you|u|your|ur)|what (?:you|u)|the truth|everything)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // tell-everyone-what-you-did
    need: words('tell|show'),
    re: rx(
      `(?:and|then|i'll|i will|i'm going to|i'm gonna|gonna|going to)(?: just| also)? (?:tell|show) (?:everyone|everybody|the whole (?:\\w+)|all (?:your|ur) \\w+|the world|every \\w+) (?:there )?(?:exactly )?(?:what (?:you|u) (?:did|done|really are|'re really like|are really like|do)|the truth about (?:you|u)|who (?:you|u) really (?:is|are)|(?:that )?(?:you|u) (?:cheated|lied|hit|stole|are a|'re a|were a))`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:for me|for us|to help|so kind|proud|amazing|brilliant|hero|generous|thank)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // turn-up-at-their-event
    need: words('turn|show|rock|come|coming'),
    re: rx(
      `(?:${WILL}|(?:i'm|i am) (?:going to|gonna))${FILLS}\\s+(?:turn up|show up|rock up|come|be) (?:at|to) (?:your|ur|his|her) (?:[\\w']+'s |new )(?:wedding|party|birthday|work|office|house|place|flat|school|funeral|christening|do|graduation|leaving do|engagement party)`,
    ),
    negatable: true,
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text) && notAsked(s),
    reason: REASON.turnUp,
  },
  {
    // wait-after-your-shift
    need: words('wait|waiting'),
    re: rx(
      `i(?:'ll| will|'m going to|'m gonna| am going to)(?: just)? (?:be )?(?:wait|waiting) (?:for (?:you|u) )?(?:after|outside|at|when|by) (?:your|ur) (?:shift|work|class|gym|lecture|office|school|practice|car|door|building|flat|house)`,
    ),
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text) && notAsked(s),
    reason: REASON.turnUp,
  },
  {
    // never-see-name-again-if
    need: words('see'),
    re: rx(
      `(?:you|u)(?:'ll| will)? (?:won't|will not|will never|never|are never going to|'re never going to|aren't going to) (?:ever )?(?:see|get to see|hold|hug|speak to|talk to) (?!(?:me|us|my|this|that|it)\\b)(?:the kids|your kids|the children|your children|your son|your daughter|the baby|them|him|her|[\\w']+)(?: again| ever again)(?=[^.!?]{0,20}\\b(?:if|unless|or|once|when) (?:you|u)\\b)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:moves? (?:to|abroad|away)|emigrat\w+|passed|dies|died|funeral|ill|hospital)\b/.test(s.text),
    reason: REASON.kids,
  },
  {
    // until-you-have-nothing
    need: words('nothing'),
    re: rx(
      `(?:i(?:'ll| will)|i'm going to|i'm gonna|i am going to)[^.!?]{0,60}?(?:until|till|til|untill) (?:you|u|he|she|they) (?:have|has|'ve got|'ve|are left with|is left with|end up with) nothing(?: left)?`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) && !/\b(?:give|help|support|pay|care|work|save)\b[^.!?]{0,30}\buntil\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // shame-if-pet-wandered
    need: words('shame|pity'),
    re: rx(
      `(?:shame|pity)(?: [\\w']+){0,2}? if (?:she|he|it|they|your (?:\\w+ )?(?:cat|dog|puppy|kitten|pet|horse|rabbit)|ur (?:cat|dog|puppy|kitten|pet)) (?:wandered off|went missing|disappeared|got lost|never came (?:home|back)|got out|ran off|ran away|vanished|didn't come (?:home|back)|ate something)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      (/\b(?:your|ur) (?:\w+ )?(?:cat|dog|puppy|kitten|pet|horse|rabbit)\b/.test(s.text) ||
        /\b(?:cat|dog|puppy|kitten|pet|horse|rabbit)\b/.test(s.previous)),
    reason: REASON.harm,
  },
  {
    // took-me-minutes-to-find
    need: words('took|take|taking'),
    re: rx(
      `(?:took|takes|take|taking) me (?:all of |about |like |just |only )?(?:\\w+ )?(?:minutes?|mins|seconds?|secs|hours?|a day|no time|two seconds) to (?:find|track down|get|work out|figure out|dig up) (?:the new one|your (?:new )?(?:number|address|place|flat|account|profile|insta|instagram|location|details|work)|where (?:you|u) (?:live|work|moved|are|went))`,
    ),
    accept: (s, m) =>
      notJoke(s) &&
      (!/the new one$/.test(m[0]) ||
        /\b(?:number|address|account|profile|phone|email)\b/.test(`${s.previous} ${s.text}`)),
    reason: REASON.watch,
  },
  {
    // think-blocking-will-stop-me
    need: words('think|thought|reckon'),
    re: rx(
      `(?:you|u) (?:really )?(?:think|thought|reckon) (?:that )?(?:blocking me|changing (?:your|ur|the) (?:locks|number)|moving(?: house| away)?|a restraining order|an injunction|a court order|the police|ignoring me|hiding|running|your new (?:\\w+)|a new number)(?: [\\w']+){0,3}? (?:will|would|is going to|can|could|is gonna) (?:stop|keep|save|protect|help)`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // burn-the-lot
    need: words('burn|smash|torch|destroy|wreck|cut|rip|slash'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:burn|smash|torch|destroy|wreck|cut up|rip up|slash) (?:the lot|it all|all of it|everything|all of (?:your|ur) \\w+)`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (s) =>
      notJoke(s) &&
      /\b(?:your|ur|you|u)\b/.test(s.text) &&
      !/\b(?:my|our) (?:old )?(?:letters|stuff|things|diary|diaries|journals?|notes|photos)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // i-was-outside-yours
    need: words('outside|round|near'),
    re: rx(
      `i was (?:outside|round|near|parked outside|sat outside|sitting outside) (?:yours|hers|his|theirs|your (?:place|house|flat|work|office|mum's|mom's|sister's|brother's|parents'?|new place)|ur (?:place|house|flat|work)) (?:again |just )?(?:earlier|last night|this morning|today|again|tonight|at \\d|for (?:a while|ages|hours))`,
    ),
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text),
    reason: REASON.watch,
  },
  {
    // lives-there-now-tag
    need: words("doesn't|don't|isn't|aren't|right"),
    re: rx(
      `(?:you|u|he|she|they|(?:your|ur) (?:\\w+ )?(?:sister|brother|mum|mom|dad|parents|family|nan|gran|boyfriend|girlfriend|new \\w+|partner|husband|wife|friend|mate|kids|son|daughter)) (?:lives?|works?|stays?|is living|is staying|are living|are staying|moved) (?:on|in|at|near|down|over|to)(?: [\\w']+){1,4}? (?:now,?|these days,?)? ?(?:doesn't|don't|isn't|aren't|didn't) (?:she|he|they|you|u|it)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:can you|could you|would you|will you|shall i|should i|can i|could i|post|parcel|send)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // know-which-school-kids
    need: words('which|what'),
    re: rx(
      `i know (?:which|what) (?:gym|school|nursery|class|club|college|uni|office|church|route|bus|house|flat|street|road) (?:the kids|the children|the boys|the girls|your new \\w+|ur new \\w+|your kids|ur kids)(?: go| goes| use| uses| take| takes| live| lives| work| works)?(?: to| at| in| on)?(?: now)?`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) && !/\b(?:chose|choose|picked|together|we\b|our|pick up|drop off|ready)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // if-i-see-him-he-regrets
    need: words('regret|sorry|pay|get|wish'),
    re: rx(
      `(?:he|she|they|him|her|your (?:new )?\\w+|ur (?:new )?\\w+)(?:'s| is|'ll| will|'re| are)(?: (?:definitely|really|so))?(?: going to| gonna)? (?:regret (?:it|this|that|the day)|be sorry|pay for (?:it|this|that)|get (?:it|hurt|what's coming)|wish (?:he|she|they) (?:hadn't|had never|never))(?=\\s*(?:$|[.!,]|[\\uD83C-\\uDBFF]))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !MEDIA.test(s.text) &&
      /\b(?:if i|next time|again|when i (?:see|get|find|catch)|i swear|mark my words|trust me|or else)\b|[\u{1F620}\u{1F621}\u{1F92C}\u{1F52A}]/u.test(
        s.text,
      ) &&
      !/\b(?:eventually|one day|in the end|soon enough|if (?:he|she|they) (?:doesn't|don't|misses|loses|quits|leaves))\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // gonna-get-it-angry
    need: words('get'),
    re: rx(
      `(?:he|she|they|your (?:new )?\\w+|ur (?:new )?\\w+)(?:'s| is| are|'re) (?:going to|gonna) get it(?=\\s*(?:$|[.!]|[\\uD83C-\\uDBFF]))`,
    ),
    accept: (s) =>
      /[\u{1F620}\u{1F621}\u{1F92C}\u{1F52A}\u{1F4A2}]|\b(?:new man|new boyfriend|new bf|new girlfriend|new gf|when i|if i|next time)\b/u.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // hate-for-them-to-see
    need: words('hate|want'),
    re: rx(
      `(?:you'd|you would|you wouldn't|you would not|i'd|i would|we wouldn't|wouldn't) (?:hate|want|not want|like) for (?:${AUDIENCE}|anyone|someone|people) to (?:see|read|find|hear|know|get hold of|learn|watch)|(?:you|u) (?:wouldn't|would not|don't|do not) want (?:${AUDIENCE}|anyone|people) to (?:see|read|find out|hear about|know about|get hold of|watch)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      /\b(?:these|those|them|messages|texts|photos|pics|pictures|videos|vids|screenshots|nudes|emails|chats|recordings|what (?:you|u) (?:did|do|said|sent|wrote))\b/.test(
        s.text,
      ) &&
      !/\b(?:us (?:argue|arguing|fight|fighting)|you like this|upset|crying)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // noticed-you-started
    need: words('noticed|notice|see|saw|clocked'),
    re: rx(
      `i(?:'ve)? (?:noticed|notice|see|saw|can see|clocked)(?: that)? (?:you|u)(?:'ve| have)? (?:started|stopped|begun|been) (?:parking|leaving|walking|going out|going to|taking|using|coming home|getting home|running|jogging|locking|closing (?:your|ur|the) (?:curtains|blinds)|keeping (?:your|ur|the) (?:curtains|blinds))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !KIND.test(s.text) &&
      !/\b(?:on (?:insta|instagram|facebook|strava|tiktok|your story)|posted|post|app)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // know-you-were-at-late
    need: words('know'),
    re: rx(
      `i know (?:you|u|he|she) (?:were|was|went|'ve been|have been|stayed) (?:at|in|with|out|round|over)(?: [\\w']+){0,4}? (?:till|until|til|at|past) (?:\\d|midnight|late|closing|gone|two|three|four|one)`,
    ),
    accept: (s) => notJoke(s) && !/\b(?:told me|said|mentioned|posted|hope you|glad|safe)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // have-a-word-with
    need: words('word|words|visit'),
    re: rx(
      `(?:someone|somebody|my (?:brothers?|mates|boys|lads|friends|cousins?|dad|uncles?|family))(?: [\\w']+){0,3}? (?:have (?:a (?:little |quiet |proper |serious )?word|words)|pay (?:her|him|them) a (?:little )?visit) with ${CLOSE}|i(?:'ll| will|'m going to|'m gonna| might)(?: [\\w']+)? have (?:a (?:little |quiet )word|words) with ${CLOSE}`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:about (?:the|your) (?:wedding|party|rent|money|bill|car|job|plans)|school|teacher)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // make-sure-of-it
    need: words('sure'),
    re: rx(
      `(?:i'll|i will|i'm going to|i'm gonna|i am going to)(?: personally)? make (?:sure|certain) of (?:it|that)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      /\b(?:deserve|get what|regret|suffer|karma|comeuppance|never (?:get|have|see) (?:the|your) (?:kids|children)|coming to (?:you|him|her|them)|(?:you|he|she|they)(?:'ll| will) (?:pay|be sorry|lose))\b/.test(
        s.text,
      ) &&
      !/\b(?:i deserve|we deserve|happy|safe)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // dont-make-me-angry
    need: words('make'),
    re: rx(
      `(?:don't|do not|dont|never) make me (?:angry|mad|madder|angrier|any angrier|lose my temper|lose it|snap|flip|kick off|go crazy|go mad|go psycho|do something (?:stupid|i'll regret|we'll both regret|you'll regret))`,
    ),
    accept: (s) => notJoke(s) && !/\b(?:laugh|cry|smile|blush)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // nothing-to-lose
    need: words('lose'),
    re: rx(
      `nothing (?:left )?to lose(?: anymore| any more| now)?,? (?:remember that|remember|don't forget (?:it|that)|keep that in mind|think about (?:it|that)|so (?:don't|be careful|watch)|(?:and|but) (?:you|u) (?:do|have|'ve got))`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // warning-you-last-time
    need: words('warning'),
    re: rx(
      `(?:i'm|i am) (?:warning|telling) (?:you|u) (?:for the (?:last|final) time|one last time|one more time)`,
    ),
    accept: (s, m) =>
      notJoke(s) && (/warning/.test(m[0]) || /\b(?:or|else|stay away|back off|leave|stop)\b/.test(s.text)),
    reason: REASON.veiled,
  },
  {
    // knowing-what-i-could-do
    need: words('knowing'),
    re: rx(
      `knowing (?:what|exactly what) i(?:'m| am)? (?:could|can|might|will|would|'d|'ll|am capable of|'m capable of) (?:do|doing)?|(?:sleep|rest) (?:well|tight|easy|soundly)(?: tonight)?,? knowing (?:what i|that i|i know|i'm|i am|i could|i can|where i|i'm out here|i'm watching)`,
    ),
    accept: (s) => notJoke(s) && !/\b(?:for you|to help|for the kids|help)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // still-got-a-key-you-know
    need: words('key|keys'),
    re: rx(
      `(?:i've|i have|i)(?: still)? (?:got|have|kept) (?:a|the|my|your|ur) (?:spare )?keys?(?: (?:to|for) (?:yours|your place|ur place|the flat|the house))?,? (?:you know|remember|just saying|don't forget|in case you forgot|by the way)`,
    ),
    accept: (s) => notJoke(s) && !/\b(?:post|return|give|drop|send|back)\b/.test(s.text),
    reason: REASON.turnUp,
  },
  {
    // let-myself-in
    need: words('myself'),
    re: rx(`i(?:'ll| will| can|'m going to|'m gonna| could)(?: just)? let myself in`),
    accept: (s) =>
      notJoke(s) &&
      !ARRANGED.test(s.text) &&
      !/\b(?:feed|water|plants|cat|dog|like you said|as you said|if that's ok)\b/.test(s.text),
    reason: REASON.turnUp,
  },
  {
    // wont-save-you: what they lean on (their people, the police, a lock) said not to save them from the writer.
    need: words('save|protect'),
    re: rx(
      `(?:(?:nobody|no one|noone|nothing|nothing and nobody)(?: (?:else|here|now))? (?:can|will|could|is going to|'s going to|'ll) (?:save|protect)|(?:(?:your|ur) (?:\\w+ )?(?:friends|mates|mum|mom|dad|parents|family|brother|sister|brothers|boyfriend|girlfriend|fella|bloke|man|lawyer|solicitor|injunction|order|locks?|cameras?|doorbell)|he|she|they|the police|the cops|a lock|locks|the locks|an injunction|a restraining order|changing (?:your|ur) (?:number|locks)|(?:crying|running|hiding|moving|blocking me)(?: (?:to|at|from) (?:your|ur) \\w+| away)?)(?:'s|'re| is| are)? (?:won't|will not|can't|cannot|isn't going to|is not going to|aren't going to|are not going to|not going to|ain't gonna|ain't going to|isn't gonna|is not gonna|aren't gonna|couldn't|wouldn't) (?:save|protect)) (?:you|u)(?=\\s*(?:$|[.!,]|now|this time|from me|either|forever|for long|for ever|anymore|any ?more))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      notAsked(s) &&
      !/\b(?:yourself|god|jesus|lord|money|time|helmet|seatbelt|sunscreen|suncream|vaccine|jab|mask|insurance|diet|pills|cream|umbrella|coat)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // not-safe-anywhere
    need: words('safe'),
    re: rx(
      `(?:you're|you are|ur|you'll be|you will be|he's|she's|he is|she is) (?:not|never|never going to be|not going to be) (?:be )?safe (?:anywhere|from me|at home|at work|in (?:that|your|ur) (?:\\w+ )?(?:house|flat|place|bed)|(?:even )?at (?:your|ur) (?:${THEIR_PLACE}|new \\w+'s)|there either)|(?:you|u) (?:aren't|are not|ain't|r not) safe(?: (?:anywhere|from me|there|at home|at work|even there|at (?:your|ur) ${THEIR_PLACE}))?(?=\\s*(?:$|[.!,]|now|either|anymore|any ?more))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !CONCERN.test(s.text) &&
      !/\b(?:he's|she's|he is|she is|they're|they are|please|stay with|come and stay|taxi|worried|worry|road|roads|driving|night bus)\b/.test(
        s.text,
      ) &&
      !/\b(?:area|neighbourhood|neighborhood|crime|street|dangerous|with him|with her|around him)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // if-he-touches-you-hes-dead
    need: words('dead|finished|history'),
    re: rx(
      `(?:he's|he is|she's|she is|they're|they are|you're|you are|ur|he'll be|she'll be|you'll be|your (?:new )?\\w+ is|your (?:new )?\\w+'s) (?:so |fucking |literally )?(?:dead|a dead man|a dead woman|finished|done for|history)(?=\\s*(?:$|[.!,]|if|when|next))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      /\bif (?:he|she|they|you|u|your \w+) (?:\w+ )?(?:touch|touches|come|comes|go|goes|speak|speaks|talk|talks|look|looks|text|texts|call|calls|lay|lays|hurt|hurts|put|puts|show|shows|turn|turns)\b|\bnext time\b|\bwhen i (?:see|get|find|catch)\b|\bi swear\b/.test(
        s.text,
      ) &&
      !/\b(?:battery|phone|plant|plants|mum will|dad will|boss will)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // shame-if-anything-happened
    need: words('shame|pity'),
    re: rx(
      `(?:shame|pity)(?: [\\w']+){0,2}? if (?:anything|something) (?:bad |nasty |terrible )?(?:happened|were to happen|was to happen|should happen|ever happened) to (?:it|him|her|them|your|ur|that|those|this|the)`,
    ),
    accept: (s) => notJoke(s) && !/\b(?:our|us|friendship|relationship|plans|trip)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // find-out-where-you-moved
    need: words('find|work|matter'),
    re: rx(
      `(?:i'll|i will|i'm going to|i'm gonna|i am going to|gonna)(?: \\w+)? (?:find out|work out|figure out|find) where (?:you|u|he|she|they)(?:'ve| have|'re| are)? (?:moved|live|living|are staying|staying|work|working|gone|went|hiding)|(?:only|just) a matter of time (?:until|till|before) i (?:find|see|get to|catch|track)`,
    ),
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text),
    reason: REASON.watch,
  },
  {
    // little-bird-told-me-where
    need: words('told|tells'),
    re: rx(
      `(?:a little bird|a birdie|someone|somebody|people|a friend|a mate|my mate|my friend) (?:told|tells|has told|'s told) me (?:exactly )?where (?:you|u|he|she)(?:'s| is| are|'re)? (?:staying|living|live|lives|work|works|working|moved|are|go|goes|drink|drinks)`,
    ),
    accept: (s) =>
      notJoke(s) && !ARRANGED.test(s.text) && !/\b(?:safe|glad|okay|ok|happy|hope)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // your-life-in-screenshots
    need: words('life|history|past'),
    re: rx(
      `(?:i've|i have|i) got (?:your|ur) (?:whole|entire) (?:life|history|past|world) (?:in|on) (?:screenshots|my phone|my laptop|camera|video|tape|file|a file|record|a usb)`,
    ),
    accept: notJoke,
    reason: REASON.expose,
  },
  {
    // last-thing-you-see
    need: words('last'),
    re: rx(
      `(?:i'll|i will|i'm going to|i'm gonna) be the last (?:thing|person|face) (?:you|u|he|she|they)(?:'ll| will)? (?:ever )?see`,
    ),
    accept: (s) => notJoke(s) && !/\b(?:tonight|party|before bed|at the|on the)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // see-how-far-you-get
    need: words('far'),
    re: rx(`see how far (?:you|u|he|she|they) (?:get|gets)`),
    accept: (s) =>
      notJoke(s) &&
      /\b(?:try|go on|leave|leaving|run|running|report|block)\b/.test(s.text) &&
      !/\b(?:route|miles|km|bike|walk|marathon|training|book|course|exam|revision)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // and-your-car-gets-it
    need: words('gets|get|next|pays|pay|suffers|hurt|flames'),
    re: rx(
      `(?:and|or|or else|otherwise),? (?:your|ur|his|her|the) (?:\\w+ )?(?:car|van|house|flat|dog|cat|face|brother|sister|mum|mom|dad|boyfriend|girlfriend|bf|gf|man|husband|wife|kids?|windows|tyres) (?:gets it|get it|is next|are next|will be next|'s next|pays|will pay|suffers|gets hurt|will get hurt|goes up in flames)`,
    ),
    accept: notJoke,
    reason: REASON.harm,
  },
  {
    // shame-if-they-heard
    need: words('shame|pity'),
    re: rx(
      `(?:shame|pity)(?: [\\w']+){0,2}? if (?:the neighbou?rs|your neighbou?rs|people|anyone|everyone|the school|the other (?:parents|mums|dads)|your (?:\\w+ )?(?:boss|work|family|parents|mum|mom|dad|church|friends|colleagues|new \\w+)) (?:heard|found out|saw|knew|learned|learnt|got wind|read|were told)`,
    ),
    accept: (s) =>
      notJoke(s) && !/\b(?:band|music|song|singing|news|good news|your speech|play)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // end-of-your-road
    need: words('end|top|bottom|corner|guess'),
    re: rx(
      `(?:i'm|i am|i'm sat|i'm sitting|i'm parked) (?:at|on|in) the (?:end|top|bottom|corner) of (?:your|ur) (?:road|street|lane|drive|block|close)|guess (?:who's|who is) (?:sat|sitting|parked|outside|waiting|standing|downstairs)(?: [\\w']+){0,5}? (?:your|ur) (?:work|house|flat|place|office|door|road|street|building|gym|school)`,
    ),
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text) && notAsked(s),
    reason: REASON.turnUp,
  },
  {
    // interesting-email
    need: words('interesting|juicy|enlightening|revealing|anonymous|surprise'),
    re: rx(
      `(?:your|ur|his|her) (?:\\w+ )?(?:boss|manager|work|hr|employer|wife|husband|partner|girlfriend|boyfriend|mum|mom|dad|parents|family|landlord|school|church|new \\w+)(?:'s| is|'ll| will|'re| are)(?: going to| gonna| about to)? (?:get|receive|be getting|be receiving) (?:a |an |some )?(?:very |rather |pretty |really )?(?:interesting|juicy|enlightening|eye-opening|revealing|anonymous|little surprise|surprise) (?:email|letter|message|phone call|call|text|package|parcel|dm|visit|reading)`,
    ),
    accept: (s) => notJoke(s) && !/\b(?:birthday|christmas|party|thank)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // hate-for-your-car-to-get
    need: words('hate|shame|awful'),
    re: rx(
      `(?:i'd|i would|it'd|it would|would) (?:hate|be a shame|be awful|be a pity) for (?:your|ur|his|her) (?:\\w+ )?(?:car|van|bike|house|flat|windows|tyres|dog|cat|face|new \\w+) to (?:be|get) (?:scratched|keyed|damaged|hurt|broken|smashed|burned|burnt|slashed|lost|stolen|ruined)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !CONCERN.test(s.text) &&
      !/\b(?:wind|hail|flood|car park|parking|thieves|area)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // were-not-done
    need: words('done|finished|through'),
    re: rx(
      `(?:we're|we are|me and you are|you and me are|i'm|i am) not (?:done|finished|through)(?:,? (?:you and me|me and you|not by a long shot|not even close))(?=\\s*(?:$|[.!]))`,
    ),
    accept: (s) => notJoke(s) && notAsked(s),
    reason: REASON.veiled,
  },
  {
    // cant-promise-calm-if-i-see
    need: words('promise|guarantee'),
    re: rx(
      `(?:can't|cannot|can not|won't) (?:promise|guarantee) (?:i'll|i will|i'd|to) (?:stay|keep|be|remain) (?:calm|nice|civil|polite|in control)(?: [\\w']+){0,2}? (?:if|when|once) i (?:see|catch|find|meet) (?:him|her|them|your \\w+|ur \\w+|that \\w+)`,
    ),
    accept: notJoke,
    reason: REASON.harm,
  },
  {
    // if-i-lose-it-on-you
    need: words('you|your|fault'),
    re: rx(
      `if i (?:lose it|snap|lose my temper|lose control|do something (?:stupid|bad)|hurt (?:him|her|you|someone|anyone)|kick off|flip|go off)(?: [\\w']+){0,3}?,? (?:that's|that is|it's|it is|it'll be|it will be|then it's) (?:on you|all on you|your fault|on your head|your own fault|on your conscience)`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // you-were-wearing-today
    need: words('wearing'),
    re: rx(
      `(?:you|u) (?:were|was) wearing (?:the|that|your|a|ur)(?: [\\w']+){0,2}? (?:coat|dress|jacket|top|shirt|hat|jumper|hoodie|scarf|boots|shoes|trainers|skirt|jeans) (?:this morning|today|tonight|last night|earlier|yesterday)`,
    ),
    accept: (s) =>
      notJoke(s) && !/\b(?:photo|pic|picture|post|video|call|facetime|zoom|said|told)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // know-you-go-on-days
    need: words('know'),
    re: rx(
      `i know (?:you|u|he|she) (?:go|goes|walk|walks|run|runs|swim|swims|train|trains|drive|drives|leave|leaves|finish|finishes|get|gets|jog|jogs|cycle|cycles) (?:to )?(?:[\\w']+ ){0,3}?(?:on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)|every (?:\\w+day|morning|night|evening|week)|at \\d)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !ARRANGED.test(s.text) &&
      !/\b(?:so (?:i'll|i will|we|i can)|kids|children)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // changed-your-route
    need: words('changed|switched'),
    re: rx(
      `(?:you|u)(?:'ve| have)? (?:changed|switched) (?:your|ur) (?:route|way home|way to work|walk home|schedule|times|gym|running route|shifts?|bus|train)`,
    ),
    accept: (s) =>
      notJoke(s) && notAsked(s) && !/\b(?:you told me|you said|good idea|glad|safer)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // ill-be-watching
    need: words('watching'),
    re: rx(`i(?:'ll| will) (?:be )?watching(?: you| u| him| her)?(?=\\s*(?:$|[.!,]|always|closely|every))`),
    accept: (s) => notJoke(s) && !MEDIA.test(s.text) && !SPORT.test(s.text),
    reason: REASON.watch,
  },
  // A warning passed on to someone close to them.
  {
    // tell-him-to-be-careful
    need: words('tell|better'),
    re: rx(
      `tell ${CLOSE}(?: (?:to|that|he'd better|she'd better|they'd better|he had better|she had better|he better|she better))? (?:be careful|watch (?:his|her|their) (?:back|step|mouth)|watch (?:himself|herself|themselves|out)|sleep with one eye open|look over (?:his|her|their) shoulder|keep (?:looking|checking) over (?:his|her|their) shoulder)|(?:he|she|they|${CLOSE})(?:'d| had)? better (?:watch (?:his|her|their) (?:back|step)|watch (?:himself|herself|themselves)|sleep with one eye open|look over (?:his|her|their) shoulder|(?:stay|keep) away from (?:you|u)\\b|keep (?:his|her|their) distance from (?:you|u)\\b)`,
    ),
    accept: (s) => notJoke(s) && !CONCERN.test(s.text) && !SPORT.test(s.text) && notAsked(s),
    reason: REASON.harm,
  },
  {
    // watch-urself
    need: words('urself|yaself|yoself|urselves'),
    re: rx(`watch (?:urself|yaself|yoself|urselves)|(?:better|gotta|should) watch (?:urself|yaself|yoself)`),
    accept: (s) => notJoke(s) && !CONCERN.test(s.text),
    reason: REASON.veiled,
  },
  {
    // if-i-were-you-eye-on
    need: words('eye|watch'),
    re: rx(
      `(?:i'd|i would|you'd better|better|you might want to|you may want to|you should)(?: \\w+)? (?:keep (?:an|a close|a good) eye on|keep watch (?:on|over)|watch) (?:your|ur|the|that)(?: \\w+)? (?:kids|children|son|daughter|dog|cat|pets?|car|house|flat|doors|windows|back|boyfriend|girlfriend|man|husband|wife|partner|mum|mom|dad|sister|brother|new \\w+)(?: [\\w']+){0,4}?,? if i (?:were|was) (?:you|u)|if i (?:were|was) (?:you|u),? i(?:'d| would) (?:keep (?:an|a close|a good) eye on|watch) (?:your|ur|the|that)(?: \\w+)? (?:kids|children|son|daughter|dog|cat|pets?|car|house|flat|doors|windows|back|boyfriend|girlfriend|man|husband|wife|partner|new \\w+)`,
    ),
    accept: (s) => notJoke(s) && !CONCERN.test(s.text),
    reason: REASON.veiled,
  },
  // Their pets and things, left hanging.
  {
    // pet-easy-to-lose
    need: words('easy|wanders|roams|strong|sturdy|insured'),
    re: rx(
      `(?:your|ur|that|the) (?:\\w+ )?(?:dog|cat|puppy|kitten|horse|pony|rabbit|bunny|car|bike|van|windows?|tyres|tires)(?: of (?:yours|urs))? (?:would be|'d be|will be|could be|is|looks|seems) (?:so |very |really |pretty )?easy to (?:lose|take|steal|find|grab|snatch|hurt|break|get to)|(?:that|your|ur) (?:dog|cat|puppy|kitten)(?: of (?:yours|urs))? (?:wanders|roams|gets out|goes out|strays)(?: [\\w']+){0,4}?,? (?:doesn't|does|don't|isn't) (?:it|he|she)|hope (?:your|ur) (?:windows|doors|locks|tyres|tires|car|house|flat|brakes|fence) (?:are|is|'s|'re) (?:strong|sturdy|insured|solid|thick|well locked|reinforced)`,
    ),
    accept: (s) => notJoke(s) && !CONCERN.test(s.text),
    reason: REASON.harm,
  },
  {
    // life-about-to-get-hard
    need: words('life|lives|year|years|months|weeks|days'),
    re: rx(
      `(?:your|ur|his|her|their) (?:life|lives|world|days|week|year|future)(?:'s| is| are|'re)? (?:about to|going to|gonna|is going to|is gonna) (?:get|turn|become) (?:very |really |a lot |so |much |real )?(?:difficult|hard|harder|miserable|complicated|ugly|messy|painful|worse|hell|a nightmare|a living hell|very interesting|interesting)|make (?:the (?:next|rest of) (?:\\w+ )?(?:years?|months?|weeks?|days?) of |every (?:single )?(?:day|week|minute) of )(?:your|ur|his|her|their) (?:life|lives)(?: (?:a|an))? (?:misery|hell|nightmare|living hell|miserable|unbearable|difficult|hard)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !CONCERN.test(s.text) &&
      !/\b(?:baby|newborn|twins|exams?|course|degree|promotion|new job|busy|toddler|puppy)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // imagine-what-they-would-think
    need: words('imagine'),
    re: rx(
      `imagine (?:how|what) (?:${AUDIENCE})(?:'d| would| will| might) (?:think|say|react|do|feel)(?: (?:about|of) (?:you|u|this|that|it|them|those|these))?(?=\\s*(?:$|[.!,?]|if))`,
    ),
    accept: (s) =>
      notJoke(s) && !KIND.test(s.text) && !/\b(?:proud|happy|amazed|thrilled|delighted|love)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // hope-he-can-fight
    need: words('hope'),
    re: rx(
      `hope (?:your|ur|that|he|she|they|him|her)(?: [\\w']+){0,3}? (?:knows how to|can|is able to|is good at|'s good at) (?:fight|run|swim|duck|take a punch|take a hit|handle (?:himself|herself|themselves|it)|defend (?:himself|herself|themselves))(?! (?:a )?(?:marathon|race|the \\w+ race|for))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:marathon|race|match|game|team|gym|training|competition|tournament|fight night|class|lesson)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // nice-jacket-today
    need: words('nice|lovely|love|like|liked|loved|cute'),
    re: rx(
      `(?:nice|lovely|love the|like the|liked the|cute|loved the) (?:new )?(?:dress|jacket|coat|top|shirt|hat|outfit|hair|haircut|shoes|boots|scarf|jumper|hoodie|trainers|sunglasses|glasses) (?:today|this morning|tonight|earlier|last night|at the \\w+ (?:today|this morning|earlier|tonight|last night))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !ARRANGED.test(s.text) &&
      !/\b(?:photo|pic|picture|post|posted|insta|story|video|call|facetime|zoom)\b/.test(s.text),
    reason: REASON.watch,
  },
  // The children as leverage.
  {
    // custody-good-luck
    need: words('luck|forget|judge|court|cafcass|keeping|taking'),
    re: rx(
      `good luck (?:ever )?(?:getting|seeing|keeping|winning|with) (?:custody|access|visitation|contact|${KIDS}|them)(?: [\\w']+){0,3}? (?:when|once|after) (?:what|everything|all) i|good luck (?:ever )?(?:getting|keeping|winning) (?:custody|access|visitation)|(?:you|u)(?: can| could| may as well| might as well|'ll have to|'d better) forget (?:about )?(?:ever )?(?:seeing|having|getting|custody|access|visitation|contact with) (?:custody|access|${KIDS}|them)|after (?:what|everything|all) i (?:tell|say to|show|give|send|put in front of) (?:the )?(?:judge|court|courts|magistrates?|cafcass|social services|social workers?|family court)|(?:i'm|i am) (?:keeping|taking) ${KIDS}(?: [\\w']+){0,3}?,? (?:and|so)? ?(?:there's nothing|there is nothing|you can't|you cannot|u can't|you'll never|you will never|you won't|from you)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:as agreed|this weekend|for the weekend|tonight|holiday|half term|like we said|we agreed)\b/.test(
        s.text,
      ),
    reason: REASON.kids,
  },
  // Exposure.
  {
    // nudes-everywhere
    need: words(
      'nudes|nude|naked|intimate|sex|private|videos|video|pics|photos|pictures|vids|posting|sending|sharing|leaking|uploading|showing|putting|airdropping|forwarding',
    ),
    re: rx(
      `${WILL}${FILLS}\\s+(?:post|send|share|leak|upload|put|spread|show|airdrop|forward)(?:ing)? (?:your|ur|those|these|the|all (?:your|ur|the|those))(?: \\w+)? (?:nudes|nude (?:pics|photos|pictures)|naked (?:pics|photos|pictures|videos)|intimate (?:pics|photos|pictures|videos)|sex tape|sex videos?|private (?:pics|photos|pictures|videos)|(?:pics|photos|pictures|videos|vids) of (?:you|u)(?: naked| in bed| undressed)?)|(?:or|otherwise|else) (?:i'm|i am) (?:posting|sending|sharing|leaking|uploading|showing|putting up|airdropping|forwarding) (?:everything|it all|all of it|them|your \\w+|ur \\w+|the (?:pics|photos|pictures|videos|screenshots|messages|nudes))`,
    ),
    accept: notJoke,
    reason: REASON.expose,
  },
  {
    // videos-would-get-views
    need: words('views|viral|likes|shares|attention|clicks'),
    re: rx(
      `(?:those|these|the|your|ur|them|my|some) (?:\\w+ )?(?:videos?|vids|photos|pics|pictures|nudes|clips|recordings|screenshots|tapes?)(?: of (?:you|u|yours|urs|him|her))? (?:would|will|'d|could|might|should) (?:get|do|go|be)(?: [\\w']+){0,3}? (?:views|viral|likes|shares|attention|clicks)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      /\b(?:of (?:you|u|him|her)|nudes|your|ur)\b/.test(s.text) &&
      !/\b(?:dog|cat|puppy|kitten|baby|kids|holiday|trip|wedding|channel|my (?:videos|vids|channel))\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // funny-how-secrets-spread
    need: words('funny|amazing|crazy|wild'),
    re: rx(
      `(?:funny|amazing|crazy|wild|scary|interesting) how (?:fast|quickly|easily|far) (?:a secret|secrets|rumou?rs|gossip|photos|pics|pictures|videos|nudes|screenshots|the truth|word|things like that|stuff like that) (?:spreads?|gets? out|travels?|gets? around|go(?:es)? around|leaks?|get passed around|go viral)`,
    ),
    accept: (s, m) =>
      (notJoke(s) || /\u{1F642}|\u{1F609}|\u{1F60F}/u.test(s.text)) &&
      (/\b(?:secrets?|rumou?rs|gossip|photos|pics|pictures|videos|nudes|screenshots)\b/.test(m[0]) ||
        /\bwhen (?:the right person|someone|somebody|i|people)\b/.test(s.text)) &&
      !/\b(?:i got|my (?:new )?(?:job|promotion|engagement|news)|congrat\w*)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // ring-their-work-and-tell
    need: words('ring|call|phone|email|message|text|contact|visit|go'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:ring|call|phone|email|message|text|contact|visit|go (?:to|into|down to)|turn up at|write to) (?:your|ur|his|her)(?: \\w+)? (?:work|office|boss|manager|hr|employer|school|uni|parents|mum|mom|dad|family|church|landlord|wife|husband|girlfriend|boyfriend|partner|new \\w+)(?: [\\w']+){0,3}? and (?:tell|show|let|inform|explain to) (?:them|him|her|everyone|everybody)(?: (?:all |everything |exactly |)?about (?:you|u|your|ur|what (?:you|u))| (?:that )?(?:you|u)(?:'re| are| were| did| have|'ve)| everything| what (?:you|u)| the truth| exactly what)`,
    ),
    accept: notJoke,
    reason: REASON.expose,
  },
  {
    // call-agency-on-you
    need: words('cps|immigration|ice|dvla|hmrc|irs|services|benefits|dwp|cafcass|ofsted'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:call|ring|phone|report you to|set|send|put) (?:the )?(?:cps|immigration|ice|dvla|hmrc|irs|social services|child services|child protective services|benefits (?:office|people)|dwp|cafcass|ofsted|tax (?:office|people|man))(?: (?:office|people))? (?:on|onto|round to|after) (?:you|u|him|her|them)`,
    ),
    accept: notJoke,
    reason: REASON.kids,
  },
  // Turning up where they are, unasked.
  {
    // maybe-turn-up
    need: words('turn|show|rock|pop|roll|appear'),
    re: rx(
      `(?:i might|i may|maybe i'll|maybe i will|maybe i should|i could|i think i'll|perhaps i'll|i might as well|might|may)(?: just| even| have to| well)? (?:turn up|show up|rock up|pop up|roll up|appear|show my face) (?:at|to|outside|in) (?:your|ur|his|her)(?: new)? (?:work|office|job|school|uni|mum's|mom's|mums|moms|parents'?|parents's|dad's|house|place|flat|door|doorstep|gym|church|sister's|brother's|mate's|friend's|new place|workplace|shop|party|wedding|salon|practice|college|class)`,
    ),
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text) && notAsked(s),
    reason: REASON.turnUp,
  },
  {
    // open-the-door
    need: words('open|answer'),
    re: rx(
      `(?:you|u)(?:'d| had)? better (?:open|answer) (?:the|this|that|your|ur) (?:door|front door)|(?:you|u)(?:'d| had)? better (?:open|answer) (?:it|up)(?=\\s*(?:$|[.!,]))|(?:i'll|i will|i'm going to|i'm gonna) (?:keep )?(?:bang|banging|knock|knocking|kick|kicking) (?:on |down )?(?:the|your|ur) (?:door|front door|windows?) (?:until|till|til) (?:you|u)`,
    ),
    accept: (s, m) => notJoke(s) && (/\bdoor\b/.test(s.text) || !/\b(?:it|up)$/.test(m[0])),
    reason: REASON.turnUp,
  },
  {
    // coming-whether-you-want
    need: words('whether'),
    re: rx(
      `(?:coming|come|over|round|there|turn up|show up|see you|be at|visit|be outside|on my way|i'll be|i'm seeing you|i'll see you|talk to you|speak to you)(?: [\\w']+){0,6}?,? whether (?:you|u) (?:want|wanna|like|agree)(?: (?:it|me to|to|that))?(?: or not)?`,
    ),
    accept: (s) => notJoke(s) && !ARRANGED.test(s.text),
    reason: REASON.turnUp,
  },
  // Watching them.
  {
    // watchin-you
    need: words('watchin|watching|followin|following'),
    re: rx(
      `i(?:'ve| have)? (?:been|was|keep) (?:watchin|watching|followin|following) (?:you|u|ya|him|her)(?: (?:all|every|for|since|the whole|this|last|closely|at|when|leave|go))?`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !MEDIA.test(s.text) &&
      !/\b(?:on (?:insta|instagram|tiktok|youtube|twitter|facebook|tv|the telly|stage)|your (?:stories|videos|channel|posts|career)|play|perform|grow)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // you-took-the-bus
    need: words('took|caught|got|left|came|went|walked|drove|arrived'),
    re: rx(
      `(?:you|u) (?:took|caught|got on|got off) the (?:\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)? )?(?:bus|train|tube|tram|ferry|metro|subway)(?: [\\w']+){0,3}? (?:this morning|this evening|today|tonight|last night|yesterday|at \\d)|(?:you|u) (?:got home|came home|left (?:the house|home|work|the office|the gym)|went out|arrived home|got in|left) (?:at|around|about|just after|just before) (?:\\d|midnight|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: [\\w':]+){0,3}? (?:this morning|last night|tonight|today|yesterday)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      notAsked(s) &&
      !/\b(?:you told me|you said|you texted|your mum said|i saw on|forgot|left (?:your|ur|it|them)|at mine|at my)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // saw-you-with-him
    need: words('saw|seen|spotted|clocked'),
    re: rx(
      `(?:i )?(?:saw|seen|spotted|clocked) (?:you|u)(?: (?:at|in|outside|leaving|going into|coming out of) (?:the |a |that |your |ur )?[\\w']+(?: [\\w']+)?)? (?:last night|tonight|this morning|earlier|yesterday)?(?: ?with (?:him|her|them|that \\w+|some \\w+|your new \\w+|ur new \\w+))(?: (?:again|last night|tonight|this morning|earlier|yesterday|at \\d))?`,
    ),
    accept: (s, m) =>
      notJoke(s) &&
      !KIND.test(s.text) &&
      /\b(?:again|last night|tonight|this morning|earlier|yesterday|at \d)\b/.test(m[0]) &&
      !/\b(?:post|posted|photo|pic|picture|insta|facebook|story|tv)\b/.test(s.text),
    reason: REASON.watch,
  },
];

/** Previous-sentence words that turn a bare "Yet." or "Think again." into a warning. */
export const MORE_PREVIOUS_GATE =
  /\b(?:cat|dog|puppy|kitten|pet|horse|rabbit|number|address|account|profile|no idea|doesn't know|does not know|don't know|do not know|hasn't found out|haven't told|hasn't heard|not yet|think (?:you|u) can|thought (?:you|u) could|last|work out|end well|survive|recover|came out|come out|got out|get out|key|keys|doors?|gates?|windows?|locks?|be there|didn't tell|did not tell|haven't said|have not said|didn't say|nothing (?:left )?to lose|block|blocked|blocking|changed|change|changing|ignore|ignoring|safe)\b/;

const PAIRS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /\b(?:your|ur|his|her|the)(?: \w+){0,2}? (?:has|have|had) no idea\b|\b(?:your|ur|his|her|the)(?: \w+){0,2}? (?:doesn't|does not|don't|do not) know (?:about|what|who|how|that|the truth)\b|\b(?:hasn't|haven't) (?:found out|heard)\b/,
    /^\W*(?:yet|not yet|for now|at least not yet)(?=\s*(?:$|[.!…]))/,
  ],
  [
    /\b(?:you|u) (?:think|thought) (?:you|u) (?:can|could)\b/,
    /^\W*(?:think again|(?:you're|you are|ur) (?:wrong|mistaken)|we'll see about that|not a chance)(?=\s*(?:$|[.!]))/,
  ],
  [
    // "I didn't tell her anything about the money. Yet."
    /\bi (?:didn't|did not|haven't|have not) (?:tell|told|say|said|mention|mentioned) (?:her|him|them|anyone|anybody|your \w+)\b/,
    /^\W*(?:yet|not yet)(?=\s*(?:$|[.!…]))/,
  ],
  [
    // "It won't last. I'll make sure of it."
    /\b(?:won't|will not|wont|isn't going to|is not going to|not going to|never going to) (?:last|work out|end well)\b|\b(?:you'll|you will|you're going to|you're gonna) (?:regret|be sorry|pay for)\b/,
    /^\W*(?:(?:and|trust me,?) )?i(?:'ll| will|'m going to|'m gonna| am going to) (?:make|make very) (?:sure|certain) of (?:it|that)(?=\s*(?:$|[.!]))/,
  ],
  [
    // "I've still got a key. Don't forget that." / "…would not survive if certain accounts came out. I would keep that in mind."
    /\bi(?:'ve| have)? (?:still )?(?:got|have|kept) (?:a|the|your|ur|a spare|the spare|my) keys?\b|\b(?:would(?:n't| not)|won't|will not|couldn't|could not) (?:survive|recover|cope|last)\b[^.!?]{0,50}\bif\b|\bif (?:certain|these|those|some|the|your|ur) (?:\w+ ){0,2}(?:came|come|got|get|were|was|went) (?:out|public|around|online)\b/,
    /^\W*(?:(?:i(?:'d| would) |you(?:'d| would| might| may) (?:want to |wanna )?|just )?(?:keep|bear) (?:that|this|it) in mind|(?:don't|do not) (?:you )?(?:ever )?forget (?:that|it)|remember that|food for thought|(?:just )?something to think about)(?=\W*$)/,
  ],
  [
    // "I've got nothing left to lose. Think hard about what that means."
    /\bi(?:'ve| have|'ve got| got| have got)? nothing (?:left )?to lose\b(?! (?:by|in|from|if|asking|trying|telling|being))/,
    /\b(?:think|thinking)(?: (?:very|really|long|and|hard|carefully|twice))* about what (?:that|this|it) (?:means|could mean|might mean|will mean)\b|^\W*(?:(?:just )?(?:keep|bear) (?:that|this|it) in mind|remember that|(?:don't|do not) forget (?:that|it))(?=\W*$)/,
  ],
  [
    // "You think you're safe at your mum's. You aren't.": the reply denies the safety the first sentence names.
    /\b(?:you|u) (?:think|thought|reckon|feel) (?:you're|you are|ur|your|you'll be|you will be|you'd be) safe\b(?! (?:driving|to drive|on (?:that|the|those) roads?|walking|cycling|riding|in this|with (?:him|her|them)))/,
    /^\W*(?:(?:well,? )?(?:you|u) (?:aren't|are not|ain't|r not|won't be|will not be|never were|weren't)|(?:you're|ur) (?:not|wrong)|think again|not for long|not from me|we'll see)(?=\W*$)/,
  ],
  [
    // "Block me then. I've still got the spare key.": a way in kept, told to someone shutting the writer out.
    /\b(?:block|blocked|blocking|ignore|ignoring)(?: me)?\b|\b(?:change|changed|changing) (?:the|your|ur) (?:locks?|number|code)\b/,
    /^\W*(?:(?:and|but|well|still),? )?(?:i(?:'ve| have)? )?still (?:got|have|'ve got|have got) (?:a|the|my|your|ur|a spare|the spare) (?:spare |door |gate )?(?:keys?|code|fob)(?=\W*$)/,
  ],
  [
    // "I'll be there. Uninvited, obviously."
    /\bi(?:'ll| will|'m going to|'m gonna) be (?:there|at (?:your|ur|the) \w+)/,
    new RegExp(String.raw`^\W*(?:${UNINVITED})\b`),
  ],
];

/** "Your wife has no idea what you're really like. Yet.": the second sentence is menace only after the first. */
export function moreAcrossSentences(s: Sentence, suggestion: string): Hit[] {
  if (!s.previous || s.isQuestion || !notJoke(s)) return [];
  return pairHit(s, PAIRS, suggestion);
}
