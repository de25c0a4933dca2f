/**
 * `self-harm`: the writer signals a risk to their own life or safety, now or as leverage
 * (LABELS.md). Built from word classes (self-harm.list.ts) composed as subject + verb class +
 * complement, with guards for negation ("I'm not going to hurt myself"), the subject (the writer,
 * not someone else), idioms ("dying to see it", "die of embarrassment"), reported speech, and
 * tense: risk told as past and over ("two years ago …, I'm safe now") is not reported
 * (LABELS decision 4), while thoughts that are back, or a recent act, are.
 */
import type { Sentence } from '../../analysis.js';
import type { Rule } from '../../rule.js';
import { gateOf, runPatterns, rx, type SafetyPattern, words } from './lib.js';
import { DIRECT_PATTERNS } from './self-harm.direct.js';
import { MORE_PATTERNS } from './self-harm.more.js';
import { SELF_HARM_PREVIOUS_GATE, selfHarmAcrossSentences, VEILED_PATTERNS } from './self-harm.veiled.js';
import {
  ACTS,
  ADV,
  ADVS,
  CANT,
  DEATH_WISH,
  FAREWELL,
  LIFE,
  MEANS,
  MEDICINE_WORDS,
  NOT_COMING_BACK,
  NOT_MAKE_IT,
  POINT_OBJ,
  THOUGHTS,
  WISH_STATE,
} from './self-harm.list.js';

export const SELF_HARM_REASON =
  'These words sound like you might be thinking about ending your life or hurting yourself.';
export const SELF_HARM_SUGGESTION =
  'Please pause here. You can call or text 988 (US) or Samaritans on 116 123 (UK and Ireland) now, or reach someone you trust.';

const I = `\\bi(?:'d|'m|'ve)?`;
const WANT = `(?:want|wanted|need|needed|wish|wished|like|rather|would like|would rather|ready|hope|pray|long|ache|yearn|wanting|tempted|keep wanting|sometimes want|am ready)`;
const NOT = `(?:don't|do not|no longer|never|didn't|did not|am not|'m not|not|can't say i|cannot say i|really don't|honestly don't|just don't)`;
const UNSURE = `(?:not sure|don't know if|don't know whether|don't think|doubt|unsure if|unsure whether|not certain|no idea if)`;
const SEE_NOT = `(?:don't|can't|cannot|do not|no longer|never|fail to|struggle to|hard to|couldn't|could not)`;
const LIFE_VERB = `(?:live|go on|keep going|carry on|stay alive|be here|wake up|keep living|continue|be alive|exist|get up)`;

/** "I'd rather die than wear that" is an idiom; "I'd rather be dead than live without you" is not. */
const NOT_AFTER_THAN = (s: Sentence, m: RegExpExecArray): boolean => {
  const rest = s.text.slice(m.index + m[0].length);
  return (
    !/^\s+than\b/.test(rest) ||
    /^\s+than\s+(?:live|living|be without|being without|go on|going on|lose you|losing you|face|facing|spend|be alone|being alone|wake up|carry on|keep going)/.test(
      rest,
    )
  );
};

const ACCIDENT =
  /\b(?:shaving|cooking|chopping|slicing|at the gym|playing|training|lifting|running|skiing|climbing|by accident|accidentally|accident|fell|tripped|slipped|pulled a muscle|paper cut|sprained|twisted|bike|football|rugby|netball|hockey|tennis)\b/;

const AS_PRESCRIBED =
  /\b(?:this morning|like the doctor|as prescribed|the doctor said|the gp said|with food|on time|daily|every day|usual|regular|prescribed|remembered)\b/;
const KITCHEN =
  /\b(?:oven|iron|ironing|pan|kettle|stove|hob|candle|cooking|straighteners|curling|tea|coffee|bbq|barbecue|grill|toast|sun|sunburn)\b/;
const OLD_AGE = /\bwhen i(?:'m| am) (?:old|older|\d+|ninety|a hundred|an old)/;

export const PATTERNS: readonly SafetyPattern[] = [
  {
    // wish-to-die
    need: words(
      'want|wanted|wants|need|needed|wish|wished|like|rather|ready|hope|pray|long|ache|yearn|wanting|tempted',
    ),
    re: rx(
      `${I}${ADVS}\\s+${WANT}${ADV}?\\s+(?:to\\s+|2\\s+)?(?:just\\s+|really\\s+|simply\\s+)?${DEATH_WISH}`,
    ),
    negatable: true,
    accept: NOT_AFTER_THAN,
  },
  {
    // wish-i-were-dead
    need: words('wish|wished|wishing|hope|hoping|pray|praying'),
    re: rx(
      `${I}${ADVS}\\s+(?:wish|wished|wishing|hope|hoping|pray|praying|sometimes wish|keep wishing|kind of wish)(?: that)? i\\s+${WISH_STATE}`,
    ),
    accept: (s, m) => NOT_AFTER_THAN(s, m) && !OLD_AGE.test(s.text),
  },
  {
    // not-want-to-live
    need: words('wanting|want|wanna|wish|care|feel|really'),
    re: rx(
      `(?:${I}${ADVS}\\s+)?${NOT}${ADVS}\\s+(?:want|wanting|wanna|wish|care|feel like i want|really want|feel like i can|see myself wanting)\\s+(?:to\\s+)?${LIFE}`,
    ),
    firstPerson: true,
  },
  {
    // unsure-to-live
    need: words('sure|know|think|doubt|unsure|certain|idea'),
    re: rx(
      `${UNSURE}\\s+(?:if\\s+|whether\\s+|that\\s+)?i${ADVS}\\s+(?:want|wanna|can|will|could|am able to|'ll|have it in me to|even want)\\s+(?:to\\s+)?${LIFE}`,
    ),
  },
  {
    // cannot-go-on
    need: words("can't|cannot|can|couldn't|could|won't|able"),
    re: rx(
      `(?:${I}${ADVS}\\s+)?(?:can't|cannot|can not|couldn't|could not|don't think i can|don't know how (?:much longer )?i can|won't be able to|am not able to|'m not able to|just can't|really can't)${ADVS}\\s+${CANT}`,
    ),
    firstPerson: true,
  },
  {
    // no-point
    need: words('point|reason|purpose|meaning|future'),
    re: rx(
      `(?:${SEE_NOT}(?:\\s+(?:really|even|honestly|truly|just|actually))?\\s+see\\s+(?:the|a|any|much)\\s+(?:point|reason|purpose|meaning|future)|what(?:'s| is)\\s+(?:even\\s+)?(?:the\\s+)?point|\\bno\\s+(?:point|reason|purpose|meaning))(?:\\s+(?:in|of|to|for))?(?:\\s+even)?\\s+(?:${POINT_OBJ}|${LIFE_VERB}|any ?more|without (?:you|u)|of anything|me (?:being here|any ?more|existing|living|trying|still being here))`,
    ),
  },
  {
    // acts
    need: [
      'disappearing',
      'finish',
      'finishing',
      'myself',
      'kms',
      'life',
      'end',
      'ending',
      'harm',
      'harming',
      'self',
      'selfharm',
      'cut',
      'cutting',
      'cutted',
      'wrist',
      'wrists',
      'overdose',
      'overdosed',
      'overdosing',
      'od',
      "od'd",
      'oded',
      'oding',
      'stupid',
      'silly',
      'drastic',
      'permanent',
      'jump',
      'jumping',
      'throw',
      'throwing',
      'step',
      'stepping',
      'fall',
      'falling',
      'launch',
      'walk',
      'walking',
      'drive',
      'driving',
      'drove',
      'crash',
      'crashing',
      'swerve',
      'swerving',
      'steer',
      'steering',
      ...MEDICINE_WORDS,
      'tylenol',
      'antidepressants',
      'ibuprofen',
      'aspirin',
      'insulin',
      'xanax',
      'valium',
      'codamol',
      'codeine',
      'diazepam',
      'here',
      'around',
      'alive',
      'problem',
      'burden',
      'way',
      'disappear',
      'die',
      'wheel',
      'scared',
      'afraid',
      'frightened',
      'terrified',
      'trust',
      'kys',
      'again',
      'oxy',
      'oxycontin',
      'oxycodone',
      'oxycodon',
    ],
    re: rx(ACTS),
    negatable: true,
    firstPerson: true,
    accept: (s, m) =>
      !(/\b(?:hurt|cut)/.test(m[0]) && ACCIDENT.test(s.text)) &&
      !(/\b(?:pills?|tablets?|meds|medication)\b/.test(m[0]) && AS_PRESCRIBED.test(s.text)),
  },
  {
    // means
    need: [
      'here',
      'floor',
      ...MEDICINE_WORDS,
      'razor',
      'razors',
      'blade',
      'blades',
      'rope',
      'noose',
      'gun',
      'knife',
      'bottle',
      'tracks',
      'drop',
      'water',
      'edge',
      'ledge',
      'river',
      'traffic',
      'lethal',
      'fatal',
      'googling',
      'researching',
      'searched',
      'looked',
      'googled',
      'researched',
      'searching',
      'looking',
      'bridge',
      'cliff',
      'railing',
      'railings',
      'railway',
      'rooftop',
      'roof',
      'parapet',
      'overpass',
      'flyover',
      'barrier',
      'fence',
      'sleeping',
    ],
    re: rx(MEANS),
    negatable: true,
    firstPerson: true,
  },
  {
    // not-make-it
    need: words("won't|will|plan|planning|expect|going"),
    re: rx(NOT_MAKE_IT),
    accept: (s: Sentence) =>
      !/\b(?:i'm|i am|i'll be|i will be) (?:in|at|on|off|away|visiting|back|working|going|staying)\b/.test(
        s.text,
      ) &&
      !/\b(?:away|course|trip|holiday|work|working|abroad|visiting|flight|conference|staying|shift|moving|busy)\b/.test(
        s.text,
      ),
    negatable: true,
    firstPerson: true,
  },
  {
    // not-coming-back
    need: words('stepped|jumped|coming|gone|let'),
    re: rx(NOT_COMING_BACK),
    firstPerson: true,
  },
  {
    // to-the-bridge
    need: words('bridge|cliff|cliffs|tracks|railway|quarry|viaduct'),
    re: rx(
      `(?:drove|drive|driving|went|walked|go|going|walk|walking) (?:out )?(?:to|up to|down to|along) the (?:bridge|cliff|cliffs|tracks|railway|quarry|viaduct)(?! (?:club|game|night|party|class|group|pub|cafe|bar|station))`,
    ),
    firstPerson: true,
    accept: (s: Sentence) =>
      !/\b(?:to watch|fireworks|meet|meeting|see the|walk the dog|run|running|view|photos?|with (?:the|my|friends|mates|\w+ and)|picnic|festival|market)\b/.test(
        s.text,
      ) &&
      /\b(?:again|tonight|alone|for an hour|for hours|sat|sit|sitting|stood|standing|thinking|engine off|didn't tell|nobody knows)\b/.test(
        s.text,
      ),
  },
  {
    // pills-and-drink
    need: words('pills|tablets|meds'),
    re: rx(
      `(?:took|taken|swallowed|had) (?:my |all my |the |some |a few |loads of )?(?:\\w+ )?(?:pills|tablets|meds)`,
    ),
    negatable: true,
    accept: (s) =>
      /\b(?:wine|vodka|whisky|whiskey|gin|rum|alcohol|drank|drinking|bottle|beers?)\b/.test(s.text),
  },
  {
    // soon-rid-of-me
    need: words("won't|never|wouldn't|will"),
    re: rx(
      `(?:won't|will never|never|wouldn't) (?:have to|need to) (?:deal with|deal w|worry about|see|hear from|put up with|think about|look at) me (?:again|any ?more|ever again|at all)`,
    ),
    accept: (s) =>
      /\b(?:soon|tonight|ever again|after tonight|after today|tomorrow|much longer|by morning|forever|for good)\b/.test(
        s.text,
      ),
  },
  {
    // farewell
    need: words(
      'stopping|keeping|holding|reason|place|world|goodbye|goodbyes|farewell|end|ever|time|read|see|get|letters|notes|letter|note|suicide|gave|giving|given|give|look|take|care|affairs|will|funeral|dead|gone|here|around|longer|rid|burden|better|no|nobody|noone|deal|problem|bother|worry|pain|free|peace|blame|fault|after|looking|search|searching|find|favour|favor|only|decision|choice|tell|happier|easier|simpler|kinder|relief|notice|miss|cry|sorry|happy|relieved|said|saying|say|made|fine|lighter|freer|safer|video|message|free|move|have|bother|worse|off',
    ),
    accept: (s) =>
      !/\b(?:since i'm moving|i'm moving (?:house|out|to|in)|moving (?:house|out)|declutter\w*|car boot|ebay|vinted|marketplace|downsiz\w*|selling|charity shop|got a job|financially|rent|bills)\b/.test(
        s.text,
      ) &&
      // The past, owned: "I was a burden on you when I lost my job", "you were better off without me that summer".
      !/\b(?:i (?:was|had been) (?:a |such a |being a )?burden|(?:you|they|she|he) (?:were|was) better off without me)\b/.test(
        s.text,
      ),
    re: rx(FAREWELL),
    negatable: true,
  },
  {
    // burden-feel
    need: words('burden'),
    re: rx(`i (?:feel|felt|am|'m)(?: \\w+)? like (?:a |such a |just a |nothing but a )?burden`),
    negatable: true,
  },
  {
    // thoughts
    need: words(
      "stop|forward|care|scared|afraid|worried|dying|death|around|alive|crash|safe|gone|stopped|next|passwords|sorted|sorting|sort|sleep|asleep|wake|how|sure|know|idea|last|final|pill|tablet|whole|lot|swallow|swallowed|bridge|cliff|cliffs|tracks|railway|quarry|viaduct|lorry|bus|truck|train|van|killed|stepped|jumped|coming|under|needing|need|given|gave|bye|goodbye|shouldn't|should|think|thinking|thought|thoughts|fantasising|fantasizing|dream|dreaming|obsessing|researching|googling|looking|suicide|suicidal|urges|urge|feelings|feeling|need|dark|done|nothing|worth|will|reason|desire|wish|wants|want|tired|given|giving|give|deserve|way|only|option|answer|part|enough|check|checking|checked|myself|bleed|bleeds|bled|hope|pray|care|mind|sad|soon|tonight|morning|tomorrow|over|hurt|taken|car|engine|hose|exhaust|bath|shower|tub|bathroom|end|ending|planned|plan|how|arms|arm|legs|leg|skin|wrist|wrists|thighs|thigh|head|hands|hand|stomach|lost|losing|wish|cutting|jumping|overdosing|dying|death|urges",
    ),
    re: rx(THOUGHTS),
    negatable: true,
    firstPerson: true,
    accept: (s, m) =>
      (!/^(?:burn|scald)/.test(m[0]) || !KITCHEN.test(s.text)) &&
      (!/(?:\b(?:his|her|their|your|a|the)|'s)\s+$/.test(s.text.slice(Math.max(0, m.index - 8), m.index)) ||
        !m[0].startsWith('suicid')),
  },
  // Veiled and indirect forms: the writer's absence, a burden lifted, being found, a final wish.
  {
    // not-wake-up
    need: words('wake|waking'),
    re: rx(
      `(?:hope|hoping|pray|praying|wish|wishing|want|wanting|wanna|part of me hopes|part of me wants)(?: that)? i (?:just |simply |never |don't |won't |wouldn't |didn't |do not |will not )+(?:wake up|waking up)(?! (?:late|early|in time|on time|the|him|her|them|you|u|everyone|anyone|before|till|until|at)\\b)`,
    ),
  },
  {
    // easier-if-i-were-gone
    need: words('easier|simpler|better|happier|kinder|lighter'),
    re: rx(
      `(?:easier|simpler|better|happier|kinder|lighter|better off)(?: for (?:[\\w']+ ){0,4}?[\\w']+)?(?: all round)? if i (?:just |simply |quietly |finally )?(?:wasn't here|weren't here|was not here|were not here|wasn't around|weren't around|was gone|were gone|wasn't alive|weren't alive|disappeared|vanished|stopped(?= *(?:$|[.,;!?]|existing|breathing|living|being here|being around|for good|altogether))|didn't come back(?: in| home| out| up)?(?= *(?:$|[.,;!?]|from|at all|ever|for good))|never came back|never woke up|didn't wake up|didn't exist|never existed|ended it|was dead|were dead|died|wasn't in the picture|stepped off|let go)`,
    ),
    accept: NOT_AFTER_THAN,
  },
  {
    // wont-be-here-to-see
    need: words('here|around|alive'),
    re: rx(
      `(?:won't|will not|wont|may not|might not|probably won't|doubt i'll|don't think i'll|don't think i will) (?:even |still )?be (?:here|around|alive) (?:to see|to watch|for (?:her|his|their|your|the kids'|mia's|[\\w']+'s)? ?(?:birthday|christmas|wedding|graduation|first day|big day|anniversary|results|exams)|by (?:christmas|the weekend|next week|next month|the morning|morning|then|sunday|friday|new year)|much longer|for long|after (?:tonight|today|this)|when (?:you|u|it|the) )`,
    ),
    firstPerson: true,
    accept: (s: Sentence) =>
      !/\b(?:i'm|i am|i'll be|i will be) (?:in|at|on|off|away|visiting|back|working|going|staying)\b/.test(
        s.text,
      ) &&
      !/\b(?:away|trip|holiday|work|working|abroad|visiting|flight|conference|staying|shift|moving|busy|delivery|parcel|office|flat|house|home|uni|college|hospital appointment|workload|deadline|exams?|revision|lol|lmao|haha\w*)\b/.test(
        s.text,
      ),
  },
  {
    // tell-them-i-loved
    need: words('loved'),
    re: rx(
      `tell (?:[\\w']+ ){0,2}?[\\w']+ (?:that )?i (?:always |really )?loved (?:her|him|them|you|u)(?= *(?:$|[.,;!?]|more|so|very|always|and|with))`,
    ),
  },
  {
    // when-they-find-me
    need: words('find|finds|found'),
    re: rx(
      `(?:when|once|after|by the time|before) (?:they|you|u|someone|somebody|anyone|people|the police|my (?:mum|mom|dad|family|sister|brother)|mum|mom|dad) (?:finally )?(?:find|finds|found|come to find|will find) me(?! (?:at|in|on|outside|by|near|a|an|some|something|the|your|ur|later|online)\\b)|(?:whoever|whoever's|the person who|the one who) (?:finds|find|found) me\\b`,
    ),
  },
  {
    // done-with-living
    need: words('done|finished|tired'),
    re: rx(
      `(?:done|finished|so done|tired) (?:with|of) (?:living(?! (?:out of|in|with|like|at|on|together|here|there|apart|off|under))|life(?! admin)|being alive|this life|existing|breathing|being here|waking up)(?![\\w'-])`,
    ),
    negatable: true,
    firstPerson: true,
  },
  {
    // nobody-has-to-worry
    need: words('nobody|no|noone|none|anyone|everyone'),
    re: rx(
      `(?:nobody|no one|no-one|noone|none of you|not anyone) (?:will |'ll |would |is going to )?(?:ever )?(?:has|have|needs?|will need) to (?:worry about|deal with|put up with|think about|bother with|look after|carry) me(?: (?:again|any ?more|ever again|much longer))?|(?:everyone|everybody) (?:can|will be able to|gets to) (?:stop worrying about|forget about|be free of) me`,
    ),
  },
  {
    // step-off-a-height
    need: words('step|stepping|stepped|jump|jumping|lean|leaning|fall|falling|letting|let'),
    re: rx(
      `(?:think|thinking|thought|imagine|imagining|wonder|wondering|want|wanted|tempted|urge|easier|simpler|easy|just)(?: about| of| to| it)?(?: [\\w']+){0,4}? (?:step|stepping|jump|jumping|lean|leaning|fall|falling|letting go|let go)(?: (?:off|over|out|forward))?(?= *(?:$|[.,;!?]|off|over|and|from|into))`,
    ),
    firstPerson: true,
    accept: (s: Sentence) =>
      /\b(?:balcony|terrace|roof|rooftop|ledge|edge|bridge|platform|car park|multi-storey|window|cliff|railing|railings|top floor|parapet|tracks|overpass|flyover|tower)\b/.test(
        s.text,
      ) &&
      !/\b(?:swim|swimming|pool|sea|lake|diving|dive|fun|bungee|parachute|skydiving|queue|conclusions?|bus|stage|kerb|curb|the gun|in line)\b/.test(
        s.text,
      ),
  },
  {
    // life-insurance
    need: words('insurance'),
    re: rx(`life insurance`),
    accept: (s: Sentence) =>
      /\b(?:better off|than (?:with )?me|without me|if i(?:'m| am| was| were)? (?:gone|dead|not here|not around)|when i(?:'m| am) gone|pays? out|paid out|payout|how much (?:it|they|the)|kids (?:get|would get|will get))\b/.test(
        s.text,
      ),
  },
  {
    // never-been-born
    need: words('born'),
    re: rx(
      `(?:${I}\\s+)?(?:wish|wished|wishing)(?: that)? i(?:'d| had)? (?:not|never) been born|(?:wish|wished)(?: that)? i (?:were|was) never born`,
    ),
  },
  {
    // nothing-left-for-me
    need: words('left|there'),
    re: rx(
      `what(?:'s| is) (?:there )?(?:even )?(?:left )?(?:there )?for me(?= *(?:$|[.,;!?]|now|any ?more|without|if|here))|(?:there's|there is|i've got|i have|i've) nothing (?:left )?(?:to live for|left (?:for me|in me|without (?:you|u)))`,
    ),
    accept: (s: Sentence, m: RegExpExecArray) =>
      !m[0].startsWith('what') ||
      /\b(?:without (?:you|u)|if (?:you|u)|not coming back|leave me|left me|gone|done with me)\b/.test(
        s.text,
      ),
  },
];

/** Risk told as past and over ("two years ago …", "I used to …") unless it is back or recent. */
const DISTANT_PAST =
  /\b(?:(?:years|months|decades) ago|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|few|some|couple of) (?:years?|yrs?|decades?) (?:ago|back)|last year|last (?:spring|summer|autumn|fall|winter|christmas|easter)|a long time ago|long ago|back then|back in (?:the day|school|uni|college|(?:19|20)\d\d)|in (?:19|20)\d\d|when i was (?:younger|little|a (?:kid|child|teen|teenager|student)|in (?:school|uni|college|my teens|my twenties|high school)|\d+|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|as a (?:kid|teen|teenager|child)|in my (?:teens|twenties|early twenties|late teens)|used to|at my lowest|in high school|(?:in|last) (?:january|february|march|april|june|july|august|september|october|november|december)|before (?:i got|getting) (?:help|better|sober|treatment))\b/;
const STILL_NOW =
  /\b(?:again|(?:are|is|'re|came|come|coming|creeping) back|lately|recently|these days|this week|tonight|today|right now|still|since you left|coming back|creeping|every (?:day|night))\b/;
const SAFE_NOW =
  /\b(?:i'm|i am|i feel|i'm now|now i'm|i'm totally|i'm completely|i am now) (?:safe|okay now|ok now|fine now|better now|in a (?:better|good|much better|safe) place|doing (?:better|much better|okay|ok|well))\b|\b(?:got|getting|had|found) (?:the |some |proper )?help\b|\bdon't (?:feel|think) (?:that way|like that)|\b(?:it's|it is|that's|that is) (?:over(?! for me)|behind me|in the past)|\bnot any ?more\b|\bno longer (?:feel|think) (?:that way|like that)|\b(?:years|months) clean\b|\bin recovery\b/;

/** False for risk told as old or over (LABELS decision 4); the learned model shares this guard. */
export function presentRisk(s: Sentence): boolean {
  if (OLD_AGE.test(s.text)) return false;
  if (SAFE_NOW.test(s.text) && !/\b(?:back|again)\b/.test(s.text)) return false;
  if (DISTANT_PAST.test(s.text) && !STILL_NOW.test(s.text)) return false;
  return true;
}

const ALL_PATTERNS: readonly SafetyPattern[] = [
  ...PATTERNS,
  ...VEILED_PATTERNS,
  ...MORE_PATTERNS,
  ...DIRECT_PATTERNS,
];
const VOICE = { reason: SELF_HARM_REASON, suggestion: SELF_HARM_SUGGESTION };

/** "Not going to lie" (texting "ngl") is a filler, not a negation of what follows it. */
const FILLER_NEGATION = /\b(?:not going to|will not|won't|can't|cannot|not gonna) lie\b/g;

/** The sentence with filler negations blanked out (same length, so every offset stays true). */
function withoutFillers(s: Sentence): Sentence {
  if (!/\blie\b/.test(s.text)) return s;
  const text = s.text.replace(FILLER_NEGATION, (m) => ' '.repeat(m.length));
  return text === s.text ? s : { ...s, text };
}

export const selfHarm: Rule = {
  id: 'self-harm',
  kind: 'safety',
  readsPrevious: true,
  gate: gateOf(ALL_PATTERNS),
  gatePrevious: SELF_HARM_PREVIOUS_GATE,
  find(original) {
    const sentence = withoutFillers(original);
    if (presentRisk(sentence)) {
      const hits = runPatterns(sentence, ALL_PATTERNS, VOICE, undefined, true);
      if (hits.length > 0) return hits;
    }
    return selfHarmAcrossSentences(sentence, VOICE);
  },
};
