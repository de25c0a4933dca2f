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
import { words } from './lib.js';

export type Perspective = 'recipient' | 'writer';

interface Concept {
  /** Source of a regex alternation (already escaped), matched on word boundaries. */
  forms: string;
  /** People concepts need an owner to count ("your mum", not "a mum"). */
  person: boolean;
  /** People also named with "the" or "our" ("the kids", "the little ones"). */
  definite?: boolean;
  /** Homes: "at home", "get home", "home safe" are being home, not the house ("the house", "our place"). */
  det?: boolean;
}

const C = (words: readonly string[], person = false): Concept => ({
  forms: words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    // "anniversary" is also said "anniversaries": the plural the shared `(?:'s|s)?` cannot make.
    .map((w) => (/[^aeiou]y$/.test(w) ? `${w}|${w.slice(0, -1)}ies` : w))
    .join('|'),
  person,
});

const MOTHER = words('mum|mom|mother|mam|mammy|mommy|mummy|mama|momma|ma|old dear');
const FATHER = words('dad|father|daddy|papa|pops|da|old man');
const SISTER = words('sister|sis|sisters|sissy');
const BROTHER = words('brother|bro|brothers|bruv');
const GRAND = words(
  'grandma|gran|nan|nana|nanna|granny|grandmother|grandad|grandpa|grandfather|grandparents|granddad',
);
const FAMILY_ALL = [
  ...words(
    'family|fam|parents|folks|siblings|aunt|auntie|aunty|uncle|cousin|cousins|in-laws|in laws|niece|nephew|stepmum|stepmom|stepdad|stepfather|stepmother|stepbrother|stepsister|relatives|mum and dad|mom and dad|lot|clan|household|side of the family|stepfamily|sister-in-law|brother-in-law|mother-in-law|father-in-law|great-aunt|twin|kin',
  ),
  ...MOTHER,
  ...FATHER,
  ...SISTER,
  ...BROTHER,
  ...GRAND,
];
const FRIENDS = words(
  'friends|friend|mates|mate|pals|pal|buddies|bestie|best friend|bff|crew|gang|the girls|the boys|the lads|girls|boys|lads|uni friends|work friends|group chat|gc|squad',
);
const WORK = words(
  'job|work|career|office|boss|manager|promotion|promoted|new role|hired|fired|sacked|laid off|redundant|redundancy|workplace|shift|shifts|colleagues|colleague|coworkers|co-workers|coworker|new job|new gig|new position|company|firm|interview|salary|pay rise|raise|business',
);
const WORKPLACE = words(
  'work|office|job|café|cafe|shop|store|library|restaurant|bar|salon|school|clinic|hospital|studio|warehouse|site|shift|workplace|surgery|practice|desk|building',
);
const KIDS = words(
  'kids|children|child|son|daughter|boy|boys|girls|little ones|littles|kiddos|twins|eldest|youngest|little one|stepson|stepdaughter|baby|kid|sons|daughters',
);
/** Nouns of money; its verbs ("pay you back", "what I owe you") are in MONEY_ACT, with their objects. */
const MONEY = words(
  'money|cash|loan|debt|debts|repayment|repayments|payment|payments|instalment|instalments|installment|installments|bank transfer|monzo|venmo|paypal|overpaid|savings|finances|quid|bucks|dollars|pounds|euros|iou|funds',
);
const LOAN = words(
  'loan|finance|car finance|pay back|paid back|paying back|pay it back|paying it back|repayment|repayments|debt|overpaid|money|cash|the numbers',
);
/** Mental health, named by its conditions and its care. */
const MENTAL = words(
  'mental health|anxiety|depression|panic attacks|panic attack|breakdown|burnout|ocd|ptsd|bipolar|adhd|eating disorder|antidepressants|meds|medication|therapy|therapist|counselling|counseling|counsellor|psychiatrist|psychologist|crisis team',
);
const HEALTH = [
  ...MENTAL,
  ...words(
    'health|health scare|ill|unwell|poorly|tumour|tumor|radiotherapy|ward|a&e|gp|test results|blood tests|mri|treatment|doctor|doctors|diagnosis|hospital|illness|sick|chemo|surgery|operation|scan|scans|results|medication|meds|appointment|recovery|condition|cancer|symptoms|check-up|checkup|physio|therapy|specialist|consultant|biopsy|prognosis',
  ),
];
const WEIGHT = words(
  'weight|lost weight|gained weight|put on weight|thin|skinny|thinner|fat|slim|slimmer|body|figure|eating|dieting|diet|size|lost a bit|lost a lot|lost so much',
);
const DRINKING = words(
  "drinking|drink|drinks|drunk|booze|alcohol|wine|beer|pints|hungover|hangover|sober|how much you are having|how much you're having",
);
const PARTNER = words(
  'boyfriend|girlfriend|bf|gf|partner|new man|new woman|new guy|new girl|fella|bloke|husband|wife|fiancé|fiance|fiancée|fiancee|man|woman|lover|date|relationship|missus|mrs|hubby|wifey|other half|bae|old lady|significant other',
);
const EX = words(
  'ex|ex-husband|ex husband|ex-wife|ex wife|ex-boyfriend|ex boyfriend|ex-girlfriend|ex girlfriend|ex-partner|ex partner|former husband|former wife',
);
const PREGNANCY = words(
  'pregnancy|pregnant|baby|bump|due date|scan|scans|trimester|midwife|maternity|baby shower|gender reveal|morning sickness|baby news|expecting',
);
/** How they are, asked or wished: "I hope you're feeling better", "get well soon", "are you ok after the op?". */
const HEALTH_ACT =
  /\b(?:you're|you are|ur|you)\s+(?:\w+\s+)?feeling\s+(?:\w+\s+)?(?:better|worse|ill|unwell|rough|poorly|sick|stronger|weak|up to)\b|\bget\s+well\s+soon\b|\b(?:are|r)\s+(?:you|u)\s+(?:ok|okay|alright|all right|better|recovering|on the mend)\s+(?:after|since|from)\b|\b(?:your|ur)\s+recovery\b|\bon\s+the\s+mend\b/g;
/** Being pregnant, said of them: "you're expecting", "when are you due?", "the bump". */
const PREGNANCY_ACT =
  /\b(?:you're|you are|ur|you|u)\s+(?:\w+\s+)?(?:expecting|pregnant)\b|\bwhen\s+(?:are\s+)?(?:you|u)(?:'re)?\s+due\b|\b(?:you're|you are|ur)\s+due\b|\b(?:the|your|ur)\s+(?:baby|bump|scan|due date|pregnancy|baby news)\b/g;
const DEATH = words(
  'death|died|dying|passing|passed away|passed|funeral|loss|grief|grieving|wake|memorial|cremation|burial|the service|service|memorial service|gone',
);
const BREAKUP = words(
  'breakup|break-up|break up|broke up|breaking up|broken up|split up|splitting up|our split|the split|ended things|ended it|end things|ended us|how it ended|why it ended|the way it ended|when it ended|how things ended|the way things ended|why things ended|when you left|the day you left|you left me for|walked out|dumped me|dumped you|finished with me|finished with you|the end of us',
);
const BILLS = words(
  'bills|bill|rent|utilities|council tax|electric|electricity|gas|water bill|broadband|internet|direct debit|standing order|mortgage|deposit',
);
const PHOTOS = words(
  'photos|photo|pics|pic|pictures|picture|images|nudes|videos|video|selfies|snaps|screenshots',
);
const MOVE = words(
  'moving out|moved out|move out|moves out|moving in|moved in|move in|the move|moving house|moved house|packed up|packing up|packed your things|packed my things|when you left|removal van|movers|moving day|moving up|moving away|moving down|moving back|moving abroad|moving there|moved away|moved up|moved down|moved there|move away|move up north|up north|down south|relocating|relocation|relocate|relocated',
);
const SEX = words(
  'sex|sex life|sleeping together|slept together|sleep together|sleeping with you|slept with you|sleep with you|in bed|bedroom|intimacy|intimate|making love|made love|make love|physical side',
);
const RELIGION = words(
  'religion|faith|church|mosque|temple|synagogue|mass|prayer|prayers|praying|pray|god|bible|quran|beliefs|congregation|pastor|priest|imam|rabbi',
);
const APPEARANCE = words(
  'appearance|looks|hair|haircut|outfit|dress|face|figure|makeup|make-up|style|tattoo|tattoos|clothes|weight|body',
);
/** Their looks, said of them: "you looked amazing", "your new haircut". */
const APPEARANCE_ACT =
  /\b(?:you|u)\s+(?:still\s+)?(?:look|looked|looking|looks|looking)\s+(?:so\s+|really\s+|absolutely\s+|well\s+|very\s+)?(?:amazing|great|good|beautiful|gorgeous|hot|stunning|sexy|pretty|lovely|different|tired|rough|thin|well|fit|incredible|nice|cute|older|younger|handsome|fab|fabulous|unreal|healthy|ill|awful)\b|\b(?:your|ur)\s+(?:new\s+)?(?:hair|haircut|outfit|dress|look|looks|face|body|figure|makeup|make-up|style|tattoo|clothes|smile|eyes|legs)\b/g;
const MISCARRIAGE = words(
  'miscarriage|miscarried|the baby|our baby|baby we lost|what we lost|lost the baby|lost our baby|the pregnancy|pregnancy|pregnant|stillbirth|stillborn|abortion|termination',
);
const SOCIAL = words(
  'instagram|insta|ig|story|stories|posts|post|feed|profile|socials|social media|tiktok|snapchat|snap|facebook|fb|twitter|pics|pictures|photos|selfie|reel|reels|followers|follow|follows|unfollow',
);
const TRIP = words(
  'trip|holiday|holidays|vacation|getaway|weekend away|break|travels|flight|hotel|resort|cruise',
);
const WEDDING = words(
  'wedding|reception|ceremony|speeches|speech|toast|best man|honeymoon|wedding day|vows|married|engaged|getting married|got married|tying the knot|tied the knot|the big day|your big day|our big day|big day|wedding photos|wedding pics',
);
const SPEECH = words('toast|speech|speeches|best man speech');
const PARTY = words(
  'party|do|bash|celebration|gathering|barbecue|bbq|night out|stag|stag do|stag party|hen|hen do|hen party|bachelor party|bachelorette',
);
const BIRTHDAY = words('birthday|bday|b-day|birthday party|birthday dinner');
const ACCIDENT = words('accident|crash|collision|car accident|prang|insurance claim|the car|written off');
const AFFAIR = words(
  'affair|cheating|cheated|fling|the other woman|the other man|infidelity|unfaithful|slept with|sleeping with|hooking up|hooked up|the texts with|behind my back|behind your back|someone else|the other guy|the other girl|other woman|other man',
);
const ARGUMENT = words(
  'argument|row|fight|falling out|falling-out|blow-up|blowup|bust-up|shouting match|disagreement|words',
);
const PHONE = words('phone|mobile|cell|texts|messages|passcode|password');
const MESSAGES = words(
  'texts|text|messages|message|dms|dm|chats|chat|whatsapps|whatsapp|emails|email|screenshots|conversations|sexts|snapchats',
);
const DOG = words('dog|puppy|pup|doggo|pooch');
const THERAPY = words(
  'therapy|therapist|counselling|counseling|counsellor|counselor|sessions|psychiatrist|psychologist|meds|medication|antidepressants|mental health|support group|rehab',
);
const DIVORCE = words(
  'divorce|separation|solicitor|solicitors|lawyer|lawyers|attorney|settlement|decree|decree absolute|decree nisi|mediation|mediator|court|hearing|papers|divorce papers|paperwork|financial order|prenup',
);
const CUSTODY = words(
  'custody|access|contact arrangements|visitation|every other weekend|alternate weekends|handover|handovers|pick-ups|drop-offs|parenting plan|residence|who has the kids|time with the kids|the kids at weekends|the kids on weekends',
);
const FURNITURE = words(
  'furniture|sofa|couch|settee|table|dining table|bed|wardrobe|chest of drawers|dresser|bookcase|armchair|chairs|tv|telly|fridge|washing machine|rug|mattress|desk|the stuff|our stuff|my stuff|your stuff',
);
const CAT = words('cat|kitten|kitty');
const VAN = words('caravan|van|camper|campervan|motorhome|rv');
const HOUSE = words('house|flat|home|apartment|place|cottage|property');
const CAR = words(
  'car|ute|vehicle|motor|motor|golf|polo|fiesta|corsa|clio|yaris|civic|astra|micra|qashqai|beemer|bmw|audi|merc|mercedes|volvo|tesla|transit',
);
/** A lie, in its verb and noun forms: "my lying about the job" is back in "the job lie". */
const LIE = words('lie|lies|lied|lying|liar|fib|fibbed|fibbing|made up|the story');
const GOLD = words('gold|jewellery|jewelry|necklace|ring|rings|bangles|earrings');
const DIARY = words('diary|journal|notebook');
const SAID = words(
  'said|say|saying|comment|comments|remark|remarks|called|things i said|what i said|words|told',
);
const VISIT = words(
  'came by|come by|coming by|came to|come to|coming to|came in|come in|came round|came over|turned up|turn up|turning up|showed up|show up|showing up|dropped by|drop by|stopped by|stop by|popped in|pop in|popped by|visited|visit|waited outside|wait outside|waiting outside|outside your|went to|go to|swung by|swing by|swinging by|come round|coming round|popped round|pop round|popping round|went round|go round|going round|drove past|drive past|driving past|drove by|drive by|walked past|walk past|walking past|went past|go past|passed by|came into|come into|coming into|waited|waiting|sat outside|parked outside|was outside|been outside|knocked|knocking|rang the bell|came over to|pop into|popped into|popping into|nip into|nipped into|drop in|dropped in|dropping in|drop into|dropped into|call in|called in|calling in|swing past|come past|came past|pop by|popping by|drop round|dropped round|dropping round',
);
const CONTACT = words(
  "talked to|talk to|spoke to|speak to|spoken to|texted|text|messaged|message|called|call|rang|ring|contacted|contact|reached out to|dm|dmed|dm'd|had a drink with|had drinks with|met up with|meet up with|caught up with|saw|ran into|bumped into|hung out with|followed|added|talking to|speaking to|texting|messaging|calling|ringing|rung|phoned|phoning|emailed|emailing|dming|wrote to|written to|writing to|reaching out to|contacting|told|tell|telling|asked|asking|facetimed|voice note|voicemail",
);
/** Posting about them: online, in public. */
const POST = words(
  'posted|post|posts|posting|put up a post|put it online|online|instagram|insta|facebook|tiktok|twitter|snapchat|social media|socials|my story|a story about|tweeted|tweet|tweets|subtweet|status|caption|reel',
);
const SCHOOL = words(
  "school|school gates|the gates|parents' evening|parents evening|sports day|nativity|playground|pick-up|pickup|school run|teacher|teachers|classroom|assembly|pta|nursery",
);
const ARREST = words(
  'arrested|arrest|nicked|police|cops|the cells|a cell|charged|caution|cautioned|bail|court date|police station',
);
const ENGAGEMENT = words(
  'engagement|engaged|proposal|proposed|proposing|propose|engagement ring|the ring|engagement party',
);
const GAMBLING = words(
  'gambling|gambled|gamble|betting|bets|bet|casino|slots|bookies|poker|the horses|roulette|scratchcards|bet365|betfair',
);
const CARD = words('card|credit card|visa|mastercard|amex|barclaycard|overdraft|statement|card bill');
const COSTS = words(
  'costs|cost|expenses|bill|bills|budget|price|paid|paying|pay for|spent|spend|deposit|money',
);
const SELL = words('sell|sold|selling|sale|let it go|got rid of|the buyer|price');

/** Concept lexicon by topic word. */
const LEXICON: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  ...words('family|fam|relatives|in-laws').map((w) => [w, C(FAMILY_ALL, true)] as const),
  ...['parents', 'folks'].map(
    (w) => [w, C(['parents', 'folks', 'mum and dad', 'mom and dad', ...MOTHER, ...FATHER], true)] as const,
  ),
  ...MOTHER.map((w) => [w, C(MOTHER, true)] as const),
  ...FATHER.map((w) => [w, C(FATHER, true)] as const),
  ...SISTER.map((w) => [w, C(SISTER, true)] as const),
  ...BROTHER.map((w) => [w, C(BROTHER, true)] as const),
  ...GRAND.map((w) => [w, C(GRAND, true)] as const),
  ...words('friends|friend|mates|mate|pals|crew|gang|group|squad').map((w) => [w, C(FRIENDS, true)] as const),
  ...words('job|work|career|office|boss|promotion|workplace|colleagues|coworkers|company').map(
    (w) => [w, C(WORK)] as const,
  ),
  ...words('kids|children|child|kid|kiddos').map((w) => [w, { ...C(KIDS, true), definite: true }] as const),
  ...['son', 'stepson'].map((w) => [w, C(words('son|boy|lad|stepson|little man'), true)] as const),
  ...['daughter', 'stepdaughter'].map(
    (w) => [w, C(words('daughter|girl|stepdaughter|little girl'), true)] as const,
  ),
  ...words('money|finances|cash|savings|debt|debts').map((w) => [w, C(MONEY)] as const),
  ...words('loan|borrowed|lent').map((w) => [w, C(LOAN)] as const),
  ...words('health|treatment|illness|cancer|diagnosis|surgery|condition').map((w) => [w, C(HEALTH)] as const),
  ...words('weight|body|eating|diet').map((w) => [w, C(WEIGHT)] as const),
  ...words('drinking|alcohol|booze|sobriety').map((w) => [w, C(DRINKING)] as const),
  ...words('partner|boyfriend|girlfriend|bf|gf|relationship|husband|wife|fiance|fiancé').map(
    (w) => [w, C(PARTNER, true)] as const,
  ),
  ...words('ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner').map(
    (w) => [w, C(EX, true)] as const,
  ),
  ...words('miscarriage|stillbirth|abortion|termination').map((w) => [w, C(MISCARRIAGE)] as const),
  ...['school', 'nursery'].map((w) => [w, C(SCHOOL)] as const),
  ...words('arrested|arrest|police').map((w) => [w, C(ARREST)] as const),
  ...['engagement', 'proposal'].map((w) => [w, C(ENGAGEMENT)] as const),
  ...words('gambling|betting|gambled').map((w) => [w, C(GAMBLING)] as const),
  ...['card'].map((w) => [w, C(CARD)] as const),
  ...words('costs|cost|expenses|budget').map((w) => [w, C(COSTS)] as const),
  ...words('barbecue|bbq|gathering|do|stag|hen').map((w) => [w, C(PARTY)] as const),
  ...['pregnancy', 'bump'].map((w) => [w, C(PREGNANCY)] as const),
  ...words('mental|anxiety|depression|breakdown|burnout').map((w) => [w, C(HEALTH)] as const),
  ...words('death|funeral|loss|passing|grief').map((w) => [w, C(DEATH)] as const),
  ...words('breakup|break-up|split').map((w) => [w, C(BREAKUP)] as const),
  ...words('bills|bill|rent|utilities|mortgage|deposit').map((w) => [w, C(BILLS)] as const),
  ...words('photos|photo|pics|pictures|picture|nudes|videos|video|images').map(
    (w) => [w, C(PHOTOS)] as const,
  ),
  ...words('moving|move|moved').map((w) => [w, C(MOVE)] as const),
  ...words('sex|intimacy|bedroom').map((w) => [w, C(SEX)] as const),
  ...words('religion|faith|church|mosque|temple|synagogue|beliefs').map((w) => [w, C(RELIGION)] as const),
  ...words('appearance|looks|hair|haircut|clothes').map((w) => [w, C(APPEARANCE)] as const),
  ...words('instagram|insta|socials|facebook|tiktok|snapchat|twitter|posts').map(
    (w) => [w, C(SOCIAL)] as const,
  ),
  ...words('trip|holiday|vacation|getaway|cruise|honeymoon').map((w) => [w, C(TRIP)] as const),
  ...words('wedding|reception|ceremony').map((w) => [w, C(WEDDING)] as const),
  ...words('toast|speech|speeches').map((w) => [w, C(SPEECH)] as const),
  ...words('party|bash|celebration').map((w) => [w, C(PARTY)] as const),
  ...['birthday', 'bday'].map((w) => [w, C(BIRTHDAY)] as const),
  ...['accident', 'crash'].map((w) => [w, C(ACCIDENT)] as const),
  ...words('affair|cheating|fling|infidelity').map((w) => [w, C(AFFAIR)] as const),
  ...words('argument|row|fight|falling').map((w) => [w, C(ARGUMENT)] as const),
  ...['phone'].map((w) => [w, C(PHONE)] as const),
  ...words('texts|messages|dms|emails|chats|whatsapps|sexts').map((w) => [w, C(MESSAGES)] as const),
  ...['dog', 'puppy'].map((w) => [w, C(DOG)] as const),
  ...['cat', 'kitten'].map((w) => [w, C(CAT)] as const),
  ...words('caravan|van|camper|campervan|motorhome').map((w) => [w, C(VAN)] as const),
  ...words('house|flat|apartment|cottage|home|place').map((w) => [w, { ...C(HOUSE), det: true }] as const),
  ...['car', 'ute'].map((w) => [w, C(CAR)] as const),
  ...words('lie|lies|lied|lying|liar|fib').map((w) => [w, C(LIE)] as const),
  ...['media', 'social'].map((w) => [w, C(SOCIAL)] as const),
  ...words('gold|jewellery|jewelry|necklace|ring').map((w) => [w, C(GOLD)] as const),
  ...['diary', 'journal'].map((w) => [w, C(DIARY)] as const),
  ...words('therapy|therapist|counselling|counseling|counsellor|counselor|rehab').map(
    (w) => [w, C(THERAPY)] as const,
  ),
  ...words('divorce|separation|settlement|mediation|solicitor|lawyer').map((w) => [w, C(DIVORCE)] as const),
  ...words('custody|access|visitation').map((w) => [w, C(CUSTODY)] as const),
  ...words('furniture|sofa|couch|table|belongings|possessions').map((w) => [w, C(FURNITURE)] as const),
]);

/** Coming round to their home without naming it: "I popped round", "I was outside yours". */
const VISIT_HOME =
  /\b(?:came|come|coming|popped|pop|popping|went|go|going|swung|swing|swinging|dropped|drop|dropping|stopped|stop|stopping|nipped|nip)\s+(?:round|over|by)\b(?!\s+(?:at|to)\s+(?:the|a|my|his|her|their|our|[a-z]+'s)\b)|\b(?:turned|turn|turning|showed|show|showing)\s+up\b(?!\s+(?:to|at|for|late|early)\b(?!\s+(?:your|ur|yours)\b))|\byours\b|\b(?:your|ur)\s+(?:place|house|flat|door|front door|doorstep|street|road|building|window|drive|driveway|gate)\b/g;
/** Objects of an act that are an event: the event named is enough ("at the bbq you were…"). */
const EVENT_OBJECTS = new Set(
  words(
    'party|barbecue|bbq|wedding|reception|dinner|lunch|christmas|birthday|funeral|festival|gig|concert|do|gathering|holiday|trip',
  ),
);
const SAID_ACTS = new Set(words('said|saying|say|comments|remarks'));
/** Saying, but not greetings and thanks: "say hi to your mum" does not bring back what was said to her. */
const SAID_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${C(SAID).forms})(?:'s|s)?(?![\\p{L}\\p{N}])(?!\\s+(?:hi|hello|hey|thanks|thank you|happy|merry|congrats|congratulations|goodbye|bye|goodnight|good night|sorry|well done|get well)\\b)`,
  'gu',
);

/** Verbs of a topic that is an act: "what I said about…", "coming to my work", "contacting my friends". */
const ACTS: ReadonlyMap<string, Concept> = new Map<string, Concept>([
  ...words('said|saying|say|comments|remarks').map((w) => [w, C(SAID)] as const),
  ...words('coming|come|visiting|showing|turning|dropping').map((w) => [w, C(VISIT)] as const),
  ...words('contacting|contact|calling|texting|messaging|talking|seeing').map(
    (w) => [w, C(CONTACT)] as const,
  ),
  ...words('selling|sold|sale').map((w) => [w, C(SELL)] as const),
  ...words('posting|posted|post').map((w) => [w, C(POST)] as const),
]);

/** Places: a name here matches its country or region and the reverse ("the Lisbon trip" ↔ "Portugal"). */
const PLACES: ReadonlyArray<readonly string[]> = [
  words('lisbon|porto|algarve|portugal|madeira'),
  words('paris|nice|provence|france|bordeaux|lyon'),
  words(
    'barcelona|madrid|ibiza|majorca|mallorca|menorca|tenerife|malaga|marbella|benidorm|seville|spain|lanzarote|gran canaria|canaries',
  ),
  words('rome|venice|florence|milan|naples|amalfi|sicily|sardinia|tuscany|italy|lake como'),
  words('vegas|las vegas|nevada'),
  words('crete|athens|santorini|mykonos|corfu|rhodes|zante|kos|greece'),
  words('bali|indonesia|lombok'),
  words('goa|mumbai|delhi|jaipur|kerala|india'),
  words('cancun|tulum|mexico'),
  words('dubai|abu dhabi|uae'),
  words('amsterdam|holland|netherlands'),
  words('berlin|munich|germany'),
  words('prague|czech republic|czechia'),
  words('dublin|ireland|galway|cork'),
  words('edinburgh|glasgow|scotland|highlands'),
  words('new york|nyc|manhattan|brooklyn'),
  words('bangkok|phuket|thailand|koh samui'),
  words('tokyo|kyoto|osaka|japan'),
  words('cornwall|devon|st ives|newquay'),
  words('jerusalem|tel aviv|israel'),
];

const STOP = new Set(
  words(
    "the|a|an|my|your|ur|our|his|her|their|that|this|those|these|about|of|to|at|in|on|with|for|from|what|who|i|we|you|me|us|it|and|or|did|do|was|were|is|thing|things|stuff|whole|night|day|time|incident|situation|issue|business|schedule|arrangement|arrangements|agreement|plan|plans|rota|deal|question|matter|subject|topic|side|gets|get|got|has|have|had|should|would|will|can|could|happened|happens|goes|went|takes|took|take|kept|ended|going|through|late|early|constantly|anymore|often|much|so|keeps|keep|pays|decides|owns|how|when|where|which|new|last|up|out|back|again|any|all|just|over|around|by|i'd|i've|i'm|he|she|they|him|them",
  ),
);

/**
 * Generic heads that are one event the two of them share: named with "the" or "that" ("the trip",
 * "that fight") they point back to the topic even without its modifier ("the Vegas trip").
 */
const EVENTS = new Set(
  words(
    'trip|holiday|vacation|party|wedding|argument|row|fight|dinner|weekend|money|conversation|birthday|lunch|evening|drinking|comments',
  ),
);
/** After an event head, words that make it another one: "the trip to Leeds next week", "the work trip". */
const OTHER_EVENT =
  /^\s+(?:(?:to|in|at|with|for)\s+(?!the\b|that\b|there\b|you\b|u\b|me\b|us\b)(?<place>[\p{L}']+)|next|tomorrow|tonight|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+(?:weekend|week|month|year))\b/u;
const OCCASION_DET =
  /(?:\b(?:the|that|our|your|ur|his|her|their)\s+(?:[a-z]+'s\s+)?|\b(?:your|ur|his|her|their|our)\s+[a-z]+'s\s+)$/;
const EVENT_DET_THIRD =
  /(?:\b(?:the|that|our|your|ur|his|her|their|this\s+whole|the\s+whole|that\s+whole)\s+(?:(?:last|big|stupid|awful|horrible|bloody|whole|same)\s+)?)$/;
const EVENT_DET =
  /(?:\b(?:the|that|our|your|ur|this\s+whole|the\s+whole|that\s+whole)\s+(?:(?:last|big|stupid|awful|horrible|bloody|whole|same)\s+)?)$/;

/** Subjects of a dispute that are things one does, named without a determiner: "I don't drink that much". */
const ACTIVITIES = new Set(
  words(
    'drinking|gambling|betting|smoking|drugs|weed|spending|money|weight|cheating|lying|jealousy|phone|porn|gaming|flirting',
  ),
);

/** Heads that say little: "our sex life", "the money side", "my work stuff". */
const LIGHT_HEADS = new Set(words('weekend|life|stuff|side|part|aspect|area|status|history|problems|issues'));

/** Heads too general to match alone when the topic has other words: "the Lisbon trip" needs Lisbon. */
const GENERIC = new Set(
  words(
    'trip|holiday|vacation|party|wedding|argument|row|fight|dinner|weekend|money|conversation|call|text|message|home|house|car|phone|work|job|birthday|drinking|comments|lunch|evening|costs|cost|expenses|budget|morning|week|month|year|care',
  ),
);

interface NameSpec {
  re: RegExp;
}

export interface PreparedTopic {
  label: string;
  names: NameSpec[];
  head?: {
    concept: RegExp;
    person: boolean;
    generic: boolean;
    event: boolean;
    definite: boolean;
    det: boolean;
  };
  modifiers: RegExp[];
  act?: RegExp;
  object?: { concept: RegExp; person: boolean; pronoun?: RegExp };
  /** The topic says "my …": in the recipient's words, the writer must say "your …". */
  owned: boolean;
  /** The topic says "our …": the writer may say "our …" or "your …". */
  ours: boolean;
  /** The topic says "the …" ("the kids"): the writer may say "the kids" too. */
  definite: boolean;
  /** "my dad's illness": the person it belongs to, named as theirs ("your dad"), with how they are. */
  possessor?: RegExp;
  /** The act must be named with its object ("what I said about your mother"); else the object is enough. */
  needsAct: boolean;
  /** "turning up at my house": coming round to theirs is enough ("I popped round", "outside yours"). */
  visitHome?: boolean;
  specials: RegExp[];
  /** "the argument about my drinking": what the dispute was about, named again, brings it back. */
  subject?: { concept: RegExp; activity: boolean };
  /** "Jake's party": a third person's event, so "his party" points back to it too. */
  thirdParty?: boolean;
  /** "the fight at the wedding": the occasion, named as the one they know ("your sister's wedding"). */
  occasion?: RegExp;
  /** The topic is their friends: friends named by name and asked about them count ("I messaged Jess and Tam about us"). */
  friends?: boolean;
}

/** Prefixes of names that are everyday words, never taken as a short form ("Carl" ↛ "car"). */
const NICK_COMMON = new Set(
  (
    'car can man pet cat her mar mat art bet don eve hol ell son sun pat ray sue val win van war ' +
    'bar bat big bob box boy bra bus cal cam con cor day deb dee del die dom dot ear end fan far fed fig ' +
    'fit for fox fun gar gem god had ham has hat hay hen hey him his hit hot how ice ill its jam jay job ' +
    'joy kay key kid kit lad law lay lea lee leg let lie lil lit log lot low mad may men mic min mix mom ' +
    'mum nan net new nic nor not now nut odd off one our out own pan par pay pen per pie pin pit pop pot ' +
    'pro put ran rat raw red rid rob rod row rub run sad saw say sea see set she sit six sky sol sum tab ' +
    'tan tap tar tea ten the tie tip toe ton too top toy try two use via wed wet who why win won yes yet ' +
    'will mark rose jack hope char heat step rich sand bell bill hell dean mart star mill cars then than ' +
    'them christ just well main came care done hard harm here hers hole home jane kind king lane last ' +
    'less life like line lord love mate mean meet mine miss more most much must near need next nice ' +
    'once only open over part past plan play real rest ride ring road room safe same sell send ship shop ' +
    'show side sign sing some song soon sort stay stop such sure take talk tell test than that this time ' +
    'told took turn vale very wait walk want warm wash were what when wide wife wild wind wise with word ' +
    'work year your alexa'
  ).split(' '),
);
/** Businesses named after someone: "Marco's Pizza" is not Marco. */
const BUSINESS =
  'pizza|pizzeria|pizzas|cafe|café|restaurant|kitchen|garage|salon|chippy|diner|takeaway|grill|deli|bakery|barbers?|hotel|burgers?|chicken|tacos|bistro|cantina|trattoria|fish bar';

const word = (forms: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?:'s|s)?(?![\\p{L}\\p{N}])`, 'gu');

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Recipient's new partner, seen from the writer: "the guy you're seeing", "your new bf", "you and Rob". */
const NEW_PARTNER =
  /\b(?:is|does)\s+(?!it\b|this\b|that\b|work\b|the\b|everything\b|life\b)[a-z]+\s+(?:\w+\s+)?(?:making|make|treating|treat)\s+(?:you|u)\s+(?:happy|well|right|good|better|feel)\b|\b(?:the|that|this)\s+(?:guy|girl|man|woman|bloke|lad|fella|person|one)\s+(?:you're|you are|ur|you've been|you have been|u r)\s+(?:seeing|dating|with|talking to|sleeping with)\b|\b(?:your|ur)\s+(?:new\s+)?(?:bf|gf|boyfriend|girlfriend|partner|man|fella|bloke|lover|husband|wife|fiancé|fiance|fiancée|fiancee|squeeze|date)\b|\b(?:you|u)(?:'re| are| r)?\s+(?:seeing|dating|sleeping with)\s+(?:someone|somebody|him|her|a guy|a girl|this guy|that guy|anyone)\b|\b(?:you|u)\s+(?:with|and)\s+(?:her|him)\b|\b(?:you|u)\s+and\s+[a-z]+\s+(?:have|are|r|got|moved|moving|seem|look|went|are now)\b|\bis\s+it\s+serious\b|\b(?:your|ur)\s+new\s+relationship\b|\b(?:the|that|this)\s+new\s+(?:guy|girl|man|woman|bloke|lad|fella|boyfriend|girlfriend|bf|gf|partner|lover|squeeze)\b|\bwho(?:'s| is)\s+(?:he|she|the guy|the girl|this guy|this girl|that guy|that girl)\b(?!\s+(?:to you|to u)\b\s*\w)|\b(?:are|r)\s+(?:you|u)\s+(?:back\s+|still\s+)?on\s+(?:the\s+)?(?:apps|dating apps|tinder|hinge|bumble|grindr|match)\b|\b(?:been|going|gone|went)\s+on\s+(?:any|a|some|many|lots of|loads of)\s+dates?\b|\b(?:you're|you are|ur|you)\s+(?:\w+\s+)?dating\s+(?:again|anyone|someone|somebody)\b|\b(?:your|ur)\s+(?:tinder|hinge|bumble|dating profile|dating app)\b|\b(?:is|does|will|has)\s+(?:he|she)\s+(?:(?:really|actually)\s+)?(?:treat|treating|make|making|look after|looking after|good to|nice to|kind to)\s+(?:you|u)\b|\b(?:he|she)(?:'s| is)?\s+(?:treats|treating|makes|making|good to|kind to)\s+(?:you|u)\s+(?:happy|well|right|good|better|properly)?\b/g;
const WEIGHT_ACT =
  /\b(?:you|u)(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:lost|gained|put on)\s+(?:a\s+(?:bit|lot|little)|so\s+much|some|weight|loads)\b|\b(?:your|ur)\s+(?:weight|body|figure|size)\b|\b(?:you|u)(?:'re| are| r| look| looked| seem| seemed|'ve got| have got| got|'ve gotten| have gotten|'ve gone| have gone| went|'re getting| are getting)\s+(?:\w+\s+)?(?:thin|skinny|thinner|skinnier|slim|slimmer|fat|fatter|bigger|smaller|tiny|gaunt|chubby|curvy|heavier|lighter)\b|\b(?:are|r)\s+(?:you|u)\s+eating\b|\bthe\s+weight\s+(?:loss|gain|you)\b|\b(?:you|u)(?:'ve| have)?\s+(?:really\s+|so\s+)?(?:toned up|bulked up|slimmed down|filled out|got (?:so )?(?:fit|toned|ripped|thin|skinny|big))\b|\b(?:you|u)\s+(?:look|looked|looking)\s+(?:so\s+|really\s+)?(?:toned|ripped|fit|slim|skinny|thin|curvy)\b/g;
const DRINKING_ACT =
  /\b(?:you|u)(?:'re| are| r|'ve been| have been)?\s+(?:still\s+)?(?:drinking|drunk|having|hungover|going out|out every)\b|\b(?:your|ur)\s+(?:drinking|drinks|hangover|sobriety)\b|\bhow\s+much\s+(?:you|u)(?:'re| are)?\s+(?:having|drinking|drink)\b/g;

/**
 * Money named by an amount or by its verbs with their objects: "the £200", "paying you back", "what I
 * owe you", "you lent me". Not "I owe you an apology" or "I'll pay more attention".
 */
const MONEY_ACT = new RegExp(
  [
    String.raw`[£$€]\s?\d`,
    String.raw`\b\d+(?:[.,]\d+)?\s*(?:quid|bucks|dollars|pounds|grand|euros|k)\b`,
    String.raw`\b(?:pay|paid|paying|pays|repay|repaid|repaying|payed)\s+(?:(?:you|u|me|it|that|this|her|him|them|everything|the rest|it all|all of it|every penny|what i owe(?: you| u)?)\s+)?(?:back|off)\b`,
    String.raw`\b(?:repay|repaid|repaying|reimburse|reimbursed|reimbursing|refund|refunded)\s+(?:you|u|me)\b`,
    String.raw`\b(?:pay|paid|paying|transfer|transferred|transferring|send|sent|sending)\s+(?:you|u|me)\s+(?:back\b|the (?:money|cash|rest|balance|amount)\b|what\s+i\s+owe\b)`,
    String.raw`\b(?:transfer|transferred|transferring|send|sent|sending)\s+(?:over\s+)?(?:the|that|your|my)\s+(?:money|cash|rest|balance|amount|payment|transfer)\b`,
    String.raw`\b(?:what|amount|sum|balance|money|cash|rest)\s+(?:that\s+)?(?:i|we)\s+(?:still\s+)?(?:owe|owed)\b`,
    String.raw`\b(?:owe|owed|owes|owing)\s+(?:you|u|me)\b(?=\s*(?:[.!?,;]|$)|\s+(?:£|\$|€|\d|money|cash|the rest|the balance|the remainder|rent|for (?:the|that|rent|bills)|back|half|still|anything(?! else)|a (?:penny|fortune|bit of money))|\s+(?:some|the|that)\s+(?:money|cash))`,
    String.raw`\b(?:borrowed|borrow|borrowing|lent|lend|lending|loaned)\s+(?:(?:you|u|me)\b(?!\s+(?:your|my)\s+(?:ear|car|jacket|charger|book|hoodie))|(?:it\s+)?(?:from|off)\s+(?:you|u|me)\b|(?:the|that|some|any)\s+(?:money|cash))`,
    String.raw`\b(?:the|your|that|our)\s+(?:money|cash|loan|debt|repayments?|payments?)\b`,
  ].join('|'),
  'g',
);

/** A credit card named by its brand or balance: "the Visa balance", "who pays off the Mastercard". */
const CARD_ACT =
  /\b(?:visa|mastercard|amex|barclaycard|credit\s+cards?|overdraft|card\s+(?:bill|debt|balance)s?|(?:the|that|your|ur|our|joint)\s+card\s+(?:balance|debt|bill|statement|payments?))\b/g;
/** The pet named by where it lives or who has it, not by kind: "Biscuit is better off with you", "take him back". */
const PET_ACT =
  /\b(?:(?:is|he's|she's|he is|she is|it's)\s+(?:\w+\s+)?(?:better off|happier|safer)\s+(?:at|with)\s+(?:you|u|me|yours|mine)|(?:stays?|staying|lives?|living)\s+with\s+(?:you|u|me)\b(?!\s+(?:forever|always))|(?:take|have|get|bring)\s+(?:her|him)\s+back|(?:walk|walks|walking|walked|feed|feeding|fed)\s+(?:her|him)\b|the\s+vet(?:'s|s)?|walkies|shared\s+custody\s+of\s+(?:her|him))/g;

const SPECIALS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /\b(?:money|finances|loan|loans|debt|debts|owe|owed|owes|owing|borrowed|lent|cash|repayments?|paying\s+(?:\w+\s+)?back|pay\s+(?:\w+\s+)?back|iou)\b|[£$€]\d/,
    MONEY_ACT,
  ],
  [
    /\bnew\s+(?:relationship|partner|boyfriend|girlfriend|bf|gf|man|woman|guy|girl|husband|wife)\b|\b(?:dating|love life|relationship)\b/,
    NEW_PARTNER,
  ],
  [/\bweight\b|\bbody\b|\beating\b/, WEIGHT_ACT],
  [/\bpregnan|\bbump\b|\bexpecting\b/, PREGNANCY_ACT],
  [/\b(?:health|illness|treatment|recovery|condition|cancer|surgery|operation|sickness)\b/, HEALTH_ACT],
  [/\b(?:appearance|looks|how i look|my hair|what i wear|my clothes)\b/, APPEARANCE_ACT],
  [/\bcredit\s+cards?\b|\bcard\s+(?:bill|debt|balance)\b|\b(?:visa|mastercard|amex|barclaycard)\b/, CARD_ACT],
  [/\b(?:dog|cat|puppy|kitten|pet|pets)\b/, PET_ACT],
];

const HOLIDAYS =
  /^(?:christmas|xmas|easter|thanksgiving|diwali|eid|halloween|hanukkah|passover|valentines|valentine|nye|hogmanay)$/;

/** The concept of a topic word, through its singular too ("the dogs", "my parties", "the boxes"). */
function lexicon(w: string): Concept | undefined {
  return (
    LEXICON.get(w) ??
    (/ies$/.test(w) ? LEXICON.get(w.slice(0, -3) + 'y') : undefined) ??
    (/(?:ch|sh|x|s)es$/.test(w) ? LEXICON.get(w.slice(0, -2)) : undefined) ??
    (/[^s]s$/.test(w) ? LEXICON.get(w.slice(0, -1)) : undefined)
  );
}

/** A word the lexicon does not know, with its singular: "the broken windows" is raised by "the window". */
function plain(w: string): Concept {
  return C(/[^su]s$/.test(w) && w.length > 4 ? [w, w.slice(0, -1)] : [w]);
}

/**
 * A head named with another known modifier of its own: "Maya's school photos" are not "the holiday
 * photos". Only a word the lexicon knows counts, so "those photos" and "the old photos" still do.
 */
function otherSet(text: string, span: readonly [number, number], topic: PreparedTopic): boolean {
  if (topic.modifiers.length === 0) return false;
  // The word right before the head noun itself (the span may start at "your" or "the").
  const at = span[0] + (/\S+$/.exec(text.slice(span[0], span[1]))?.index ?? 0);
  const prev = /(?:^|\s)([a-z]+)\s+$/.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  if (!prev || !lexicon(prev)) return false;
  // "the stag do": the head's own words ("stag" is a party too) are not another modifier.
  return ![...topic.modifiers, ...(topic.head ? [topic.head.concept] : [])].some((m) => {
    m.lastIndex = 0;
    const hit = m.exec(prev);
    return hit?.index === 0 && hit[0].length === prev.length;
  });
}

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
    definite: /^(?:the|that|those)\b/.test(text),
    needsAct: true,
    specials: [],
  };

  for (const [trigger, re] of SPECIALS) if (trigger.test(text)) topic.specials.push(re);
  // "New Year's Eve" is one holiday, said as "NYE", "new year", "Hogmanay"; not "Happy New Year".
  if (/\bnew\s+year'?s?\b|\bnye\b|\bhogmanay\b/.test(text)) {
    topic.names.push({
      re: /(?<!\b(?:happy|merry|lovely|good|great|nice)\s+)\b(?:nye|new\s+year'?s?\s+eve|new\s+year'?s?|hogmanay)\b(?!\s+(?:to you|everyone|all|x+|!))/g,
    });
  }
  if (
    /\b(?:drinking|alcohol|booze|sobriety)\b/.test(text) &&
    /\bmy\b/.test(text) &&
    !/\b(?:father|dad|mum|mom|mother|brother|sister)'s\b/.test(text)
  ) {
    topic.specials = [DRINKING_ACT];
  }

  // "the night at Jake's party" is "that night" too: the one night they both know.
  const when = /\b(night|evening|weekend|day|morning)\b/.exec(text);
  if (when && /^(?:the|that)\s/.test(text)) {
    topic.names.push({
      re: new RegExp(
        `\\b(?:that|the other|that one|that whole|that awful|that horrible|that same|that bloody|that stupid)\\s+${when[1] ?? 'night'}\\b(?!\\s+(?:out|off|shift|before|after|too)\\b)`,
        'g',
      ),
    });
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

  // The holiday's own words are not names: "year's" must not match "two years", "eve" not "Christmas Eve".
  if (topic.names.length > 0 && /\bnew\s+year|\bnye\b|\bhogmanay\b/.test(text)) {
    for (let i = content.length - 1; i >= 0; i--) {
      if (/^(?:year|years|eve|nye|hogmanay)$/.test(content[i]?.w ?? '')) content.splice(i, 1);
    }
  }
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
          `(?<!(?:happy|merry|lovely|good|great|nice)\\s+)\\b(?:last|that|at|on|over|about|the|this past|from)\\s+(?:\\w+\\s+)?${escape(c.w)}\\b`,
          'g',
        ),
      });
      continue;
    }
    // A capitalised word, or any word with a possessive ("jake's party" typed in lower case), is a name.
    const isName = (capitalised.has(c.w) || c.possessive) && !lexicon(c.w) && !ACTS.has(c.w);
    const single = content.length === 1 && !lexicon(c.w) && !ACTS.has(c.w);
    if (isName || single) {
      const forms = [escape(c.w)];
      if (isName || capitalised.has(c.w)) {
        // Pet forms of a short name and back: "Tom" ↔ "Tommy", "Dan" ↔ "Danny", "Jess" ↔ "Jessie".
        if (c.w.length >= 3 && c.w.length <= 5 && /[^aeiouy]$/.test(c.w))
          forms.push(`${escape(c.w)}\\p{L}?(?:y|ie)`);
        const pet = /^(\p{L}{2,}?)(\p{L})\2(?:y|ie)$/u.exec(c.w);
        if (pet) forms.push(escape(`${pet[1] ?? ''}${pet[2] ?? ''}`));
      }
      const half = c.w.slice(0, Math.max(4, Math.ceil(c.w.length / 2)));
      if (c.w.length >= 6 && !NICK_COMMON.has(half)) forms.push(escape(half));
      if (c.w.length >= 5) forms.push(`${escape(c.w.slice(0, 3))}(?:s|sy|z|zy)`);
      if ((isName || capitalised.has(c.w)) && c.w.length >= 5) {
        // Short forms of a longer name, with or without a pet ending: "Priya" ↔ "Pri", "Alexandra" ↔
        // "Alex", "Brooke" ↔ "Brookie"; never a prefix that is an everyday word ("Marco" ↛ "mar").
        const short: string[] = [];
        for (let n = c.w.length > 6 ? 4 : 3; n < c.w.length; n++) {
          const pre = c.w.slice(0, n);
          if (!NICK_COMMON.has(pre)) short.push(escape(pre));
        }
        if (short.length > 0) forms.push(`(?:${short.join('|')})(?:ie|y|ey|s|sy|z|zy|o)?`);
      } else if (single && !capitalised.has(c.w) && /[^aeiou]y$/.test(c.w)) {
        forms.push(`${escape(c.w.slice(0, -1))}ies`);
      }
      const alternation = forms.join('|');
      topic.names.push({
        re: c.possessive
          ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escape(c.w)})(?:'s|s)(?![\\p{L}\\p{N}])`, 'gu')
          : new RegExp(
              `(?<![\\p{L}\\p{N}@])@?(?:${alternation})(?!(?:'s|s)?\\s+(?:${BUSINESS})\\b)(?:'s|s)?(?![\\p{L}\\p{N}])`,
              'gu',
            ),
      });
      if (c.possessive) topic.thirdParty = true;
      continue;
    }
  }

  const nouns = content.filter((c) => !topic.names.some((n) => n.re.source.includes(escape(c.w))));
  const act = nouns.find((c) => ACTS.has(c.w));
  if (act) {
    topic.act = SAID_ACTS.has(act.w) ? SAID_RE : word((ACTS.get(act.w) as Concept).forms);
    topic.needsAct = !/^(?:selling|sold|sale)$/.test(act.w);
    const visit = /^(?:coming|come|visiting|showing|turning|dropping)$/.test(act.w);
    const obj = nouns.find((c) => c !== act && !ACTS.has(c.w));
    if (obj) {
      const concept =
        visit && /^(?:work|job|office|workplace)$/.test(obj.w)
          ? C(WORKPLACE)
          : (lexicon(obj.w) ?? plain(obj.w));
      const pronoun = /\b(?:mother|mum|mom|sister|wife|girlfriend|daughter|grandma|gran|nan|aunt)\b/.test(
        obj.w,
      )
        ? /\b(?:her|she)\b/
        : /\b(?:father|dad|brother|husband|boyfriend|son|grandad|grandpa|uncle)\b/.test(obj.w)
          ? /\b(?:him|he)\b/
          : concept.person
            ? /\b(?:them|they)\b/
            : undefined;
      if (visit && lexicon(obj.w)?.forms === lexicon('house')?.forms) topic.visitHome = true;
      if (concept.forms === lexicon('friends')?.forms && !visit) topic.friends = true;
      // "who said what at the barbecue": the event itself brings it back, said or not.
      if (EVENT_OBJECTS.has(obj.w)) topic.needsAct = false;
      topic.object = {
        concept: word(concept.forms),
        person: concept.person,
        ...(pronoun ? { pronoun } : {}),
      };
    }
    return topic;
  }

  // A dispute about something: "the argument about my drinking", "the lie about the job".
  const about =
    /^(?:the\s+|that\s+|our\s+|my\s+|your\s+)?(?:big\s+|stupid\s+|last\s+)?(?:argument|row|fight|falling\s+out|disagreement|lie|lies|conversation|discussion|comments?|joke|jokes|accusations?|rumou?rs?|misunderstanding|debate|talk|thing|stuff|issue|drama)\s+(?:about|over|regarding|re|around)\s+(?:the\s+|my\s+|your\s+|our\s+|that\s+)?([\p{L}']+)/u.exec(
      text,
    );
  const aboutWord = about?.[1]?.replace(/'s$/, '');
  // (Their own "my drinking" in an avoid-topic is matched through its head and owner instead.)
  if (aboutWord && !STOP.has(aboutWord) && !topic.owned) {
    const concept = lexicon(aboutWord) ?? C([aboutWord]);
    topic.subject = { concept: word(concept.forms), activity: ACTIVITIES.has(aboutWord) };
  }

  const owner = nouns.find((c) => c.possessive && lexicon(c.w)?.person);
  if (owner) topic.possessor = word((lexicon(owner.w) as Concept).forms);

  const headChunk = nouns.filter((c) => content.indexOf(c) < chunkEnd);
  let head = headChunk[headChunk.length - 1] ?? nouns[0];
  // A light head gives way to a word the lexicon knows: "our sex life" is about sex.
  if (head && (LIGHT_HEADS.has(head.w) || /ing$/.test(head.w)) && !lexicon(head.w))
    head = nouns.find((c) => lexicon(c.w)) ?? head;
  if (head) {
    const concept = lexicon(head.w) ?? plain(head.w);
    if (concept.forms === lexicon('friends')?.forms) topic.friends = true;
    topic.head = {
      concept: word(concept.forms),
      person: concept.person,
      generic: GENERIC.has(head.w) && content.length > 1,
      event: EVENTS.has(head.w),
      definite: concept.definite === true,
      det: concept.det === true,
    };
    for (const c of nouns) {
      if (c === head) continue;
      const m = lexicon(c.w) ?? plain(c.w);
      topic.modifiers.push(word(m.forms));
      // "the fight at your sister's wedding": a dispute at an event comes back with the event named.
      if (EVENTS.has(head.w) && EVENT_OBJECTS.has(c.w) && !EVENT_OBJECTS.has(head.w))
        topic.occasion = word(m.forms);
    }
  }
  return topic;
}

/** Owners before a mention: the writer's own ("my mum") or a third person's ("Kelly's job"). */
const NOT_THEIRS =
  /(?:\b(?:my|his|her|their|our)\s+(?:own\s+)?|\b(?!your\b|ur\b)[a-z]+'s\s+|\b(?:a|another|some|any)\s+)$/;
const THEIRS = /(?:\b(?:your|ur|yr|you're)\s+(?:[\w']+\s+)?|\b(?:you|u)\s+and\s+)$/;
const THEIRS_OR_OURS = /(?:\b(?:your|ur|yr|you're|our)\s+(?:[\w']+\s+)?|\b(?:you|u)\s+and\s+)$/;
/** Them as the subject right before: "you're engaged", "you got married" (not "I told you work…"). */
const YOU_STATE =
  /(?<!\b(?:told|tell|asked|ask|gave|give|show|showed|sent|send|to|for|with|at|thank|thanks|love|miss|see|saw|call|called|text|texted)\s+)\b(?:you|u)(?:'re| are| were|'ve been| have been|'re getting| are getting)?\s+$/;
/** Them at or doing the thing: "I saw you at church", "are you still going to mass", "you started therapy". */
const YOU_AT =
  /\b(?:you|u)(?:'re| are| were| was|'ve been| have been| had been)?\s+(?:still\s+|now\s+|back\s+|ever\s+|finally\s+|just\s+)?(?:at|going to|go to|went to|gone to|back at|back to|started|start|starting|doing|on|in|off|after|from|got|get|getting|been|got the|moved to|moved into|moving to|moving into|living in|live in|staying at|settled in|settling into)\s+(?:(?:the|your|ur|a|an)\s+)?(?:new\s+)?$/;

/** A question opening on their thing: "is therapy helping?", "how was work today?" */
const ASKED_OF_THEM =
  /^\W*(?:so\s+)?(?:is|isn't|was|has|how's|hows|how is|how was|how are|are)\s+(?:the\s+)?$/;

/** The writer's own errand before "the X": "I've been going to the doctor", "I had the scan". */
const FIRST_PERSON_ERRAND =
  /\b(?:i|i've|i'm|i'd|i'll|we|we've|me)\s+(?:(?:have|had|am|was|will|just|finally|also|been|already|recently)\s+)*(?:going|went|go|gone|started|start|booked|book|had|have|got|get|seeing|saw|see|finished|began|attended|attend|starting|visited)\s+(?:to\s+|at\s+|for\s+|with\s+)?(?:the|that|this|new)\s+$/;

/** Where in the sentence the topic is touched, as `[start, end]`, or undefined. */
export function touches(s: Sentence, topic: PreparedTopic): readonly [number, number] | undefined {
  const text = s.text;
  for (const n of topic.names) {
    const m = first(n.re, text);
    if (m) return m;
  }
  for (const special of topic.specials) {
    const m = first(special, text);
    if (m) return m;
  }
  if (topic.act) {
    const a = first(topic.act, text);
    if (!a && topic.object && !topic.needsAct)
      return firstOwned(topic.object.concept, text, topic, topic.object.person);
    if (!a && topic.visitHome) return first(VISIT_HOME, text);
    if (!a) return topic.friends ? first(ASKED_FRIENDS, text) : undefined;
    if (!topic.object) return a;
    const o =
      firstOwned(topic.object.concept, text, topic, topic.object.person) ??
      (topic.visitHome ? first(VISIT_HOME, text) : undefined);
    if (o) return [Math.min(a[0], o[0]), Math.max(a[1], o[1])];
    if (topic.object.pronoun && topic.object.pronoun.test(text)) return a;
    if (topic.friends) return first(ASKED_FRIENDS, text);
    // "coming to my work": the workplace alone with you ("while you were on shift") is enough.
    return undefined;
  }
  if (topic.head) {
    const h = firstOwned(
      topic.head.concept,
      text,
      topic,
      topic.head.person,
      topic.head.definite,
      topic.head.det,
    );
    if (h && !topic.head.person && otherSet(text, h, topic)) {
      // another set of the same things: fall through to the other ways of touching the topic
    } else if (h) {
      if (!topic.head.generic) return h;
      for (const mod of topic.modifiers) if (first(mod, text)) return h;
      if (topic.head.event) {
        const e = definiteEvent(topic, text);
        if (e) return e;
      }
    }
    if (topic.occasion) {
      const re = topic.occasion;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const det = OCCASION_DET.exec(text.slice(Math.max(0, m.index - 30), m.index));
        if (det) return [m.index - det[0].length, m.index + m[0].length];
      }
    }
  }
  if (topic.subject) {
    const re = topic.subject.concept;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const det = /\b(?:the|that|this|your|ur|my|our|about|over)\s+$/.exec(before);
      if (det) return [m.index - det[0].length, m.index + m[0].length];
      // "I don't drink that much", not "grab a drink".
      if (topic.subject.activity && !/\b(?:a|an|another|one|quick|few)\s+$/.test(before))
        return [m.index, m.index + m[0].length];
    }
  }
  if (topic.friends && topic.head) {
    const f = first(ASKED_FRIENDS, text);
    if (f) return f;
  }
  if (topic.possessor) return possessorWellbeing(topic.possessor, text);
  return undefined;
}

/** "about the trip", "that fight": the event named as the one they both know (see EVENTS). */
function definiteEvent(topic: PreparedTopic, text: string): readonly [number, number] | undefined {
  const re = (topic.head as { concept: RegExp }).concept;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = (topic.thirdParty ? EVENT_DET_THIRD : EVENT_DET).exec(
      text.slice(Math.max(0, m.index - 30), m.index),
    );
    if (!before) continue;
    // "the work trip", "the stag party": another word before the head names another event.
    const end = m.index + m[0].length;
    const other = OTHER_EVENT.exec(text.slice(end, end + 30));
    if (other) {
      const place = other.groups?.['place'];
      if (!place || !topic.modifiers.some((mod) => first(mod, place))) continue;
    }
    return [m.index - before[0].length, end];
  }
  return undefined;
}

/**
 * Friends named by name and told or asked about them: "I messaged Jess and Tam to ask how you're
 * doing", "I talked to Priya and Sam about us" (not the writer's own "my therapist", "mum").
 */
const ASKED_FRIENDS =
  /\b(?:talked|spoke|spoken|messaged|texted|asked|told|rang|called|phoned|emailed|wrote|met up|caught up|reached out|dm'd|dmed|been talking|been speaking|been messaging)\s+(?:to\s+|with\s+)?(?!(?:my|his|her|a|an|the|some|mum|mom|dad|nan|gran|therapist|counsellor|counselor|doctor|boss|sister|brother|friend|friends|mates|mate|someone|everyone|people|them|him|you|u)\b)[a-z]+(?:\s+and\s+[a-z]+)?\s+(?:to ask (?:how|about|if|whether|what)|asking (?:how|about|if|whether|what)|about (?:us|you|u|what happened|the breakup|our breakup|how you)|how (?:you|u)(?:'re| are| r)\b|to (?:have a word with|talk to|speak to|check on|reach out to|get through to) (?:you|u)\b)|\b(?:ran into|bumped into|run into|hung out with|had drinks with|went for drinks with|met up with|caught up with)\s+(?!(?:my|his|her|a|an|the|some|them|him|you|u|traffic|trouble)\b)[a-z]+\s+and\s+(?!(?:my|his|her|a|an|the|some|i|we|they|got|then)\b)[a-z]+(?=\s*(?:$|[,.!]|at\b|in\b|on\b|last\b|yesterday\b|today\b|earlier\b|the other\b|this\b))/g;

/** "my dad's illness": "your dad" with how he is ("how's your dad doing", "your dad is sick"). */
const WELLBEING =
  /\b(?:how(?:'s| is| are|s| has| have)|hope|heard|hear|sorry (?:about|to hear)|doing|getting on|coping|recovering|better|worse|holding up|in hospital|ill|sick|unwell|poorly|well|okay|ok|alright)\b/;
function possessorWellbeing(re: RegExp, text: string): readonly [number, number] | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const theirs = THEIRS.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (theirs && WELLBEING.test(text)) return [m.index - theirs[0].length, m.index + m[0].length];
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
  definite = false,
  det = false,
): readonly [number, number] | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const end = m.index + m[0].length;
    const theirs = (topic.ours ? THEIRS_OR_OURS : THEIRS).exec(before);
    if (theirs) return [m.index - theirs[0].length, end];
    // "the kids" for the topic "the kids": the same words, so the same people.
    if (person && /^the\s/.test(m[0])) return [m.index, end];
    if (person && (topic.definite || definite)) {
      const the = /(?:\b(?:the|our)\s+)$/.exec(before);
      if (the) return [m.index - the[0].length, end];
    }
    if (person) continue;
    if (
      det &&
      /^home$/.test(m[0]) &&
      /\b(?:at|from|get|got|getting|go|going|gone|went|come|came|coming|be|been|back|way|head|heading|headed|drive|drove|walk|walked|stay|stayed|staying|work from|working from|home from)\s+$/.test(
        before,
      )
    )
      continue;
    if (topic.owned) {
      // Their things without "your": "congrats on the promotion", "how's the treatment going?"
      // …but not the writer's own visit or appointment: "I've been going to the doctor".
      if (
        /(?:\b(?:the|that|this|new|how's|how is|hows)\s+|\b(?:congrats|congratulations|well done|good luck|best of luck)\s+(?:with|on)\s+(?:(?:the|your|ur)\s+)?)$/.test(
          before,
        ) &&
        !/\b(?:my|his|her|their|a|an)\s+new\s+$/.test(before) &&
        !FIRST_PERSON_ERRAND.test(text.slice(Math.max(0, m.index - 40), m.index))
      )
        return [m.index, end];
      if (NOT_THEIRS.test(before)) continue;
      // Asked of them: "is therapy helping?", "how was work?"
      if (/\?\s*$/.test(text) && ASKED_OF_THEM.test(text.slice(0, m.index))) return [m.index, end];
      const at = YOU_AT.exec(before) ?? YOU_STATE.exec(before);
      if (at) return [m.index - at[0].length, end];
      continue;
    }
    return [m.index, end];
  }
  return undefined;
}

/** "I know we said it's settled" / "I'm not going to reopen…": the writer promises to leave it. */
const CLOSURE =
  /\b(?:(?:we|you|u)\s+(?:said|agreed|decided)\s+(?:\w+\s+){0,6}?(?:done|settled|behind us|over|drop|dropped|not to|finished|move on|moved on|leave it|closed|sorted|let it go|water under the bridge)|(?:is|was|it's|its|are)\s+(?:\w+\s+)?(?:settled|done|behind us|over|closed|resolved|sorted|finished|put to bed|done and dusted)|put\s+(?:\w+\s+){0,4}(?:behind us|to bed)|closed\s+the\s+door\s+on|drew\s+a\s+line\s+under|done\s+and\s+dusted|(?:not|never)\s+(?:going|gonna|trying|here)\s+to\s+(?:reopen|bring\s+(?:\w+\s+)?up|raise|rehash|go\s+back|start|discuss|dig)|won't\s+(?:bring|raise|mention|reopen|go\s+into|discuss)|agreed\s+not\s+to|said\s+we\s+were\s+done|(?:like|as)\s+(?:we\s+)?(?:agreed|arranged|planned)|to\s+drop\s+it|(?<!\b(?:never|not|can't|cannot|couldn't|won't|didn't|don't)\s+(?:really\s+|fully\s+|ever\s+|just\s+)?)let\s+it\s+go)\b/;
/**
 * More ways of leaving it closed: "it's in the past", "I've let it go", "no need to go over it",
 * "I'd rather not get into it", "I'm not raising it", "this isn't about…", "I've made my peace with…".
 */
const RAISE = String.raw`(?:get into|go into|go over|go back over|go back to|revisit|rehash|relitigate|reopen|re-open|raise|bring up|bring (?:\w+\s+){1,3}up|dig up|drag up|dredge up|argue about|fight about|start on|pick at)`;
const RAISING = String.raw`(?:getting into|going into|going over|going back over|going back to|revisiting|rehashing|relitigating|reopening|re-opening|raising|bringing up|bringing (?:\w+\s+){1,3}up|digging up|dragging up|dredging up|arguing about|asking about|writing about|here about|texting about|messaging about)`;
const CLOSURE_MORE = new RegExp(
  [
    String.raw`\b(?:is|was|it's|its|are|that's|thats)\s+(?:all\s+|now\s+|well\s+|long\s+|firmly\s+|completely\s+)?(?:in the past|history|ancient history|behind (?:me|us)|water under the bridge|forgotten|forgiven|paid off|paid back|sorted out|dealt with|squared away|squared|put to rest|laid to rest|over with|in our past)\b`,
    String.raw`(?<!\b(?:never|not|can't|cannot|couldn't|won't|didn't|don't|haven't|hasn't)\s+(?:really\s+|fully\s+|ever\s+|just\s+)?)\blet\s+(?:\w+\s+){1,4}go\b`,
    String.raw`(?<!\b(?:never|not|can't|cannot|couldn't|won't|didn't|don't|haven't|hasn't)\s+(?:really\s+|fully\s+|ever\s+|just\s+)?)\b(?:let|letting)\s+go\s+of\b`,
    String.raw`\bno\s+need\s+(?:for\s+us\s+)?to\s+(?:${RAISE}|discuss|talk about|mention)\b`,
    String.raw`\b(?:rather|don't want to|do not want to|not going to|not gonna|not here to|not trying to|not looking to|not wanting to|never going to|won't|will not|wouldn't|would not|would never|'d never|shouldn't|not about to|promise not to|try not to)\s+(?:\w+\s+)?(?:${RAISE}|discuss|talk about|mention)\b`,
    String.raw`\b(?:not|never|stop|stopped|done)\s+(?:\w+\s+)?${RAISING}\b`,
    String.raw`\b(?:this|it|that|my message|this message|this text)\s+(?:isn't|is not|isnt|wasn't|is not really|isn't really)\s+about\b`,
    String.raw`\b(?:making|make|made)\s+(?:my\s+|our\s+)?peace\s+with\b|\bat\s+peace\s+with\b`,
    String.raw`\b(?:happy|fine|okay|ok|content|good|comfortable|glad)\s+with\s+how\b|\b(?:accept|accepted|respect|respected)\s+(?:how|what we decided|the decision|that)\b`,
    String.raw`\b(?:glad|grateful|thankful|relieved|happy|pleased)\s+(?:that\s+)?we\s+(?:\w+\s+)?(?:sorted|settled|resolved|moved past|got past|put|dealt with|agreed on|figured out|worked out|closed)\b`,
    String.raw`\b(?:thanks|thank you)\s+(?:again\s+|so much\s+)?for\s+(?:being\s+(?:so\s+)?(?:fair|understanding|kind|reasonable|patient|gracious|decent|good)|sorting|settling|handling|understanding|how you handled|letting (?:it|that|me) go|dropping)\b`,
    String.raw`\b(?:moved|move|moving|got|get|getting)\s+past\b|\bmoved\s+on\s+from\b`,
    String.raw`\bthat's\s+that\b|\bend\s+of\s+story\b|\b(?:leave|leaving|keep|keeping)\s+it\s+(?:alone|there|be|where it is|behind (?:me|us)|closed|in the past)\b`,
  ].join('|'),
);
const CONTINUES =
  /\b(?:but|though|tho|however|still|yet|except|although|can't stop|cannot stop|can't help|keep thinking|keep going back|can't get over|can't let)\b/;

/** True when the sentence only promises to leave the topic closed (LABELS decision 8). */
export function onlyClosure(s: Sentence, at: number): boolean {
  void at;
  return closureEnd(s) !== undefined;
}

/**
 * Where the clause of a closure promise ends ("I know we said Vegas is done, and I'm leaving it
 * there"), or undefined when there is none or the sentence goes on to reopen it ("…but").
 */
export function closureEnd(s: Sentence): number | undefined {
  for (const re of [CLOSURE, CLOSURE_MORE]) {
    const m = re.exec(s.text);
    if (m && !CONTINUES.test(s.text.slice(m.index + m[0].length)))
      return clauseEnd(s.text, m.index + m[0].length);
  }
  return undefined;
}

/** The end of the clause at `from`: the next comma, semicolon, colon or "and I…". */
function clauseEnd(text: string, from: number): number {
  const m = /[,;:()]|\s(?:and|then|so)\s+(?:i|i've|i'm|i'd|then|yet)\b/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Where the sentence touches the topic at or after `from` (a later clause), if it does. */
export function touchesFrom(
  s: Sentence,
  topic: PreparedTopic,
  from: number,
): readonly [number, number] | undefined {
  if (from >= s.text.length) return undefined;
  const rest = s.text.slice(from);
  const span = touches({ ...s, text: rest }, topic);
  return span ? [span[0] + from, span[1] + from] : undefined;
}

/** "I won't contact your friends", "I'll stay away from your work": a promise not to touch it. */
const PROMISE_NOT =
  /^\W*(?:(?:this|it|my message)(?:'s|\s+is)\s+)?not\s+(?:\w+\s+)?about\b|\b(?:this|it|my message)\s+(?:isn't|is not)\s+about\b|\bi(?:'m| am)?\s+(?:\w+\s+)?(?:won't|will not|wont|not going to|never going to|'ll never|will never|'ll stay away from|will stay away from|'ll keep away from|'ll leave)\b|\bi'll\s+(?:never|not|stay away|keep away|leave)\b/;

/**
 * Keeping to it, said as what they have done or as knowing what they asked: "I haven't spoken to your
 * parents", "I've stopped messaging your sister", "I know you don't want me talking about your family".
 */
const KEPT_TO =
  /\bi(?:'ve| have)?\s+(?:not|never|haven't|have not|stopped|quit|given up)\s+(?:been\s+|once\s+|even\s+)?(?:spoken|talked|talking|speaking|contacted|contacting|messaged|messaging|texted|texting|called|calling|rung|ringing|been in touch|gone near|been near|been to|gone to|going to|going near|seen|seeing|asked about|asking about|mentioned|mentioning|followed|following|looked at|looking at|visited|visiting|reached out)\b|\bi\s+(?:know|understand|get|realise|realize|respect|remember|hear)\s+(?:that\s+)?(?:you|u)(?:'ve|'d)?\s+(?:(?:don't|do not|didn't|did not)\s+want\b|(?:would|'d)?\s*rather\s+i\s+(?:didn't|did not|don't|left|stayed)\b|(?:asked|told|need|want|wanted|begged)\s+me\s+(?:not\s+to|to\s+(?:stop|leave|stay away|keep away|back off))\b|(?:said|asked)\s+(?:not\s+to|no\b))/;

export function promisesNotTo(s: Sentence): boolean {
  return promiseEnd(s) !== undefined;
}

/** Where the clause of a promise to keep away ends, or undefined when there is none (or "…but"). */
export function promiseEnd(s: Sentence): number | undefined {
  if (CONTINUES.test(s.text)) return undefined;
  const m = PROMISE_NOT.exec(s.text) ?? KEPT_TO.exec(s.text);
  return m ? clauseEnd(s.text, m.index + m[0].length) : undefined;
}
