/**
 * The topic matcher shared by `reopen-resolved` and `boundary`: finds where a sentence touches a topic
 * the user registered ("the Vegas trip", "my family", "coming to my work"). Topics are short phrases;
 * each is prepared once into names (matched alone), a head concept with its modifiers, or an act with
 * its object, using small concept lexicons (family, friends, work, money, health, places…).
 *
 * Perspective: avoid-topics are in the recipient's words, so "my family" means the recipient's family
 * (the writer's "your mum"), and the writer's own family does not touch it (LABELS decision 7).
 */
import { normalize } from '../../normalize.js';
import type { Sentence } from '../../analysis.js';

export type Perspective = 'recipient' | 'writer';

interface Concept {
  /** Source of a regex alternation (already escaped), matched on word boundaries. */
  forms: string;
  /** People concepts need an owner to count ("your mum", not "a mum"). */
  person: boolean;
}

const C = (words: readonly string[], person = false): Concept => ({
  forms: words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|'),
  person,
});

const MOTHER = ['mum', 'mom', 'mother', 'mam', 'mommy', 'mummy', 'mama', 'momma', 'ma'];
const FATHER = ['dad', 'father', 'daddy', 'papa', 'pops', 'da'];
const SISTER = ['sister', 'sis', 'sisters', 'sissy'];
const BROTHER = ['brother', 'bro', 'brothers', 'bruv'];
const GRAND = [
  'grandma',
  'gran',
  'nan',
  'nana',
  'nanna',
  'granny',
  'grandmother',
  'grandad',
  'grandpa',
  'grandfather',
  'grandparents',
  'granddad',
];
const FAMILY_ALL = [
  'family',
  'fam',
  'parents',
  'folks',
  'siblings',
  'aunt',
  'auntie',
  'aunty',
  'uncle',
  'cousin',
  'cousins',
  'in-laws',
  'in laws',
  'niece',
  'nephew',
  'stepmum',
  'stepmom',
  'stepdad',
  'stepfather',
  'stepmother',
  'stepbrother',
  'stepsister',
  'relatives',
  'mum and dad',
  'mom and dad',
  ...MOTHER,
  ...FATHER,
  ...SISTER,
  ...BROTHER,
  ...GRAND,
];
const FRIENDS = [
  'friends',
  'friend',
  'mates',
  'mate',
  'pals',
  'pal',
  'buddies',
  'bestie',
  'best friend',
  'bff',
  'crew',
  'gang',
  'the girls',
  'the boys',
  'the lads',
  'group chat',
  'gc',
  'squad',
];
const WORK = [
  'job',
  'work',
  'career',
  'office',
  'boss',
  'manager',
  'promotion',
  'workplace',
  'shift',
  'shifts',
  'colleagues',
  'colleague',
  'coworkers',
  'co-workers',
  'coworker',
  'new job',
  'company',
  'firm',
  'interview',
  'salary',
  'pay rise',
  'raise',
  'business',
];
const WORKPLACE = [
  'work',
  'office',
  'job',
  'café',
  'cafe',
  'shop',
  'store',
  'library',
  'restaurant',
  'bar',
  'salon',
  'school',
  'clinic',
  'hospital',
  'studio',
  'warehouse',
  'site',
  'shift',
  'workplace',
  'surgery',
  'practice',
  'desk',
  'building',
];
const KIDS = [
  'kids',
  'children',
  'child',
  'son',
  'daughter',
  'boy',
  'little one',
  'stepson',
  'stepdaughter',
  'baby',
  'kid',
  'sons',
  'daughters',
];
const MONEY = [
  'money',
  'cash',
  'loan',
  'debt',
  'debts',
  'owe',
  'owed',
  'owes',
  'pay',
  'paid',
  'payment',
  'repay',
  'repaid',
  'pay back',
  'paid back',
  'borrowed',
  'borrow',
  'lent',
  'lend',
  'rent',
  'bills',
  'transfer',
  'bank',
  'monzo',
  'venmo',
  'paypal',
  'overpaid',
  'savings',
  'finances',
  'quid',
  'bucks',
  'dollars',
  'pounds',
  'grand',
  'euros',
  '£',
  '$',
];
const LOAN = [
  'loan',
  'borrowed',
  'borrow',
  'lent',
  'lend',
  'pay back',
  'paid back',
  'pay it back',
  'repay',
  'repaid',
  'owe',
  'owed',
  'debt',
  'overpaid',
  'money',
  'the numbers',
];
const HEALTH = [
  'health',
  'treatment',
  'doctor',
  'doctors',
  'diagnosis',
  'hospital',
  'illness',
  'sick',
  'chemo',
  'surgery',
  'operation',
  'scan',
  'scans',
  'results',
  'medication',
  'meds',
  'appointment',
  'recovery',
  'condition',
  'cancer',
  'symptoms',
  'check-up',
  'checkup',
  'physio',
  'therapy',
  'specialist',
  'consultant',
  'biopsy',
  'prognosis',
];
const WEIGHT = [
  'weight',
  'lost weight',
  'gained weight',
  'put on weight',
  'thin',
  'skinny',
  'thinner',
  'fat',
  'slim',
  'slimmer',
  'body',
  'figure',
  'eating',
  'dieting',
  'diet',
  'size',
  'lost a bit',
  'lost a lot',
  'lost so much',
];
const DRINKING = [
  'drinking',
  'drink',
  'drinks',
  'drunk',
  'booze',
  'alcohol',
  'wine',
  'beer',
  'pints',
  'hungover',
  'hangover',
  'sober',
  'how much you are having',
  "how much you're having",
];
const PARTNER = [
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'partner',
  'new man',
  'new woman',
  'new guy',
  'new girl',
  'fella',
  'bloke',
  'husband',
  'wife',
  'fiancé',
  'fiance',
  'fiancée',
  'fiancee',
  'man',
  'woman',
  'lover',
  'date',
  'relationship',
];
const EX = [
  'ex',
  'ex-husband',
  'ex husband',
  'ex-wife',
  'ex wife',
  'ex-boyfriend',
  'ex boyfriend',
  'ex-girlfriend',
  'ex girlfriend',
  'ex-partner',
  'ex partner',
  'former husband',
  'former wife',
];
const MISCARRIAGE = [
  'miscarriage',
  'miscarried',
  'the baby',
  'our baby',
  'baby we lost',
  'what we lost',
  'lost the baby',
  'lost our baby',
  'the pregnancy',
  'pregnancy',
  'pregnant',
  'stillbirth',
  'stillborn',
];
const SOCIAL = [
  'instagram',
  'insta',
  'ig',
  'story',
  'stories',
  'posts',
  'post',
  'feed',
  'profile',
  'socials',
  'social media',
  'tiktok',
  'snapchat',
  'snap',
  'facebook',
  'fb',
  'twitter',
  'pics',
  'pictures',
  'photos',
  'selfie',
  'reel',
  'reels',
  'followers',
  'follow',
  'follows',
  'unfollow',
];
const TRIP = [
  'trip',
  'holiday',
  'holidays',
  'vacation',
  'getaway',
  'weekend away',
  'break',
  'travels',
  'flight',
  'hotel',
  'resort',
  'cruise',
];
const WEDDING = [
  'wedding',
  'reception',
  'ceremony',
  'speeches',
  'speech',
  'toast',
  'best man',
  'honeymoon',
  'wedding day',
  'vows',
];
const SPEECH = ['toast', 'speech', 'speeches', 'best man speech'];
const PARTY = ['party', 'do', 'bash', 'celebration', 'gathering', 'barbecue', 'bbq', 'night out'];
const BIRTHDAY = ['birthday', 'bday', 'b-day', 'birthday party', 'birthday dinner'];
const ACCIDENT = [
  'accident',
  'crash',
  'collision',
  'car accident',
  'prang',
  'insurance claim',
  'the car',
  'written off',
];
const AFFAIR = [
  'affair',
  'cheating',
  'cheated',
  'fling',
  'the other woman',
  'the other man',
  'infidelity',
  'unfaithful',
  'slept with',
  'sleeping with',
  'hooking up',
  'hooked up',
  'the texts with',
];
const ARGUMENT = [
  'argument',
  'row',
  'fight',
  'falling out',
  'falling-out',
  'blow-up',
  'blowup',
  'bust-up',
  'shouting match',
  'disagreement',
  'words',
];
const PHONE = ['phone', 'mobile', 'cell', 'texts', 'messages', 'passcode', 'password'];
const DOG = ['dog', 'puppy', 'pup', 'doggo'];
const CAT = ['cat', 'kitten', 'kitty'];
const VAN = ['caravan', 'van', 'camper', 'campervan', 'motorhome', 'rv'];
const HOUSE = ['house', 'flat', 'home', 'apartment', 'place', 'cottage', 'property'];
const CAR = ['car', 'ute', 'vehicle', 'motor'];
const GOLD = ['gold', 'jewellery', 'jewelry', 'necklace', 'ring', 'rings', 'bangles', 'earrings'];
const DIARY = ['diary', 'journal', 'notebook'];
const SAID = [
  'said',
  'say',
  'saying',
  'comment',
  'comments',
  'remark',
  'remarks',
  'called',
  'things i said',
  'what i said',
  'words',
  'told',
];
const VISIT = [
  'came by',
  'come by',
  'coming by',
  'came to',
  'come to',
  'coming to',
  'came in',
  'come in',
  'came round',
  'came over',
  'turned up',
  'turn up',
  'turning up',
  'showed up',
  'show up',
  'showing up',
  'dropped by',
  'drop by',
  'stopped by',
  'stop by',
  'popped in',
  'pop in',
  'popped by',
  'visited',
  'visit',
  'waited outside',
  'wait outside',
  'waiting outside',
  'outside your',
  'went to',
  'go to',
  'swung by',
];
const CONTACT = [
  'talked to',
  'talk to',
  'spoke to',
  'speak to',
  'spoken to',
  'texted',
  'text',
  'messaged',
  'message',
  'called',
  'call',
  'rang',
  'ring',
  'contacted',
  'contact',
  'reached out to',
  'dm',
  'dmed',
  "dm'd",
  'had a drink with',
  'had drinks with',
  'met up with',
  'meet up with',
  'caught up with',
  'saw',
  'ran into',
  'bumped into',
  'hung out with',
  'followed',
  'added',
];
const SELL = ['sell', 'sold', 'selling', 'sale', 'let it go', 'got rid of', 'the buyer', 'price'];

/** Concept lexicon by topic word. */
const LEXICON: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  ...['family', 'fam', 'relatives', 'in-laws'].map((w) => [w, C(FAMILY_ALL, true)] as const),
  ...['parents', 'folks'].map(
    (w) => [w, C(['parents', 'folks', 'mum and dad', 'mom and dad', ...MOTHER, ...FATHER], true)] as const,
  ),
  ...MOTHER.map((w) => [w, C(MOTHER, true)] as const),
  ...FATHER.map((w) => [w, C(FATHER, true)] as const),
  ...SISTER.map((w) => [w, C(SISTER, true)] as const),
  ...BROTHER.map((w) => [w, C(BROTHER, true)] as const),
  ...GRAND.map((w) => [w, C(GRAND, true)] as const),
  ...['friends', 'friend', 'mates', 'mate', 'pals', 'crew', 'gang', 'group', 'squad'].map(
    (w) => [w, C(FRIENDS, true)] as const,
  ),
  ...[
    'job',
    'work',
    'career',
    'office',
    'boss',
    'promotion',
    'workplace',
    'colleagues',
    'coworkers',
    'company',
  ].map((w) => [w, C(WORK)] as const),
  ...['kids', 'children', 'child', 'kid'].map((w) => [w, C(KIDS, true)] as const),
  ...['son', 'stepson'].map((w) => [w, C(['son', 'boy', 'lad', 'stepson', 'little man'], true)] as const),
  ...['daughter', 'stepdaughter'].map(
    (w) => [w, C(['daughter', 'girl', 'stepdaughter', 'little girl'], true)] as const,
  ),
  ...['money', 'finances', 'cash', 'savings', 'debt', 'debts'].map((w) => [w, C(MONEY)] as const),
  ...['loan', 'borrowed', 'lent'].map((w) => [w, C(LOAN)] as const),
  ...['health', 'treatment', 'illness', 'cancer', 'diagnosis', 'surgery', 'condition'].map(
    (w) => [w, C(HEALTH)] as const,
  ),
  ...['weight', 'body', 'eating', 'diet'].map((w) => [w, C(WEIGHT)] as const),
  ...['drinking', 'alcohol', 'booze', 'sobriety'].map((w) => [w, C(DRINKING)] as const),
  ...[
    'partner',
    'boyfriend',
    'girlfriend',
    'bf',
    'gf',
    'relationship',
    'husband',
    'wife',
    'fiance',
    'fiancé',
  ].map((w) => [w, C(PARTNER, true)] as const),
  ...['ex', 'ex-husband', 'ex-wife', 'ex-boyfriend', 'ex-girlfriend', 'ex-partner'].map(
    (w) => [w, C(EX, true)] as const,
  ),
  ...['miscarriage', 'pregnancy'].map((w) => [w, C(MISCARRIAGE)] as const),
  ...['instagram', 'insta', 'socials', 'facebook', 'tiktok', 'snapchat', 'twitter', 'posts'].map(
    (w) => [w, C(SOCIAL)] as const,
  ),
  ...['trip', 'holiday', 'vacation', 'getaway', 'cruise', 'honeymoon'].map((w) => [w, C(TRIP)] as const),
  ...['wedding', 'reception', 'ceremony'].map((w) => [w, C(WEDDING)] as const),
  ...['toast', 'speech', 'speeches'].map((w) => [w, C(SPEECH)] as const),
  ...['party', 'bash', 'celebration'].map((w) => [w, C(PARTY)] as const),
  ...['birthday', 'bday'].map((w) => [w, C(BIRTHDAY)] as const),
  ...['accident', 'crash'].map((w) => [w, C(ACCIDENT)] as const),
  ...['affair', 'cheating', 'fling', 'infidelity'].map((w) => [w, C(AFFAIR)] as const),
  ...['argument', 'row', 'fight', 'falling'].map((w) => [w, C(ARGUMENT)] as const),
  ...['phone'].map((w) => [w, C(PHONE)] as const),
  ...['dog', 'puppy'].map((w) => [w, C(DOG)] as const),
  ...['cat', 'kitten'].map((w) => [w, C(CAT)] as const),
  ...['caravan', 'van', 'camper', 'campervan', 'motorhome'].map((w) => [w, C(VAN)] as const),
  ...['house', 'flat', 'apartment', 'cottage', 'home'].map((w) => [w, C(HOUSE)] as const),
  ...['car', 'ute'].map((w) => [w, C(CAR)] as const),
  ...['gold', 'jewellery', 'jewelry', 'necklace', 'ring'].map((w) => [w, C(GOLD)] as const),
  ...['diary', 'journal'].map((w) => [w, C(DIARY)] as const),
]);

/** Verbs of a topic that is an act: "what I said about…", "coming to my work", "contacting my friends". */
const ACTS: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  ...['said', 'saying', 'say', 'comments', 'remarks'].map((w) => [w, C(SAID)] as const),
  ...['coming', 'come', 'visiting', 'showing', 'turning', 'dropping'].map((w) => [w, C(VISIT)] as const),
  ...['contacting', 'contact', 'calling', 'texting', 'messaging', 'talking', 'seeing'].map(
    (w) => [w, C(CONTACT)] as const,
  ),
  ...['selling', 'sold', 'sale'].map((w) => [w, C(SELL)] as const),
]);

/** Places: a name here matches its country or region and the reverse ("the Lisbon trip" ↔ "Portugal"). */
const PLACES: ReadonlyArray<readonly string[]> = [
  ['lisbon', 'porto', 'algarve', 'portugal', 'madeira'],
  ['paris', 'nice', 'provence', 'france', 'bordeaux', 'lyon'],
  [
    'barcelona',
    'madrid',
    'ibiza',
    'majorca',
    'mallorca',
    'menorca',
    'tenerife',
    'malaga',
    'marbella',
    'benidorm',
    'seville',
    'spain',
    'lanzarote',
    'gran canaria',
    'canaries',
  ],
  [
    'rome',
    'venice',
    'florence',
    'milan',
    'naples',
    'amalfi',
    'sicily',
    'sardinia',
    'tuscany',
    'italy',
    'lake como',
  ],
  ['vegas', 'las vegas', 'nevada'],
  ['crete', 'athens', 'santorini', 'mykonos', 'corfu', 'rhodes', 'zante', 'kos', 'greece'],
  ['bali', 'indonesia', 'lombok'],
  ['goa', 'mumbai', 'delhi', 'jaipur', 'kerala', 'india'],
  ['cancun', 'tulum', 'mexico'],
  ['dubai', 'abu dhabi', 'uae'],
  ['amsterdam', 'holland', 'netherlands'],
  ['berlin', 'munich', 'germany'],
  ['prague', 'czech republic', 'czechia'],
  ['dublin', 'ireland', 'galway', 'cork'],
  ['edinburgh', 'glasgow', 'scotland', 'highlands'],
  ['new york', 'nyc', 'manhattan', 'brooklyn'],
  ['bangkok', 'phuket', 'thailand', 'koh samui'],
  ['tokyo', 'kyoto', 'osaka', 'japan'],
  ['cornwall', 'devon', 'st ives', 'newquay'],
  ['jerusalem', 'tel aviv', 'israel'],
];

const STOP = new Set([
  'the',
  'a',
  'an',
  'my',
  'your',
  'ur',
  'our',
  'his',
  'her',
  'their',
  'that',
  'this',
  'those',
  'these',
  'about',
  'of',
  'to',
  'at',
  'in',
  'on',
  'with',
  'for',
  'from',
  'what',
  'who',
  'i',
  'we',
  'you',
  'me',
  'us',
  'it',
  'and',
  'or',
  'did',
  'do',
  'was',
  'were',
  'is',
  'thing',
  'things',
  'stuff',
  'whole',
  'night',
  'day',
  'time',
  'incident',
  'situation',
  'issue',
  'business',
  'keeps',
  'keep',
  'how',
  'when',
  'where',
  'which',
  'new',
  'last',
  'up',
  'out',
  'back',
  'again',
  'any',
  'all',
  'just',
  'over',
  'around',
  'by',
  "i'd",
  "i've",
  "i'm",
  'he',
  'she',
  'they',
  'him',
  'them',
]);

/** Heads too general to match alone when the topic has other words: "the Lisbon trip" needs Lisbon. */
const GENERIC = new Set([
  'trip',
  'holiday',
  'vacation',
  'party',
  'wedding',
  'argument',
  'row',
  'fight',
  'dinner',
  'weekend',
  'money',
  'conversation',
  'call',
  'text',
  'message',
  'home',
  'house',
  'car',
  'phone',
  'work',
  'job',
  'birthday',
  'drinking',
  'comments',
  'lunch',
  'evening',
  'morning',
  'week',
  'month',
  'year',
  'care',
]);

interface NameSpec {
  re: RegExp;
}

export interface PreparedTopic {
  label: string;
  names: NameSpec[];
  head?: { concept: RegExp; person: boolean; generic: boolean };
  modifiers: RegExp[];
  act?: RegExp;
  object?: { concept: RegExp; person: boolean; pronoun?: RegExp };
  /** The topic says "my …": in the recipient's words, the writer must say "your …". */
  owned: boolean;
  /** The topic says "our …": the writer may say "our …" or "your …". */
  ours: boolean;
  /** The act must be named with its object ("what I said about your mother"); else the object is enough. */
  needsAct: boolean;
  special?: RegExp;
}

const word = (forms: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?:'s|s)?(?![\\p{L}\\p{N}])`, 'gu');

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Recipient's new partner, seen from the writer: "the guy you're seeing", "your new bf", "you and Rob". */
const NEW_PARTNER =
  /\b(?:the|that|this)\s+(?:guy|girl|man|woman|bloke|lad|fella|person|one)\s+(?:you're|you are|ur|you've been|you have been|u r)\s+(?:seeing|dating|with|talking to|sleeping with)\b|\b(?:your|ur)\s+(?:new\s+)?(?:bf|gf|boyfriend|girlfriend|partner|man|fella|bloke|lover|husband|wife|fiancé|fiance|fiancée|fiancee|squeeze|date)\b|\b(?:you|u)(?:'re| are| r)?\s+(?:seeing|dating|sleeping with)\s+(?:someone|somebody|him|her|a guy|a girl|this guy|that guy|anyone)\b|\b(?:you|u)\s+(?:with|and)\s+(?:him|her)\b|\b(?:you|u)\s+and\s+[a-z]+\s+(?:have|are|r|got|moved|moving|seem|look|went|are now)\b|\bis\s+it\s+serious\b|\b(?:your|ur)\s+new\s+relationship\b/g;
const WEIGHT_ACT =
  /\b(?:you|u)(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:lost|gained|put on)\s+(?:a\s+(?:bit|lot|little)|so\s+much|some|weight|loads)\b|\b(?:your|ur)\s+(?:weight|body|figure|size)\b|\b(?:you|u)(?:'re| are| r| look| looked| seem)\s+(?:\w+\s+)?(?:thin|skinny|thinner|slim|slimmer|fat|bigger|smaller)\b|\b(?:are|r)\s+(?:you|u)\s+eating\b|\bweight\b/g;
const DRINKING_ACT =
  /\b(?:you|u)(?:'re| are| r|'ve been| have been)?\s+(?:still\s+)?(?:drinking|drunk|having|hungover|going out|out every)\b|\b(?:your|ur)\s+(?:drinking|drinks|hangover|sobriety)\b|\bhow\s+much\s+(?:you|u)(?:'re| are)?\s+(?:having|drinking|drink)\b/g;

const MONEY_ACT =
  /[£$€]\s?\d|\b\d+\s*(?:quid|bucks|dollars|pounds|grand|euros|k)\b|\b(?:pay (?:me|you|it) back|send (?:me )?(?:over )?the (?:money|cash)|you owe|i owe|the money|your money|the loan|the debt)\b/g;

const SPECIALS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:the\s+)?(?:money|finances|my finances|my money)$/, MONEY_ACT],
  [
    /\bnew\s+(?:relationship|partner|boyfriend|girlfriend|bf|gf|man|woman|guy|girl|husband|wife)\b|\b(?:dating|love life|relationship)\b/,
    NEW_PARTNER,
  ],
  [/\bweight\b|\bbody\b|\beating\b/, WEIGHT_ACT],
];

const HOLIDAYS =
  /^(?:christmas|xmas|easter|thanksgiving|diwali|eid|halloween|hanukkah|passover|valentines|valentine|nye|hogmanay)$/;

const cache = new Map<string, PreparedTopic>();

/** Prepares a topic once; the preparation is cached by topic and perspective. */
export function prepareTopic(raw: string, perspective: Perspective): PreparedTopic {
  const key = `${perspective}\u0000${raw}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const prepared = build(raw, perspective);
  if (cache.size > 500) cache.clear();
  cache.set(key, prepared);
  return prepared;
}

function build(raw: string, perspective: Perspective): PreparedTopic {
  const text = normalize(raw).text;
  const tokens = text.match(/[\p{L}\p{N}$£]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  const rawWords = raw.match(/[\p{L}\p{N}$£]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const capitalised = new Set(
    rawWords
      .filter((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || rawWords.length === 1 || !STOP.has(w.toLowerCase())))
      .map((w) => w.toLowerCase().replace(/[’']s$/, '')),
  );
  const owned = perspective === 'recipient' && /\bmy\b/.test(text);
  const topic: PreparedTopic = {
    label: raw.trim(),
    names: [],
    modifiers: [],
    owned,
    ours: /\bour\b/.test(text),
    needsAct: true,
  };

  for (const [trigger, re] of SPECIALS) if (trigger.test(text)) topic.special = re;
  if (
    /\b(?:drinking|alcohol|booze|sobriety)\b/.test(text) &&
    /\bmy\b/.test(text) &&
    !/\b(?:father|dad|mum|mom|mother|brother|sister)'s\b/.test(text)
  ) {
    topic.special = DRINKING_ACT;
  }

  // Split at the first preposition or clause word: the first chunk holds the head.
  const content: Array<{ w: string; possessive: boolean; index: number }> = [];
  let chunkEnd = -1;
  tokens.forEach((t, i) => {
    const possessive = /'s$/.test(t) || (/s$/.test(t) && capitalised.has(t.slice(0, -1)));
    const w = t.replace(/'s$/, '');
    if (
      chunkEnd < 0 &&
      content.length > 0 &&
      /^(?:about|of|to|at|in|on|with|for|from|i|we|you|that|who|which|said|sold|borrowed|lost)$/.test(w)
    )
      chunkEnd = content.length;
    if (STOP.has(w)) return;
    if (w.length < 2 && !/\d/.test(w)) return;
    content.push({ w, possessive, index: i });
  });
  if (chunkEnd < 0) chunkEnd = content.length;

  for (const c of content) {
    const place = PLACES.find((p) => p.includes(c.w));
    if (place) {
      topic.names.push({
        re: word(
          place
            .map(escape)
            .map((p) => p.replace(/ /g, '\\s+'))
            .join('|'),
        ),
      });
      continue;
    }
    if (/^[$£]?\d+$/.test(c.w)) {
      const n = c.w.replace(/^[$£]/, '');
      topic.names.push({ re: new RegExp(`(?<![\\p{N}])[$£]?${n}(?![\\p{N}])`, 'gu') });
      continue;
    }
    if (HOLIDAYS.test(c.w)) {
      // "last Christmas" is one past Christmas: "Merry Christmas" does not raise it.
      topic.names.push({
        re: new RegExp(
          `(?<!(?:merry|happy|lovely|good|great|nice)\\s+)\\b(?:last|that|at|on|over|about|the|this past|from)\\s+(?:\\w+\\s+)?${escape(c.w)}\\b`,
          'g',
        ),
      });
      continue;
    }
    const isName = capitalised.has(c.w) && !LEXICON.has(c.w) && !ACTS.has(c.w);
    const single = content.length === 1 && !LEXICON.has(c.w) && !ACTS.has(c.w);
    if (isName || single) {
      const forms = [escape(c.w)];
      if (c.w.length >= 6) forms.push(`${escape(c.w.slice(0, Math.max(4, Math.ceil(c.w.length / 2))))}`);
      if (c.w.length >= 5) forms.push(`${escape(c.w.slice(0, 3))}(?:s|sy|z|zy)`);
      const alternation = forms.join('|');
      topic.names.push({
        re: c.possessive
          ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escape(c.w)})(?:'s|s)(?![\\p{L}\\p{N}])`, 'gu')
          : new RegExp(`(?<![\\p{L}\\p{N}@])@?(?:${alternation})(?:'s|s)?(?![\\p{L}\\p{N}])`, 'gu'),
      });
      if (c.possessive) continue;
      continue;
    }
  }

  const nouns = content.filter((c) => !topic.names.some((n) => n.re.source.includes(escape(c.w))));
  const act = nouns.find((c) => ACTS.has(c.w));
  if (act) {
    topic.act = word((ACTS.get(act.w) as Concept).forms);
    topic.needsAct = !/^(?:selling|sold|sale)$/.test(act.w);
    const visit = /^(?:coming|come|visiting|showing|turning|dropping)$/.test(act.w);
    const obj = nouns.find((c) => c !== act && !ACTS.has(c.w));
    if (obj) {
      const concept =
        visit && /^(?:work|job|office|workplace)$/.test(obj.w)
          ? C(WORKPLACE)
          : (LEXICON.get(obj.w) ?? C([obj.w]));
      const pronoun = /\b(?:mother|mum|mom|sister|wife|girlfriend|daughter|grandma|gran|nan|aunt)\b/.test(
        obj.w,
      )
        ? /\b(?:her|she)\b/
        : /\b(?:father|dad|brother|husband|boyfriend|son|grandad|grandpa|uncle)\b/.test(obj.w)
          ? /\b(?:him|he)\b/
          : concept.person
            ? /\b(?:them|they)\b/
            : undefined;
      topic.object = {
        concept: word(concept.forms),
        person: concept.person,
        ...(pronoun ? { pronoun } : {}),
      };
    }
    return topic;
  }

  const headChunk = nouns.filter((c) => content.indexOf(c) < chunkEnd);
  const head = headChunk[headChunk.length - 1] ?? nouns[0];
  if (head) {
    const concept = LEXICON.get(head.w) ?? C([head.w]);
    topic.head = {
      concept: word(concept.forms),
      person: concept.person,
      generic: GENERIC.has(head.w) && content.length > 1,
    };
    for (const c of nouns) {
      if (c === head) continue;
      const m = LEXICON.get(c.w) ?? C([c.w]);
      topic.modifiers.push(word(m.forms));
    }
  }
  return topic;
}

/** Owners before a mention: the writer's own ("my mum") or a third person's ("Kelly's job"). */
const NOT_THEIRS =
  /(?:\b(?:my|his|her|their|our)\s+(?:own\s+)?|\b(?!your\b|ur\b)[a-z]+'s\s+|\b(?:a|another|some|any)\s+)$/;
const THEIRS = /(?:\b(?:your|ur|yr|you're)\s+(?:\w+\s+)?|\b(?:you|u)\s+and\s+)$/;
const THEIRS_OR_OURS = /(?:\b(?:your|ur|yr|you're|our)\s+(?:\w+\s+)?|\b(?:you|u)\s+and\s+)$/;

/** Where in the sentence the topic is touched, as `[start, end]`, or undefined. */
export function touches(s: Sentence, topic: PreparedTopic): readonly [number, number] | undefined {
  const text = s.text;
  for (const n of topic.names) {
    const m = first(n.re, text);
    if (m) return m;
  }
  if (topic.special) {
    const m = first(topic.special, text);
    if (m) return m;
  }
  if (topic.act) {
    const a = first(topic.act, text);
    if (!a && topic.object && !topic.needsAct)
      return firstOwned(topic.object.concept, text, topic, topic.object.person);
    if (!a) return undefined;
    if (!topic.object) return a;
    const o = firstOwned(topic.object.concept, text, topic, topic.object.person);
    if (o) return [Math.min(a[0], o[0]), Math.max(a[1], o[1])];
    if (topic.object.pronoun && topic.object.pronoun.test(text)) return a;
    // "coming to my work": the workplace alone with you ("while you were on shift") is enough.
    return undefined;
  }
  if (topic.head) {
    const h = firstOwned(topic.head.concept, text, topic, topic.head.person);
    if (!h) return undefined;
    if (!topic.head.generic) return h;
    for (const mod of topic.modifiers) if (first(mod, text)) return h;
  }
  return undefined;
}

function first(re: RegExp, text: string): readonly [number, number] | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

function firstOwned(
  re: RegExp,
  text: string,
  topic: PreparedTopic,
  person: boolean,
): readonly [number, number] | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const end = m.index + m[0].length;
    const theirs = (topic.ours ? THEIRS_OR_OURS : THEIRS).exec(before);
    if (theirs) return [m.index - theirs[0].length, end];
    if (person) continue;
    if (topic.owned) {
      // Their things without "your": "congrats on the promotion", "how's the treatment going?"
      if (/(?:\b(?:the|that|this|new|how's|how is|hows)\s+)$/.test(before)) return [m.index, end];
      if (NOT_THEIRS.test(before)) continue;
      continue;
    }
    return [m.index, end];
  }
  return undefined;
}

/** "I know we said it's settled" / "I'm not going to reopen…": the writer promises to leave it. */
const CLOSURE =
  /\b(?:(?:we|you|u)\s+(?:said|agreed|decided)\s+(?:\w+\s+){0,6}?(?:done|settled|behind us|over|drop|dropped|not to|finished|move on|moved on|leave it|closed|sorted|let it go|water under the bridge)|(?:is|was|it's|its|are)\s+(?:\w+\s+)?(?:settled|done|behind us|over|closed|resolved|sorted|finished|put to bed|done and dusted)|put\s+(?:\w+\s+){0,4}(?:behind us|to bed)|closed\s+the\s+door\s+on|drew\s+a\s+line\s+under|done\s+and\s+dusted|(?:not|never)\s+(?:going|gonna|trying|here)\s+to\s+(?:reopen|bring\s+(?:\w+\s+)?up|raise|rehash|go\s+back|start|discuss|dig)|won't\s+(?:bring|raise|mention|reopen|go\s+into|discuss)|agreed\s+not\s+to|said\s+we\s+were\s+done|to\s+drop\s+it|let\s+it\s+go)\b/;
const CONTINUES = /\b(?:but|though|tho|however|still|yet|except)\b/;

/** True when the sentence only promises to leave the topic closed (LABELS decision 8). */
export function onlyClosure(s: Sentence, at: number): boolean {
  const m = CLOSURE.exec(s.text);
  if (!m) return false;
  void at;
  return !CONTINUES.test(s.text.slice(m.index + m[0].length));
}

/** "I won't contact your friends", "I'll stay away from your work": a promise not to touch it. */
const PROMISE_NOT =
  /\bi(?:'m| am)?\s+(?:\w+\s+)?(?:won't|will not|wont|not going to|never going to|'ll never|will never|'ll stay away from|will stay away from|'ll keep away from|'ll leave)\b|\bi'll\s+(?:never|not|stay away|keep away|leave)\b/;

export function promisesNotTo(s: Sentence): boolean {
  return PROMISE_NOT.test(s.text) && !CONTINUES.test(s.text);
}
