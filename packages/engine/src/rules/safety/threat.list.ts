/**
 * Word classes for `threat`: who is threatened (the recipient, people close to them, their pets
 * and things), what is threatened (harm, exposure, surveillance, taking the children, veiled
 * consequences), and how the writer says they will do it; then each table's own word classes and
 * guards (logistics, concern, jokes), side by side.
 */
import { alt } from './lib.js';

/** The writer's intent or readiness: "I'll", "I'm going to", "or I", "I swear I'll". */
export const WILL = `(?:i shall be forced to|i'll be forced to|i will be forced to|i'll have to|i will have to|i'll have no choice but to|i will have no choice but to|i'd have no choice but to|i may have to|i might have to|i'll have no option but to|i'm prepared to|i am prepared to|i'll|i will|i should|maybe i should|maybe i'll|i think i'll|i think i should|i shall|i'm going to|i am going to|i'm gonna|i'ma|imma|i'd|i would|i could|i can|i might|i may|i want to|i'm about to|i am about to|i'm coming to|i'm ready to|i swear i'll|i promise i'll|or i'll|and i'll|or i will|or i|then i'll|i'll happily|i won't hesitate to|i have no problem|i'm not afraid to|going to|gonna|i'll make sure i|watch me|i'll be sure to)`;
export const FILL = `(?:\\s+(?:fucking|fuckin|bloody|just|really|actually|personally|seriously|literally|definitely|so|also|then|happily|gladly|go|come round and|come over and|come and|go and|make sure to|make sure i|always|easily|still|absolutely|100%|legit|simply|quietly))`;

/** People the recipient is close to, and the audiences of exposure. */
export const PERSON = alt([
  'new (?:\\w+)',
  'boss',
  'manager',
  'work',
  'workplace',
  'office',
  'firm',
  'company',
  'colleagues',
  'coworkers',
  'co-workers',
  'employer',
  'hr',
  'professional body',
  'governing body',
  'regulator',
  'regulatory body',
  'union',
  'team',
  'partners',
  'clients',
  'parents',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'family',
  'folks',
  'friends',
  'mates',
  'church',
  'pastor',
  'kids',
  'children',
  'son',
  'daughter',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'partner',
  'fiance',
  'fiancee',
  'man',
  'woman',
  'bloke',
  'guy',
  'gf',
  'bf',
  'sister',
  'brother',
  'nan',
  'gran',
  'grandma',
  'grandad',
  'landlord',
  'school',
  'uni',
  'university',
  'teacher',
  'students',
  'followers',
  'ex',
  'board',
  'in-laws',
  'cousins?',
  'aunt',
  'uncle',
  "\\w+'s (?:\\w+ )?(?:friends|partners|board|boss|colleagues|family|parents|husband|wife)",
]);

export const AUDIENCE = alt([
  'everyone',
  'everybody',
  'every (?:single )?(?:\\w+ )?(?:parent|one|person|friend|colleague|landlord|neighbour|neighbor|teacher|client|employer|member)s?(?: (?:there|in (?:this|the) (?:\\w+)|at (?:your|ur|the) \\w+))?',
  'all (?:your|ur|of your) (?:\\w+ )?(?:friends|mates|family|colleagues|followers|contacts)',
  `(?:your|ur|his|her|their)(?: \\w+){0,2}? ${PERSON}`,
  'the whole (?:\\w+)',
  '(?:online|on (?:facebook|fb|insta|instagram|twitter|x|tiktok|snapchat|snap|my story|your story|the internet|social media|reddit|the group(?: chat)?|the gc|whatsapp|linkedin|youtube|every site|the family chat|the work chat))',
  'the (?:internet|group(?: chat)?|gc|world|press|papers|newspapers?|media|school|office|public|board|family|kids|children|police|court|judge|council|church)',
  'social media',
  '(?:the )?(?:social services|social workers?|child services|cafcass|cps|immigration|home office|dvla|tax office|hmrc|irs|ofsted|police|cops|landlord|letting agent|housing office|benefits office|dwp)',
]);

/** Things whose exposure is a threat: private pictures, messages, secrets. */
export const MATERIAL = alt([
  '(?:nude|naked|private|intimate|sexy|dirty)? ?(?:photos|pics|pictures|piccies|nudes|selfies)',
  'screenshots?',
  'every (?:photo|pic|picture|message|text|video|email|voice note)',
  'screen ?shots',
  'texts',
  'every text',
  'messages',
  'dms',
  'emails',
  'videos?',
  'vids?',
  'recordings?',
  'voice ?notes',
  'tapes?',
  'diary(?: pages)?',
  'journal',
  'chats?',
  'snaps',
  'secrets?',
  'receipts',
  'everything (?:you|u) (?:ever )?(?:sent|told|wrote|said|did|showed)(?: me)?',
  'copies(?: of (?:all|every|everything|our|your))?',
  'materials?',
  'correspondence',
  'information',
  'details',
  'what i (?:know|have|saw|found|heard)',
  'things about (?:you|u)',
  '(?:your|ur) (?:history|past|secrets?|records?|search history)',
  'proof',
  'evidence',
  'the truth about (?:you|u)',
  'what (?:you|u) (?:did|do|said|sent|wrote|told me|really are|are really|got up to)',
  'everything about (?:you|u)',
  'all (?:of )?(?:it|them|that)',
]);

/** Verbs of exposing. */
export const EXPOSE = alt([
  'show(?:ing)?',
  'send(?:ing)?',
  'post(?:ing)?',
  'shar(?:e|ing)',
  'forward(?:ing)?',
  'leak(?:ing)?',
  'upload(?:ing)?',
  'put(?:ting)? (?:up|out|online)',
  'email(?:ing)?',
  'publish(?:ing)?',
  'spread(?:ing)?',
  'expos(?:e|ing)',
  'releas(?:e|ing)',
  'circulat(?:e|ing)',
  'distribut(?:e|ing)',
  'broadcast(?:ing)?',
  'read(?:ing)? (?:them|it|those|these) (?:out|on|to)',
  'start (?:reading|posting|sharing|sending|showing)',
  'airdrop(?:ping)?',
  'print(?:ing)? (?:them|it|those|these) (?:out|off)?',
]);

/** Verbs of hurting a person, animal or thing. */
export const HARM = alt([
  'kill',
  'murder',
  'hurt',
  'beat (?:the shit out of|the crap out of|up)?',
  'batter',
  'bash (?:in)?',
  'smash',
  'stab',
  'shoot',
  'strangle',
  'choke',
  'punch',
  'slap',
  'hit(?! (?:you|me|him|her|them|u) up)',
  'kick',
  'break',
  'destroy',
  'ruin',
  'end',
  'finish',
  'get back at',
  'get even with',
  'come after',
  'come for',
  'go after',
  'hunt down',
  'track down',
  'burn',
  'torch',
  'set fire to',
  'key',
  'slash',
  'scratch',
  'wreck',
  'trash',
  'poison',
  'drown',
  'knock out',
  'knock (?:your|his|her|ur) (?:teeth|head|block) (?:out|in|off)',
  'mess up',
  'fuck up',
  'f up',
  'teach (?:you|him|her|them|u) a lesson',
  'bury',
  'crush',
  'take down',
  'sort (?:you|him|her|them|u) out',
  'deal with (?:her|him|them)',
  'put (?:you|him|her|them|u) in (?:hospital|the hospital|a hospital|the ground|a box)',
  'make (?:you|him|her|them|u) (?:pay|suffer|bleed|regret|beg)',
  'get (?:you|him|her|them|u)(?: back| for this| for that| for it)',
  'stalk',
  'find (?:you|him|her|them|u) (?:and|wherever)',
]);

/** Who or what is harmed. Never "the surprise" or "your day". */
export const TARGET = `(?:the (?:pair|both|two|lot) of (?:you|u|them)|both of (?:you|u|them)|you (?:both|two)|every(?: last)? (?:thing|one of your \\w+)(?: (?:you|u) (?:left|own|have|love|gave))?|everything (?:you|u) (?:left|own|have|love|care about|built|worked for)|you|ya|u|him|her|them|yourself|(?:your|ur|his|her|their|that|the)(?: \\w+)?? (?!(?:day|night|evening|weekend|fun|appetite|surprise|mood|dinner|plans|heart|battery|chances of|odds|record)\\b)(?:${PERSON}|car|van|bike|truck|ute|house|flat|place|home|windows?|tyres|tires|door|garden|stuff|things|clothes|belongings|shit|phone|laptop|guitar|records|album|dog|cat|horse|pets?|puppy|kitten|life|career|reputation|name|business|job|marriage|relationship|future|wedding|face|legs|neck|nose|jaw|arms?|teeth|head|kneecaps|ribs)|(?:this|that) (?:\\w+ )?(?:guy|bloke|man|woman|girl|boy|prick|bitch|cunt|dick|twat|loser|slag|idiot|bastard|dickhead|wanker|clown|tosser)|everything (?:you|u) (?:have|love|own|care about|built|worked for))`;

/** What each kind of threat is, said to the writer: one text per kind, for every threat table. */
export const THREAT_REASON = {
  harm: 'This reads as a threat to hurt them, someone close to them, or something of theirs.',
  expose: 'This reads as a threat to expose them, by sharing private things or telling people about them.',
  watch: 'Saying you know where they are or what they do can make them feel watched and unsafe.',
  /** Being outside or waiting where they are. */
  arrive: 'Saying you are outside, or will be waiting where they are, can make them feel unsafe.',
  /** Turning up unasked. */
  turnUp: 'Turning up where they are without being asked can make them feel unsafe.',
  kids: 'This reads as a threat to keep them from their children.',
  job: 'This reads as a threat to their job, their name or their livelihood.',
  veiled:
    'This reads as a warning that something bad will happen to them, even though it is not spelled out.',
} as const;

// The word classes and guards of the three threat tables, side by side: many are variants of each
// other, and here the bundle compresses them together. Each table imports its own under its short name.

// The veiled table (threat.veiled.ts)
/**
 * One of the other person's people or pets, named through them: "your brother", "ur new fella",
 * "your sister's boy", "your mum's dog". The routine patterns watch for these.
 */
export const THEIR_PERSON = `(?:your|ur) (?:\\w+(?:'s)? )?(?:${PERSON}|nephew|niece|cousin|boy|girl|lad|lass|kid|baby|little one|grandson|granddaughter|stepson|stepdaughter|dog|cat)`;

/** The recipient, or a third person, as the one something happens to. */
export const THEY_VEILED = `(?:you|u|he|she|they|(?:your|ur|his|her|that)(?! (?:you|u|he|she|they|i|we|it)\\b)(?: [\\w']+){1,2})`;
/** A future or possible outcome: "'ll", "is going to", "are about to", "might". */
export const FUTURE_VEILED = `(?:'ll|'re going to|'re gonna|'s going to|'s gonna|'re about to|'s about to| will| are going to| is going to| are gonna| is gonna| gonna| going to| r gonna| r going to| are about to| is about to| might| could| may| would|'d)(?: (?:soon|definitely|probably|surely|just))?`;
/** Their things, people and livelihood. */
export const THING_VEILED = `(?:car|van|bike|motorbike|truck|ute|house|flat|place|home|windows?|tyres|tires|door|garden|stuff|things|clothes|phone|laptop|dog|cat|horse|pets?|puppy|kitten|job|career|reputation|name|business|licence|license|face|body|legs|knees|kneecaps|teeth|nose|ribs|${PERSON})`;
export const VICTIM_VEILED = `(?:you|u|him|her|them|that (?:\\w+ )?(?:guy|bloke|man|woman|prick|twat|dickhead))`;
export const THEIR_VEILED = `(?:your|ur|his|her|their|that)(?: (?:new|little|precious|lovely|beloved|fancy|shiny|poor|old))?(?: [\\w']+)??`;
/** Arranged meetings, handovers and pick-ups: an arrival that is logistics, not menace. */
export const ARRANGED_VEILED =
  /\b(?:kids?|children|pick (?:up|you|them|her|him)|picking|collect|collecting|drop(?:ping)? (?:off|them|the|it|you)|drop-off|handover|lift|taxi|uber|cab|box|boxes|bags?|delivery|parcel|keys?|ready|as (?:agreed|planned|arranged|discussed)|like we (?:said|agreed|arranged)|we agreed|you asked|if you (?:still )?(?:need|want|like)|come down|coming down|when you're ready|no rush|the school|school run|appointment|meeting|meet you|see you (?:at|in) the|at \d|\d ?(?:am|pm)|o'clock)\b/;
/** Leaving something at their door that is returning it, or a kindness they asked for. */
export const LEAVE_OK_VEILED =
  /\b(?:keys?|parcel|package|post|mail|letter from|your (?:coat|jacket|stuff|things|book)|back|returned|as (?:agreed|asked)|you asked|for the kids|the kids'|deposit|money|cheque|card)\b/;
/** Logistics without the clock: a time of day is part of the menace in a routine. */
export const ARRANGED_PLAIN_VEILED =
  /\b(?:kids?|children|pick (?:up|you|them|her|him)|picking|collect|collecting|drop(?:ping)? (?:off|them|the|it|you)|drop-off|handover|lift|box|boxes|delivery|parcel|keys?|as (?:agreed|planned|arranged|discussed)|like we (?:said|agreed|arranged)|we agreed|you asked|if you (?:still )?(?:need|want|like)|appointment|meeting)\b/;
/** Worry for them, the weather, or their own risky activity: not a threat. */
export const CONCERN_VEILED =
  /\b(?:worried|worry|afraid for you|scared for you|stay safe|be safe|take care|look after yourself|icy|ice|roads|weather|storm|snow|rain|slippery|drive safe|get home safe|ladder|climbing|skating|skiing|riding|drink(?:ing)?|drunk|smok(?:e|ing)|speeding|driving like|working too|doctor|gp|hospital appointment|surgery|operation|fever|ill|sick|flu|covid|careful)\b/;
export const FOOD_JOKE_VEILED =
  /\bif (?:you|u) (?:eat|drink|finish|scoff|spoil)\b|\b(?:chips|crisps|fries|cake|chocolate|pizza|snacks?|sweets|biscuits|cookies|leftovers|sandwich|spoilers?|episode|season|series|film|movie|book|match|game|recipe)\b/;
export const SURPRISE_VEILED =
  /\b(?:surprise|birthday|present|gift|party|treat|christmas|excited|can't wait|amazing|love it)\b/;
/** A frame that makes an outcome conditional on them: "keep it up and", "or", "if you …", "next time". */
export const CONDITION_VEILED =
  /\b(?:or|unless|otherwise|else|next time|one more time|again|keep (?:it up|this up|that up|\w+ing)|carry on|mark my words|i swear|i promise you|trust me|if (?:you|u|he|she|they|i) (?:\w+ ){0,2}?(?:don't|do not|won't|keep|ever|block|ignore|tell|go|leave|take|try|say|call|report|come|see|touch|lay|speak|talk|text|go near|come near|carry))\b/;

// The further table (threat.more.ts)
/** Someone close to them: the one a warning is passed on to. */
export const CLOSE_MORE = `(?:(?:your|ur|that)(?: new| little| precious)? (?:man|boyfriend|bf|girlfriend|gf|husband|wife|partner|mate|friend|brother|sister|dad|father|fella|boy|lad|bloke|guy|date|lover|fiance|fiancee|toyboy)|him|her|them)`;
export const KIDS_MORE = `(?:the|your|ur|our|my) (?:kids|children|son|daughter|baby|boys|girls|little one|little ones)`;
/** Handovers, pick-ups, things being returned: an arrival or a plan that is logistics. */
export const ARRANGED_MORE =
  /\b(?:pick (?:up|you|them|her|him)|picking|collect|collecting|drop(?:ping)? (?:off|them|the|it|you)|drop-off|handover|box|boxes|bags?|parcel|keys?|as (?:agreed|planned|arranged|discussed)|like we (?:said|agreed|arranged)|we agreed|you asked|if (?:you|that's|it's) (?:still )?(?:want|need|like|ok|okay|alright|fine)|invited|invite|to help|to celebrate|congrat\w*|support you|cheer|appointment|meeting|school run|this weekend as|as usual)\b/;
export const CONCERN_MORE =
  /\b(?:worried|worry|stay safe|be safe|take care|look after yourself|icy|ice|roads|weather|storm|snow|rain|slippery|stairs|ladder|drive safe|driving|get home safe|doctor|hospital appointment|ill|sick|flu|covid|fever)\b/;
/** Kind words after a sighting: "you looked happy", "he seems nice". */
export const KIND_MORE =
  /\b(?:looked (?:happy|well|great|good|lovely|amazing|beautiful|gorgeous)|seems? (?:nice|lovely|kind|great|good)|glad|happy for you|good for you|hope (?:you|he|she|it)|congrat\w*|proud|say hi|waved|should have said|lovely|beautiful)\b/;
export const MEDIA_MORE =
  /\b(?:episode|season|series|finale|film|movie|book|chapter|match|game|recipe|trailer|show|plot|ending|spoilers?)\b/;
export const SPORT_MORE =
  /\b(?:final|semi|striker|defender|keeper|goalie|team|league|cup|race|season|opponent|tournament|fight night|round|ring|pitch|court|match|game|derby)\b/;

// The main table (threat.ts)
/** Harmless sharing: photos from a trip, things they asked for, sending something back. */
export const BENIGN_SHARE_THREAT =
  /\b(?:from (?:the|our|your|my) (?:trip|wedding|holiday|holidays|party|christening|ceremony|birthday|school|graduation|weekend|beach|concert|game|match|recital|assembly|play|day out|reunion)|of (?:the kids|the baby|the dog|the cat|the house|the garden|us at)|baby (?:photos|pics)|(?:she|he|they|you) (?:asked|asks|wanted|wants) (?:for|me|about|to see)|asked for (?:it|them)|want (?:them|it|copies|a copy)|do you want|would you like|if you(?:'d)? (?:want|like)|back to you|to you\b|for you\b|(?:deleted|delete|deleting|got rid of|destroyed|destroy) (?:them|it|every|all)|can't bring myself|couldn't bring myself|sentimental|memories|miss (?:you|us|them)|photographer|from \w+'s (?:\w+ )?(?:party|birthday|wedding|\d+(?:st|nd|rd|th)|do|bash|christening|graduation|retirement)|(?:she|he|they|you|we) (?:looks?|looked) (?:amazing|lovely|beautiful|gorgeous|great|so happy|so proud))\b/;
export const LOGISTICS_THREAT =
  /\bso (?:i'll|i will|i can|we can)\b|\bi'll have (?:the|them|it)\b|\bready for\b|\b(?:send|sending|sent|post it|post them|drop|dropping|bring|bringing|return|returning|deliver|delivering|forward|mail|ship|courier|pick up|collect|give (?:it|them) back|hand (?:it|them) back)\b|\b(?:box|boxes|parcel|package|stuff|things|mail|card|letter|keys?|bike|deposit|jacket|hoodie|coat|forms?|paperwork|invite|invitation|present|gift|furniture|lamp)\b/;
export const CONCERN_THREAT =
  /\b(?:worried about you|worried for you|i worry|worry about you|hope not|stay safe|be safe|take care|look after yourself|icy|ice|roads|weather|storm|snow|rain|slippery|drive safe|get home safe|text me when|let me know you)\b/;
export const FOOD_JOKE_THREAT =
  /\bif (?:you|u) (?:eat|drink|finish|scoff|spoil)\b|\b(?:chips|crisps|fries|cake|chocolate|pizza|snacks?|sweets|biscuits|cookies|leftovers|sandwich|spoilers?|ending)\b/;
export const MEDIA_THREAT =
  /\b(?:(?:next|last|this|the) (?:episode|season|series|chapter|book|film|movie|match|game)|episodes?|finale|trailer|spoilers?)\b/;
export const OPEN_QUESTION_THREAT =
  /^\W*(?:do|don't|will|would|are|aren't|did|have|won't|can|could|should)\s+(?:you|u)\b/;
/** What follows "I'll tell your mum …": about them (a threat) or about the writer (not). */
export const ABOUT_THEM_THREAT =
  /^\s*(?:know\s+)?(?:$|[.!,;]|about (?:you|u|your|ur|this|it|that|what you|us)\b|of (?:your|ur|what (?:you|u)|the way (?:you|u)|how (?:you|u))\b|(?:that )?(?:you|u) (?:hit|attacked|abused|assaulted|hurt|beat|threatened|stalked|drugged|raped|neglect\w*|stole|drink|drank|use|used)\b|what (?:you|u)\b|everything|it all|the lot|all of it|all about|the truth about (?:you|u)|that (?:you|u)\b|(?:you|u)(?:'re| are| were|'ve| have| had| did| cheated| lied| took| stole| do| sent| said)\b|why (?:you|u)\b|how (?:you|u)\b|who (?:you|u)\b|exactly|the whole (?:story|thing)|(?:your|ur) (?:\w+ )?(?:secret|secrets|affair|habit|problem|past|history|debt|record|drinking|drug)|(?:or|and) (?:you|u)\b|what (?:kind|sort) of \w+ (?:you|u)\b)/;
export const ABOUT_WRITER_THREAT =
  /^\s*(?:know\s+)?(?:everything i (?:did|have done|'ve done)|all (?:that )?i did|what i did|i\b|i'm|i've|i'll|we\b|we're|it was (?:all )?me|that it was me|(?:it|that) was my|about (?:me|what i|how i|my|why i|why we)|hi\b|hello|thanks|thank you|happy|congrat|sorry|merry|the truth about (?:why we|me|what i|us)|what i\b|that i\b|how (?:sorry|much) i)/;
export const ULTIMATUM_THREAT =
  /\b(?:or|unless|otherwise|else)\b|\b(?:block|ignore|report|leave|dump|cut) me (?:again |one more time )?and\b|\bkeep (?:\w+ing)(?: me)? and\b|\bif (?:you|u) (?:don't|do not|won't|keep|ever|block|ignore|tell|go|leave|take|try|say|call|report)\b/;
export const HARM_FULL_THREAT = `(?:deal with (?:him|her|them|you|u)(?: myself| personally)?(?=\\s*(?:$|[.!,]|myself|personally))|teach (?:you|him|her|them|u) a lesson|sort (?:you|him|her|them|u) out|put (?:you|him|her|them|u) in (?:hospital|the hospital|a hospital|the ground|a box)|make (?:you|him|her|them|u) (?:pay(?! for (?:the|dinner|it|half|your))|suffer|bleed|regret|beg|sorry)|get (?:you|him|her|them|u) (?:back|for this|for that|for it)|find (?:you|him|her|them|u) (?:and|wherever)|hunt (?:you|him|her|them|u) down|track (?:you|him|her|them|u) down|knock (?:your|his|her|ur) (?:teeth|head|block) (?:out|in|off)|beat (?:the shit|the crap|the hell) out of (?:you|him|her|them|u))`;

/** Turning up regardless of them: "uninvited", "like it or not" (after "I'll be there"). */
export const UNINVITED = `uninvited|invited or not|whether (?:you|u) (?:like|want) it or not|like it or not`;
