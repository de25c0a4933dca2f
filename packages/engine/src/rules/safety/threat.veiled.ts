/**
 * More `threat` patterns, for the open-ended veiled forms: harm foretold as an outcome ("you'll end
 * up in hospital"), property that "won't look so pretty", a shame "if your tyres got slashed",
 * their job or name ("I'll get you fired", "nobody will hire you"), exposure left hanging
 * ("imagine your parents seeing these", "maybe I'll post them"), surveillance ("your light was on
 * late last night", "you walk the dog at 7, don't you"), arrival ("I'm outside", "I'll be waiting
 * at your work"), and consequences left unsaid ("this won't end well for you", "there will be
 * consequences"). Each is composed from small classes (who, a modal, an outcome), with guards for
 * logistics, concern, jokes and questions.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit } from '../../rule.js';
import { alt, deniedIn, JOKE, reportedIn, rx, type SafetyPattern } from './lib.js';
import { AUDIENCE, FILL, PERSON, WILL } from './threat.list.js';

const FILLS = `${FILL}{0,2}`;

const REASON = {
  harm: 'This reads as a threat to hurt them, someone close to them, or something of theirs.',
  expose: 'This reads as a threat to expose them, by sharing private things or telling people about them.',
  watch: 'Saying you know where they are or what they do can make them feel watched and unsafe.',
  arrive: 'Saying you are outside, or will be waiting where they are, can make them feel unsafe.',
  kids: 'This reads as a threat to keep them from their children.',
  job: 'This reads as a threat to their job, their name or their livelihood.',
  veiled:
    'This reads as a warning that something bad will happen to them, even though it is not spelled out.',
} as const;

/** The recipient, or a third person, as the one something happens to. */
const THEY = `(?:you|u|he|she|they|(?:your|ur|his|her|that)(?! (?:you|u|he|she|they|i|we|it)\\b)(?: [\\w']+){1,2})`;
/** A future or possible outcome: "'ll", "is going to", "are about to", "might". */
const FUTURE = `(?:'ll|'re going to|'re gonna|'s going to|'s gonna|'re about to|'s about to| will| are going to| is going to| are gonna| is gonna| gonna| going to| r gonna| r going to| are about to| is about to| might| could| may| would|'d)(?: (?:soon|definitely|probably|surely|just))?`;
/** Their things, people and livelihood. */
const THING = `(?:car|van|bike|motorbike|truck|ute|house|flat|place|home|windows?|tyres|tires|door|garden|stuff|things|clothes|phone|laptop|dog|cat|horse|pets?|puppy|kitten|job|career|reputation|name|business|licence|license|face|body|legs|knees|kneecaps|teeth|nose|ribs|${PERSON})`;
const VICTIM = `(?:you|u|him|her|them|that (?:\\w+ )?(?:guy|bloke|man|woman|prick|twat|dickhead))`;
const THEIR = `(?:your|ur|his|her|their|that)(?: (?:new|little|precious|lovely|beloved|fancy|shiny|poor|old))?(?: [\\w']+)??`;

/** Arranged meetings, handovers and pick-ups: an arrival that is logistics, not menace. */
const ARRANGED =
  /\b(?:kids?|children|pick (?:up|you|them|her|him)|picking|collect|collecting|drop(?:ping)? (?:off|them|the|it|you)|drop-off|handover|lift|taxi|uber|cab|box|boxes|bags?|delivery|parcel|keys?|ready|as (?:agreed|planned|arranged|discussed)|like we (?:said|agreed|arranged)|we agreed|you asked|if you (?:still )?(?:want|need|like)|come down|coming down|when you're ready|no rush|the school|school run|appointment|meeting|meet you|see you (?:at|in) the|at \d|\d ?(?:pm|am)|o'clock)\b/;
/** Worry for them, the weather, or their own risky activity: not a threat. */
/** Logistics without the clock: a time of day is part of the menace in a routine. */
const ARRANGED_PLAIN =
  /\b(?:kids?|children|pick (?:up|you|them|her|him)|picking|collect|collecting|drop(?:ping)? (?:off|them|the|it|you)|drop-off|handover|lift|box|boxes|delivery|parcel|keys?|as (?:agreed|planned|arranged|discussed)|like we (?:said|agreed|arranged)|we agreed|you asked|if you (?:still )?(?:want|need|like)|appointment|meeting)\b/;
const CONCERN =
  /\b(?:worried|worry|afraid for you|scared for you|stay safe|be safe|take care|look after yourself|icy|ice|roads|weather|storm|snow|rain|slippery|drive safe|get home safe|ladder|climbing|skating|skiing|riding|drink(?:ing)?|drunk|smok(?:e|ing)|speeding|driving like|working too|doctor|gp|hospital appointment|surgery|operation|fever|ill|sick|flu|covid|careful)\b/;
const FOOD_JOKE =
  /\bif (?:you|u) (?:eat|drink|finish|touch|steal|nick|take|have|scoff|spoil|forget)\b|\b(?:chips|crisps|fries|cake|chocolate|pizza|snacks?|sweets|biscuits|cookies|leftovers|sandwich|spoilers?|episode|season|series|film|movie|book|match|game|recipe)\b/;
const SURPRISE =
  /\b(?:surprise|birthday|present|gift|party|treat|christmas|excited|can't wait|amazing|love it)\b/;
/** A frame that makes an outcome conditional on them: "keep it up and", "or", "if you …", "next time". */
const CONDITION =
  /\b(?:or|unless|otherwise|else|next time|one more time|again|keep (?:it up|this up|that up|\w+ing)|carry on|mark my words|i swear|i promise you|trust me|if (?:you|u|he|she|they|i) (?:\w+ ){0,2}?(?:don't|do not|won't|keep|ever|block|ignore|tell|go|leave|take|try|say|call|report|come|see|touch|lay|speak|talk|text|go near|come near|carry))\b/;

const calm = (s: Sentence): boolean => !JOKE.test(s.text) && !FOOD_JOKE.test(s.text);
const notAsked = (s: Sentence): boolean => !s.isQuestion;

export const VEILED_PATTERNS: readonly SafetyPattern[] = [
  // Harm: a bounded gap between the act and whom or what it lands on.
  {
    name: 'harm-every-bone',
    need: ['break', 'smash', 'slash', 'kick', 'put', 'burn', 'knock', 'punch', 'snap', 'rip', 'cut', 'key'],
    re: rx(
      `${WILL}${FILLS}\\s+(?:break|smash|slash|kick|put|burn|knock|punch|snap|rip|cut|key) (?:in |out |through )?(?:every|each|all|both|one of|the|a) (?:\\w+ )?(?:bones?|windows?|tyres?|tires?|tooth|teeth|fingers?|legs?|arms?|ribs?|brick|rock|stone|panels?|mirrors?|lights?|plates?|doors?|side|inch)(?: [\\w']+){0,2}? (?:in|of|on|at|through|off) (?:${THEIR} ${THING}|you|u|him|her|them)`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  {
    name: 'harm-knock-out',
    need: [
      'knock',
      'deck',
      'lamp',
      'batter',
      'beat',
      'smack',
      'thump',
      'belt',
      'glass',
      'bottle',
      'floor',
      'twat',
    ],
    re: rx(
      `${WILL}${FILLS}\\s+(?:(?:deck|lamp|thump|glass|bottle|floor|smack|twat) ${VICTIM}(?: out| senseless| silly| into next week| to a pulp| black and blue)?|knock ${VICTIM} (?:out|senseless|into next week|flat|spark out|unconscious)|(?:beat|batter|belt) ${VICTIM} (?:up|senseless|to a pulp|black and blue|into next week|unconscious))(?! (?:at|in (?:a|the) (?:game|race|match)))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  {
    name: 'harm-make-disappear',
    need: ['disappear', 'vanish', 'suffer', 'bleed', 'beg', 'cry', 'scream', 'pay'],
    re: rx(
      `${WILL}${FILLS}\\s+make (?:you|u|him|her|them|${THEIR} ${THING}) (?:disappear|vanish|suffer|bleed|beg|scream|pay)(?! (?:for (?:the|dinner|it|half|your|lunch|a)|back))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  // Harm foretold as an outcome for them.
  {
    name: 'outcome-for-them',
    need: ['get', 'be', 'end', 'wind', 'walking', 'need', 'needing', 'getting'],
    re: rx(
      `${THEY}${FUTURE}(?: (?:end up|wind up|get|be|be getting|be needing|need|be walking))(?: [\\w']+)?? (?:hurt|what (?:you|u|he|she|they|he's|she's|they're|you're)(?: \\w+)? (?:deserves?|asked for|had coming|has coming)|what(?:'s| is) coming(?: (?:to|for) (?:you|u|him|her|them))?|in (?:a |the )?(?:hospital|wheelchair|body bag|box|ground|ditch|a&e|morgue|intensive care)|with a limp|an ambulance|stitches|a new face|a dentist|fired|sacked|struck off|deported|evicted|arrested|locked up|ruined|finished)`,
    ),
    negatable: true,
    accept: (s, m) =>
      calm(s) &&
      notAsked(s) &&
      !CONCERN.test(s.text) &&
      !/\b(?:feelings|pride|ego|heart)\b/.test(m[0]) &&
      (!/(?:fired|sacked|struck off|deported|evicted|arrested|locked up|ruined|finished)$/.test(m[0]) ||
        (CONDITION.test(s.text) && /\b(?:i|i'll|i'm|me)\b/.test(s.text))) &&
      // "You'll get hurt" needs a frame that makes it the writer's doing; a third person needs none.
      (!/^(?:you|u)\b/.test(m[0]) ||
        CONDITION.test(s.text) ||
        /deserve|asked for|had coming|has coming|coming|body bag|box|ground|ditch|morgue|limp/.test(m[0]) ||
        /^(?:you|u)(?:'re|'ll| will| are)? ?(?:going to|gonna|about to)? ?(?:get|end up) (?:hurt|in (?:a |the )?hospital)(?=\s*[.!]*$)/.test(
          s.text.slice(m.index).trim(),
        )),
    reason: REASON.harm,
  },
  {
    name: 'property-wont-look',
    need: ["won't", 'wont', 'not', 'long'],
    re: rx(
      `${THEIR} (?:car|van|bike|motorbike|truck|house|flat|place|windows?|tyres|tires|door|garden|face|paintwork|paint)(?:'s| is| are|'re)? (?:won't|wont|will not|isn't going to|is not going to|aren't going to|not gonna) (?:look|be|stay|last|have)(?: so| as| very| that| much)? (?:pretty|nice|good|shiny|new|clean|intact|in one piece|standing|perfect|tidy|long|many|any)(?: [\\w']+){0,3}?(?: (?:after|by|for long|much longer|tomorrow|tonight|in the morning))`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:garage|mechanic|repair|insurance|mot|service|weather|storm|old|rust|sun|kids)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    name: 'a-shame-if',
    need: ['shame', 'pity', 'tragedy', 'terrible', 'awful', 'sad', 'unfortunate'],
    re: rx(
      `(?:shame|pity|tragedy|terrible|awful|sad|unfortunate)(?: [\\w']+){0,2}? if (?:[\\w']+ ){1,5}?(?:(?:got|get|gets|were to get|was to get|ended up|went|go|goes|were|was)(?: [\\w']+)? (?:hurt|slashed|keyed|smashed|broken|burned|burnt|damaged|scratched|wrecked|stolen|lost|missing|loose|run over|hit|fired|sacked|leaked|posted|shared|around|public|viral|poisoned|injured|into an accident)|(?:got|get|gets|came|come|comes|leaked|slipped|were to get) out|had to explain|found out|find out|finds out|saw (?:them|these|those|it|this|the \\w+)|ran away|got run over)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      notAsked(s) &&
      !/\b(?:we|us)\b/.test(s.text.split(' if ')[1] ?? '') &&
      !/\b(?:weather|rain|snow|missed|miss|couldn't come|can't come|in the post|in the mail)\b/.test(
        s.text,
      ) &&
      !/\bfrom (?:someone|anyone|somebody|anybody) else\b|\bfrom (?:him|her|them|others|a stranger)\b|second ?hand/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    name: 'insurance',
    need: ['insurance', 'insured', 'cover'],
    re: rx(
      `hope (?:you|u)(?:'ve| have)?(?: got)? (?:good |decent |plenty of |enough |full |proper )?(?:insurance|cover)(?: on (?:that|your|ur|the) (?:\\w+ )?(?:car|van|house|flat|bike|place|windows?))?(?=\\s*(?:$|[.!,]|on (?:that|your|ur)))|hope (?:your|ur|that) (?:\\w+ )?(?:car|van|house|flat|bike|place)(?:'s| is) (?:well |fully )?insured`,
    ),
    accept: (s) => !/\b(?:trip|holiday|travel|flight|abroad|journey|health|pet insurance for)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    name: 'if-i-were-you-keep',
    need: ['keep', 'lock', 'bring'],
    re: rx(
      `(?:i'd|i would|you'd better|you had better|better|you should|you might want to)(?: \\w+)? (?:keep|lock|bring) (?:the|your|ur|that) (?:\\w+ )?(?:dog|cat|kids|children|doors?|windows?|car|bike|pets?|horse|sister|brother|mum|mom|boyfriend|girlfriend)(?: [\\w']+){0,2}? (?:inside|in|indoors|locked|locked up|close|closer|safe|away|on a lead)(?: [\\w']+){0,3}? if i (?:were|was) (?:you|u)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  // Their job, name, papers and livelihood.
  {
    name: 'get-you-fired',
    need: [
      'fired',
      'sacked',
      'arrested',
      'deported',
      'evicted',
      'struck',
      'kicked',
      'thrown',
      'banned',
      'expelled',
      'locked',
      'sectioned',
      'job',
      'badge',
    ],
    re: rx(
      `(?:${WILL}${FILLS}\\s+|make sure (?:you|u) )(?:get|have|see) (?:you|u|him|her|them|your \\w+) (?:fired|sacked|arrested|deported|evicted|struck off|kicked out|thrown out|banned|expelled|locked up|sectioned)|${WILL}${FILLS}\\s+have (?:your|ur|his|her) (?:job|badge|licence|license)(?= *(?:$|[.!,]|for this))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.job,
  },
  {
    name: 'nobody-will-hire-you',
    need: ['hire', 'employ', 'work', 'rent', 'done', 'finished', 'through'],
    re: rx(
      `(?:nobody|no one|noone|no-one|no \\w+)(?: in (?:this|the) \\w+)? (?:will|'ll|would|is going to|is gonna)(?: ever)? (?:hire|employ|work with|rent to) (?:you|u|him|her)|by the time i(?:'m| am) (?:done|finished|through) with (?:you|u|him|her|them)|(?:you|u)(?:'ll| will) never work (?:in (?:this|the) \\w+ )?again`,
    ),
    accept: calm,
    reason: REASON.job,
  },
  {
    name: 'easy-to-end-it',
    need: ['take', 'takes'],
    re: rx(
      `(?:wouldn't|would not|won't|doesn't|does not|didn't|don't) take much (?:for (?:${THEIR} ${THING}|you|u|him|her) to|to (?:ruin|end|destroy|wreck|finish|get (?:you|u|him|her)))|(?:all it takes|all it would take) is one (?:call|phone call|text|message|email|post|word|click)`,
    ),
    accept: calm,
    reason: REASON.job,
  },
  {
    name: 'one-call-and',
    need: ['call', 'email', 'text', 'message', 'post', 'word', 'click', 'tweet', 'letter', 'visit', 'phone'],
    re: rx(
      `\\bone (?:call|phone call|text|message|email|e-mail|post|word|click|tweet|letter|visit)(?: (?!and\\b)[\\w']+){0,4}? and (?:you(?:'re|'ll| are| will)?|your|ur|he(?:'s)?|she(?:'s)?|it's|that's|they(?:'re)?)\\b(?! (?:can|could|might) (?:talk|meet|sort))`,
    ),
    accept: (s) => calm(s) && !/\b(?:sorted|fixed|booked|done and dusted|help|helps|paid)\b/.test(s.text),
    reason: REASON.veiled,
  },
  // Exposure left hanging.
  {
    name: 'imagine-them-seeing',
    need: ['imagine', 'picture'],
    re: rx(
      `(?:imagine|picture)(?: if)? (?:${AUDIENCE}|he|she|they)(?:'s)?(?: [\\w']+)? (?:seeing|reading|hearing|finding|getting|saw|read|found|heard|got|face when)(?: (?:these|those|them|this|it|about|what|out|hold))?`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:proud|happy|pleased|smile|delighted|surprise|wedding|baby)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    name: 'could-send-to-anyone',
    need: ['send', 'post', 'show', 'share', 'forward', 'leak', 'upload'],
    re: rx(
      `\\bi(?: \\w+)? (?:could|can|might|may|'d|would|'ll) (?:easily |just |always )?(?:send|post|show|share|forward|leak|upload) (?:these|those|them|this|it|all of (?:it|them|this)|everything|the lot)(?: to)? (?:anyone|anybody|whoever|everyone|everybody|anywhere|online|wherever)(?! (?:you|u) (?:like|want|choose|say))`,
    ),
    accept: calm,
    reason: REASON.expose,
  },
  {
    name: 'maybe-i-post-them',
    need: ['post', 'send', 'show', 'share', 'leak', 'forward', 'upload'],
    re: rx(
      `(?:maybe|perhaps|might as well|i might|i may|i could)(?: i(?:'ll| will)?)? (?:post|send|show|share|leak|forward|upload) (?:them|it|those|these|the lot|everything)(?! (?:to|back to|over to) (?:you|u)\\b)`,
    ),
    accept: (s) =>
      calm(s) &&
      /\b(?:maybe (?:i )?(?:won't|not|i wont)|your choice|ur choice|your call|up to you|we'll see|or not|unless|or else|if (?:you|u) (?:don't|do not|won't|keep|ignore|block))\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    name: 'see-who-sees-them',
    need: ['keep', 'carry', 'ignoring', 'ignore', 'blocking'],
    re: rx(
      `(?:keep|carry on)(?: (?:\\w+ing))?(?: me| my \\w+)?(?: (?:then|like this|like that))? and (?:see|watch|you'll see|you will see|find out) (?:who|what|how|where)\\b|(?:keep|carry on) (?:testing|pushing|ignoring|blocking|trying) me and (?:find out|see|you'll see|watch)`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:practi[sc]ing|trying|working|going|studying|improve|better)\b/.test(
        s.text.replace(/trying me/, ''),
      ),
    reason: REASON.veiled,
  },
  {
    name: 'they-will-find-out',
    need: ['find', 'know', 'learn', 'hear', 'see'],
    re: rx(
      `(?:${AUDIENCE}|the whole (?:\\w+ )?(?:gc|group|school|office|town|family|chat|street|world|church))(?:'s| is| are|'re| will|'ll| would|'d)(?: (?:gonna|going to|about to|soon))? (?:find out|know|learn|hear|see|read)(?: (?:all|soon|eventually))? (?:everything|all about (?:you|u)|about (?:you|u|this|what)|what (?:you|u)|who (?:you|u)|the truth|how (?:you|u)|exactly what|what kind of)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      notAsked(s) &&
      !/\b(?:before|when you're ready|you (?:can|could|should) tell)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    name: 'ring-and-tell',
    need: ['ring', 'call', 'phone', 'email', 'text', 'message', 'contact', 'write', 'visit', 'go', 'turn'],
    re: rx(
      `${WILL}${FILLS}\\s+(?:ring|call|phone|email|text|message|contact|write to|visit|go to|go round to|turn up at) ${AUDIENCE}(?: [\\w']+){0,2}? and (?:tell|show|let) (?:them|her|him|everyone)(?: know)? (?:everything|what (?:you|u)|about (?:you|u)|the truth|exactly|all about|who (?:you|u))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.expose,
  },
  // Surveillance.
  {
    name: 'know-what-you-did',
    need: ['know'],
    re: rx(
      `\\bi know (?:what|who|where) (?:you|u)(?:'ve| have)? (?:did|done|were doing|was doing|got up to|were with|was with|went|were|was|are seeing|slept with|sleep with|met)(?: [\\w']+){0,3}? (?:last (?:night|weekend|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) night|at the \\w+|and (?:who|where|when)(?: with)?)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) && !/\b(?:was (?:because|wrong|right)|for me|to help|you told me|you said)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    name: 'your-light-was-on',
    need: ['light', 'lights', 'curtains', 'blinds', 'tv', 'telly', 'car', 'window', 'windows'],
    re: rx(
      `(?:your|ur) (?:\\w+ )?(?:light|lights|curtains|blinds|tv|telly|car|window|windows)(?: was| were|'s| is| are)? (?:still )?(?:on|off|open|closed|shut|drawn|parked|gone|back)(?: [\\w']+){0,3}? (?:late|last night|at (?:\\d|midnight|two|three|four|one)|tonight|this morning|again|all night|early|till|until)`,
    ),
    accept: (s) =>
      calm(s) &&
      !ARRANGED_PLAIN.test(s.text) &&
      !/\b(?:left|leave|forgot|you left|battery|handbrake)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    name: 'routine-tag-question',
    need: ["don't", "doesn't", "isn't", "aren't", "didn't", 'alone', 'own'],
    re: rx(
      `(?:you|u|he|she|they|(?:your|ur) (?:\\w+ )?(?:${PERSON}|dog|cat))(?: still| always| usually)? (?:walk|walks|leave|leaves|get|gets|go|goes|finish|finishes|drive|drives|run|runs|take|takes|park|parks|come|comes|cycle|cycles|jog|jogs|train|trains|catch|catches|lock|locks)(?: [\\w']+){1,6}?(?:,? (?:don't|doesn't|isn't|aren't|didn't|won't) (?:you|u|he|she|they|it)\\b| (?:alone|on (?:your|his|her|their) own|by (?:yourself|himself|herself|themselves))(?: [\\w']+){0,3}? (?:every|at night|on \\w+days|in the dark|late))`,
    ),
    accept: (s, m) =>
      calm(s) &&
      !ARRANGED_PLAIN.test(s.text) &&
      !/\b(?:can you|could you|would you|will you|shall i|should i|can i|could i)\b/.test(s.text) &&
      /\b(?:at \d|every|morning|night|evening|home|alone|own|yourself|himself|herself|route|\w+days|o'clock|same time|gym|work|school|bus|train|late|early|dog|park|dark)\b/.test(
        m[0],
      ),
    reason: REASON.watch,
  },
  {
    name: 'watched-you-leave',
    need: ['watched', 'saw', 'seen', 'clocked', 'spotted', 'noticed'],
    re: rx(
      `\\bi (?:watched|saw|seen|clocked|spotted|noticed) (?:you|u|him|her|them|(?:your|ur) \\w+)(?: \\w+)? (?:leave|leaving|arrive|arriving|get home|getting home|go into|going into|come out of|coming out of|get in|getting in|get out|getting out|walk|walking|lock|locking|park|parking|kiss|kissing|undress|getting changed)\\b(?: [\\w']+){0,6}`,
    ),
    accept: (s, m) =>
      calm(s) &&
      !CONCERN.test(s.text) &&
      !s.isQuestion &&
      (/^i watched/.test(m[0]) ||
        /\b(?:at (?:\d|half|quarter|ten|eleven|midnight)|half (?:past )?\w+|o'clock|last night|this morning|tonight|with (?:him|her|them|your)|your (?:work|house|flat|place|gym|office)|every|again)\b/.test(
          m[0],
        )),
    reason: REASON.watch,
  },
  {
    name: 'find-where-you-live',
    need: ['find', 'track', 'work', 'figure'],
    re: rx(
      `(?:i'll|i will|i can|i could|i'm going to|i'm gonna|i am going to|easy to|not hard to|won't take me long to) (?:find out|find|track down|work out|figure out) where (?:you|u|he|she|they|your \\w+)(?:'re| are|'s| is)? (?:live|lives|living|work|works|stay|staying|moved|sleep|are|is|hiding)`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.watch,
  },
  {
    name: 'know-you-are-in',
    need: ['know', 'see'],
    re: rx(
      `\\bi (?:know|can see) (?:you're|you are|ur|u r|you r|you) (?:in there|home|inside|in|awake|up|there)(?=\\s*(?:$|[.!,]|i can|so|open|answer|just))`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !/\b(?:busy|no rush|sorry to|hope|tired|rest|sleep well)\b/.test(s.text),
    reason: REASON.arrive,
  },
  // Arrival: being outside, waiting where they are.
  {
    name: 'i-am-outside',
    need: [
      'outside',
      'downstairs',
      'door',
      'window',
      'gate',
      'doorstep',
      'street',
      'road',
      'across',
      'corner',
      'drive',
      'driveway',
      'parked',
      'building',
    ],
    re: rx(
      `\\bi(?:'m| am) (?:right |just |now |already |still |sat |sitting |waiting |standing |here )?(?:outside|downstairs|at (?:your|ur) (?:front )?(?:door|window|gate)|on (?:your|ur) (?:doorstep|street|road|drive)|across the (?:road|street)|round the corner|in (?:your|ur) (?:street|road|drive|driveway|car park|building)|parked (?:outside|across(?: the (?:road|street))?|up|down the road|opposite|near(?: your| ur)? \\w+))(?: (?:from )?(?:your|ur) (?:house|flat|place|work|door|window|office|building|mum's|parents'|school|gym|new place|home))?(?: (?:now|rn|right now|again|already|tonight|as we speak))?(?=\\s*(?:$|[.!,]|and|watching|waiting|i can see|come out|open|answer|look))`,
    ),
    // A bare "I'm outside" is often a plea to come down (pressure); it is menace with their place named,
    // or with watching, waiting or "again".
    accept: (s, m) =>
      !ARRANGED.test(s.text) &&
      calm(s) &&
      notAsked(s) &&
      (!/^i(?:'m| am) (?:right |just |now |already |still |here )?(?:outside|downstairs)(?: (?:now|rn|right now|already|tonight|as we speak))?$/.test(
        m[0],
      ) ||
        /\b(?:watching|waiting|again|i can see|not leaving|not going anywhere|all night|every night)\b/.test(
          s.text,
        )),
    reason: REASON.arrive,
  },
  {
    name: 'look-out-of-the-window',
    need: ['look'],
    re: rx(
      `look (?:out of|out|outside|through) (?:of )?(?:your|ur) (?:front |bedroom |kitchen )?(?:window|door|curtains)(?=\\s*(?:$|[.!,]))`,
    ),
    accept: (s) =>
      !CONCERN.test(s.text) &&
      !SURPRISE.test(s.text) &&
      !/\b(?:moon|rainbow|sunset|stars|fireworks|beautiful|pretty|sky)\b/.test(s.text),
    reason: REASON.arrive,
  },
  {
    name: 'will-be-waiting',
    need: ['waiting', 'outside', 'there', 'parked', 'sat', 'sitting', 'standing', 'at'],
    re: rx(
      `\\bi(?:'ll| will|'m going to|'m gonna| am going to| shall)(?: \\w+)? be (?:waiting|outside|there|parked|sat|sitting|standing|at (?:your|ur) (?:door|work|office|gym|house|flat|place))(?: for (?:you|u))?(?: [\\w']+){0,3}? (?:(?:at|outside|by|near) (?:your|ur) (?:work|office|house|flat|place|door|gym|school|mum's|parents'|car|building|new place|job|class|home)|(?:after|when) (?:your|ur) (?:shift|work|class|gym|lesson|practice)|(?:every|each) (?:night|day|morning|evening)|until (?:you|u) (?:talk|answer|reply|open|let me|see me|come out|speak|pick up))|\\bi(?:'ll| will|'m going to|'m gonna| am going to)(?: \\w+)? be (?:at|outside|on) (?:your|ur) (?:front )?(?:door|doorstep|window|work|house|flat|place|office|gym)(?: (?:tonight|tomorrow|soon|later|in the morning|first thing|every \\w+))?(?=\\s*(?:$|[.!,]))`,
    ),
    negatable: true,
    accept: (s) => !ARRANGED.test(s.text) && calm(s) && notAsked(s),
    reason: REASON.arrive,
  },
  {
    name: 'whether-you-like-it',
    need: ['whether', 'like'],
    re: rx(
      `(?:coming|come|over|round|there|turn up|show up|see you|be at|visit|be outside|on my way|be seeing you|i'll be)(?: [\\w']+){0,6}?,? whether (?:you|u) like it or not|whether (?:you|u) like it or not,? (?:i(?:'m| am|'ll| will))`,
    ),
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.arrive,
  },
  {
    name: 'dont-be-surprised',
    need: ['surprised'],
    re: rx(
      `(?:don't|do not) be surprised (?:if|when) (?:i|you see me|i'm|something|things|your \\w+|people|everyone)(?: [\\w']+)? (?:turn up|show up|come|appear|am|'m|happens?|finds? out|knows?|hear|see|turns? up|shows? up|at your|outside)`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:card|present|gift|flowers|parcel|letter|bill|invoice|email)\b/.test(s.text),
    reason: REASON.veiled,
  },
  // Consequences left unsaid.
  {
    name: 'wont-end-well',
    need: ["won't", 'wont', 'not', "isn't", "aren't"],
    re: rx(
      `(?:this|it|that|things)(?:'s| is| are|'re)? (?:won't|wont|will not|isn't going to|is not going to|not going to|aren't going to|are not going to|ain't going to|not gonna) end well for (?:you|u|him|her|them|your|ur|either of)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    name: 'whats-coming',
    need: ['idea', 'know', 'see', 'clue'],
    re: rx(
      `(?:you|u)(?: have| got|'ve got| ain't got)? (?:no idea|not a clue|no clue) what(?:'s| is) (?:coming|about to happen|in store|going to happen|gonna happen|heading your way)|(?:you|u) (?:don't|do not) (?:know|see) what(?:'s| is) coming|(?:you|u)(?:'ll| will)? (?:won't|will not|never) see (?:it|me|this) coming`,
    ),
    accept: (s) => calm(s) && !SURPRISE.test(s.text),
    reason: REASON.veiled,
  },
  {
    name: 'remember-last-time',
    need: ['remember', 'know', 'forget', 'forgotten'],
    re: rx(
      `(?:remember|you know|don't forget|you remember|have you forgotten|you've forgotten) what happen(?:ed|s) (?:the )?(?:last time|when|if) (?:you|u|he|she|someone|anyone|people)\\b`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:laughed|funny|fun|party|night out|drunk|hangover|holiday|trip)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    name: 'about-to-get-bad',
    need: ['about', 'going', 'gonna'],
    re: rx(
      `(?:things|it|this|life|your life|everything)(?:'s| is| are|'re) (?:about to|going to|gonna) (?:get|turn|become) (?:very |really |pretty |real |a lot |so )?(?:ugly|nasty|messy|bad|worse|complicated|uncomfortable|dangerous|unpleasant|interesting|hell|a nightmare|a lot worse) for (?:you|u|him|her|them|your|ur)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    name: 'find-out-what-i-do',
    need: ['find', 'know', 'see'],
    re: rx(
      `(?:want|wanna|going|like|care) to (?:find out|know|see) what (?:i(?:'ll| will| would|'d| can| could| might| am| 'm)|happens)(?: do| capable of| like)?|(?:don't|do not) (?:want to|wanna) (?:find out|know|see) what (?:i(?:'ll| will| would|'d| can| could| might| am| 'm|'m capable of)|happens)`,
    ),
    accept: (s) =>
      calm(s) &&
      !SURPRISE.test(s.text) &&
      !/\b(?:next|plan|planning|decide|decision|menu|dinner|cook|weekend)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    name: 'enemy-of-me',
    need: ['enemy', 'side', 'cross', 'test', 'push', 'mess'],
    re: rx(
      `(?:don't|do not|wouldn't|would not|really don't) (?:want to|wanna) (?:make an enemy of me|have me as an enemy|get on my bad side|see my bad side|see (?:that|the other) side of me|cross me|test me|push me|mess with me)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    name: 'done-being-nice',
    need: ['done', 'finished', 'through'],
    re: rx(
      `\\bi(?:'m| am) (?:so )?(?:done|finished|through) (?:being|playing) (?:nice|polite|patient|reasonable|the nice guy|the good guy|fair|civil|understanding)(?: (?:to|with) (?:you|u))?(?=\\s*(?:$|[.!,]|now|from now))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    name: 'know-what-i-am-capable-of',
    need: ['capable'],
    re: rx(
      `(?:you|u) (?:know|remember|have seen|'ve seen|saw|seen) (?:exactly )?what i(?:'m| am) capable of(?=\\s*(?:$|[.!,]|so|don't|and))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    name: 'there-will-be-consequences',
    need: ['consequences', 'repercussions', 'price', 'hell'],
    re: rx(
      `there(?: will|'ll|'d| would| is going to| are going to| are gonna| is gonna) be (?:serious |real |big )?(?:consequences|repercussions|hell to pay|a price to pay)(?! (?:for (?:me|us|my|our|both)|at work|if i))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    name: 'not-over-yet',
    need: ['over'],
    re: rx(
      `(?:this|it|that|its)(?:'s| is)? (?:not|isn't|is not|ain't|'s not|is far from|'s far from) over(?=\\s*(?:$|[.!]|not by|by a long|not even close|until i say|till i say|by any means|trust me|believe me|mark my words))`,
    ),
    accept: (s, m) =>
      calm(s) &&
      !/\b(?:hope|feel|think|pretend|wish|us|between us|for me|love|still love|yet|we|our)\b/.test(
        s.text.slice(0, m.index) + s.text.slice(m.index + m[0].length),
      ) &&
      !/\b(?:love|miss|us|we|together|our|sorry|forgive)\b/.test(s.previous),
    reason: REASON.veiled,
  },
  // The children.
  {
    name: 'never-find-us',
    need: ['never', 'find', 'see'],
    re: rx(
      `(?:you|u)(?:'ll| will|'re going to| are going to| are gonna|'re gonna)? never (?:find|see|get to see|hold) (?:us|the kids|the children|your (?:kids|children|son|daughter|baby|boys|girls)|our (?:kids|children|son|daughter|baby|boys|girls))(?: again)?`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !/\b(?:hide and seek|hiding|game|grown up|grow up so fast)\b/.test(s.text),
    reason: REASON.kids,
  },
];

/** Words of a previous sentence that name where they are, what they do, or material against them. */
export const THREAT_PREVIOUS_GATE =
  /\b(?:where (?:you|u|he|she) (?:live|lives|work|works|stay|stays|moved)|your (?:new )?(?:address|work|office|flat|house|place|gym|school|street|road|shift|routine|car)|photos|pics|pictures|nudes|videos|screenshots|recordings|found you|tracked|watching)\b/;

/** A previous sentence that names their place, routine or private material, from the writer now. */
const PREVIOUS_TARGET =
  /\bi(?:'ve| have)? (?:know|knew|found|found out|tracked down|worked out|figured out|got|have|still have|kept|saw|seen|watched|know exactly)\b[^.!?]{0,60}?\b(?:where (?:you|u|he|she) (?:live|lives|work|works|stay|stays|moved)|(?:your|ur) (?:new )?(?:address|work|office|flat|house|place|gym|school|street|road|shift|routine|car)|photos|pics|pictures|nudes|videos|screenshots|recordings)\b/;
/** What follows it that turns it into menace: arrival, or a choice left to them. */
const NEXT_MENACE = rx(
  alt([
    'see (?:you|u|ya) (?:soon|there|tonight|later|then|around|real soon|very soon)',
    "i(?:'ll| will) be (?:there|waiting|round|seeing you|in touch|watching)",
    "i(?:'m| am) (?:on my way|coming(?: over| round| for you)?|nearby|close|not far)",
    'expect me',
    'be seeing (?:you|u)',
    "(?:you'll|you will) see me",
    "i(?:'ll| will) (?:pop|drop|swing) (?:by|round|in)",
    'your (?:call|choice|move)',
    'up to you',
    'think about (?:it|that)',
    'tick tock',
    'just saying',
    'just so (?:you|u) know',
    "(?:don't|do not) forget (?:it|that)",
    'remember that',
    'sleep (?:well|tight)',
  ]),
);

/** "I know where you work now. See you soon.": the second sentence is menace only after the first. */
export function threatAcrossSentences(s: Sentence, suggestion: string): Hit[] {
  const prev = s.previous;
  if (!prev) return [];
  const target = PREVIOUS_TARGET.exec(prev);
  if (!target) return [];
  const before = prev.slice(0, target.index);
  if (deniedIn(before.slice(-40)) || reportedIn(`${before.slice(-60)} `)) return [];
  if (
    ARRANGED.test(prev) ||
    ARRANGED.test(s.text) ||
    /\b(?:send|sending|post (?:it|them) back|return|delete|deleted|give (?:them|it) back)\b/.test(prev)
  )
    return [];
  if (s.isQuestion || !calm(s)) return [];
  NEXT_MENACE.lastIndex = 0;
  const m = NEXT_MENACE.exec(s.text);
  if (!m) return [];
  return [{ start: m.index, end: m.index + m[0].length, reason: REASON.veiled, suggestion }];
}
