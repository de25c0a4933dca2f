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
import { alt, deniedIn, JOKE, reportedIn, rx, type SafetyPattern, words } from './lib.js';
import {
  AUDIENCE,
  FILL,
  THEIR_PERSON,
  THREAT_REASON,
  WILL,
  THEY_VEILED as THEY,
  FUTURE_VEILED as FUTURE,
  THING_VEILED as THING,
  VICTIM_VEILED as VICTIM,
  THEIR_VEILED as THEIR,
  ARRANGED_VEILED as ARRANGED,
  LEAVE_OK_VEILED as LEAVE_OK,
  ARRANGED_PLAIN_VEILED as ARRANGED_PLAIN,
  CONCERN_VEILED as CONCERN,
  FOOD_JOKE_VEILED as FOOD_JOKE,
  SURPRISE_VEILED as SURPRISE,
  CONDITION_VEILED as CONDITION,
} from './threat.list.js';

const FILLS = `${FILL}{0,2}`;

const REASON = THREAT_REASON;

const calm = (s: Sentence): boolean => !JOKE.test(s.text) && !FOOD_JOKE.test(s.text);
const notAsked = (s: Sentence): boolean => !s.isQuestion;

export const VEILED_PATTERNS: readonly SafetyPattern[] = [
  // Harm: a bounded gap between the act and whom or what it lands on.
  {
    // harm-every-bone
    need: words('break|smash|slash|kick|put|burn|knock|punch|snap|rip|cut|key'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:break|smash|slash|kick|put|burn|knock|punch|snap|rip|cut|key) (?:in |out |through )?(?:every|each|all|both|one of|the|a) (?:\\w+ )?(?:bones?|windows?|tyres?|tires?|tooth|teeth|fingers?|legs?|arms?|ribs?|brick|rock|stone|panels?|mirrors?|lights?|plates?|doors?|side|inch)(?: [\\w']+){0,2}? (?:in|of|on|at|through|off) (?:${THEIR} ${THING}|you|u|him|her|them)`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  {
    // harm-knock-out
    need: words('knock|deck|lamp|batter|beat|smack|thump|belt|glass|bottle|floor|twat'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:(?:deck|lamp|thump|glass|bottle|floor|smack|twat) ${VICTIM}(?: out| senseless| silly| into next week| to a pulp| black and blue)?|knock ${VICTIM} (?:out|senseless|into next week|flat|spark out|unconscious)|(?:beat|batter|belt) ${VICTIM} (?:up|senseless|to a pulp|black and blue|into next week|unconscious))(?! (?:at|in (?:a|the) (?:game|race|match)))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  {
    // harm-make-disappear
    need: words('disappear|vanish|suffer|bleed|beg|cry|scream|pay'),
    re: rx(
      `${WILL}${FILLS}\\s+make (?:you|u|him|her|them|${THEIR} ${THING}) (?:disappear|vanish|suffer|bleed|beg|scream|pay)(?! (?:for (?:the|dinner|it|half|your|lunch|a)|back))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  {
    // put-through-the-window
    need: words('put|throw|shove|push|chuck|send'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:put|throw|shove|push|chuck|send) (?:you|u|him|her|them|your \\w+|ur \\w+) (?:through|out of|down|off|into) (?:a|the|that|this|your|ur|his|her) (?:\\w+ )?(?:window|windows|wall|windscreen|glass door|patio door|table|stairs|balcony|hospital|ground|river|canal)`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  {
    // leaving-in-an-ambulance: how they will leave, told before they come ("he's leaving in an ambulance").
    need: words('leaving|leave|going|go|coming|come|carried|walking|walk|limping'),
    re: rx(
      `(?:he|she|they|you|u|your \\w+|ur \\w+|his \\w+|her \\w+)(?:'s| is|'ll| will|'re| are|'ll be| will be| is going to be| are going to be|'s going to be|'re going to be| is gonna be| are gonna be| gonna be)? (?:leaving|leave|going home|go home|going back|go back|coming out|come out|carried out|walking out|walk out|limping out|limping home) (?:of (?:there|here|mine|my house|my place) )?(?:in|on|with) (?:an ambulance|the back of an ambulance|a stretcher|a body bag|a box|a wheelchair|crutches|a neck brace)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      notAsked(s) &&
      CONDITION.test(s.text) &&
      !/\b(?:hospital (?:said|says)|doctors?|nurses?|paramedics?|operation|surgery|accident|fell|fall|crash|discharged|recover\w*|hope (?:he|she|they|you)|get well|poor)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // getting-torched: the thing of theirs or of someone close to them that "is getting torched" if.
    need: words('torched|burned|burnt|smashed|trashed|wrecked|keyed|slashed|done'),
    re: rx(
      `(?:it's|its|it is|it'll be|it will be|that's|that is|they're|they are|it's going to be|it's gonna be|it'll|it will) (?:getting|get|going to get|gonna get|be getting)(?: (?:fucking|well|properly|totally))? (?:torched|burned|burnt|smashed(?: up| in)?|trashed|wrecked|keyed|slashed|done in)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      notAsked(s) &&
      /\bif (?:i|you|u|he|she|they)\b|\bagain\b|\bnext time\b|\bor\b/.test(s.text) &&
      /\b(?:your|ur|his|her|their|that|you|u|he|she|they)\b/.test(s.text) &&
      !/\b(?:bonfire|rubbish|garden waste|weeds|the old|recycling|scrap|the tip|skip|leaves|sofa|mattress|sun|sunburn|sunburnt|in the oven|toast|dinner|bbq|barbecue)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // not-in-one-piece: leaving, getting there or walking away, denied "in one piece".
    need: words('piece'),
    re: rx(
      `(?:^|(?:(?:nobody|no one|noone)(?: [\\w']+){0,7}?|(?:you|u|he|she|they|your \\w+|ur \\w+)(?:'ll| will|'re| are| is|'s)? (?:never|won't|will not|not|ain't|isn't|aren't|is not|are not|not going to|not gonna|doesn't|don't|does not|do not)(?: \\w+){0,4}?) (?:walk|walks|walking|get|gets|getting|come|comes|coming|leave|leaves|leaving|go|goes|going|make it|makes it|get out|gets out|get home|gets home|get away|gets away|get on)(?: [\\w']+){0,4}? )(?:not )?in one piece`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:weather|snow|ice|icy|storm|fog|traffic|roads?|motorway|driving|drive|tyres?|brakes|that car|van|bike|flight|parcel|package|post|delivery|courier|vase|cake|box|glass|hope|hopefully|glad|made it)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  // Harm foretold as an outcome for them.
  {
    // outcome-for-them
    need: words('get|be|end|wind|walking|need|needing|getting'),
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
    // property-wont-look
    need: words("won't|wont|not|long"),
    re: rx(
      `${THEIR} (?:car|van|bike|motorbike|truck|house|flat|place|windows?|tyres|tires|door|garden|face|paintwork|paint)(?:'s| is| are|'re)? (?:won't|wont|will not|isn't going to|is not going to|aren't going to|not gonna) (?:look|be|stay|last|have)(?: so| as| very| that| much)? (?:pretty|nice|good|shiny|new|clean|intact|in one piece|standing|perfect|tidy|long|many|any)(?: [\\w']+){0,3}?(?: (?:after|by|for long|much longer|tomorrow|tonight|in the morning))`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:garage|mechanic|repair|insurance|mot|service|weather|storm|old|rust|sun|kids)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // a-shame-if
    need: words('shame|pity|tragedy|terrible|awful|sad|unfortunate'),
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
    // insurance
    need: words('insurance|insured|cover'),
    re: rx(
      `hope (?:you|u)(?:'ve| have)?(?: got)? (?:good |decent |plenty of |enough |full |proper )?(?:insurance|cover)(?: on (?:that|your|ur|the) (?:\\w+ )?(?:car|van|house|flat|bike|place|windows?))?(?=\\s*(?:$|[.!,]|on (?:that|your|ur)))|hope (?:your|ur|that) (?:\\w+ )?(?:car|van|house|flat|bike|place)(?:'s| is) (?:well |fully )?insured|hope (?:he|she|they|he's|she's|they've|your \\w+|ur \\w+|that \\w+)(?:'s| has|'ve| have)?(?: got)? (?:good |decent |plenty of |enough |full |proper )?(?:health |medical |dental |life )?insurance(?=\\s*(?:$|[.!,]))`,
    ),
    accept: (s) =>
      !/\b(?:trip|holiday|travel|flight|abroad|journey|pet insurance for|nhs|waiting|operation|surgery|appointment|treatment|doctors?|hospital|op|ill|sick|poorly|cancer|diagnos\w*)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // if-i-were-you-keep
    need: words('keep|lock|bring'),
    re: rx(
      `(?:i'd|i would|you'd better|you had better|better|you should|you might want to)(?: \\w+)? (?:keep|lock|bring) (?:the|your|ur|that) (?:\\w+ )?(?:dog|cat|kids|children|doors?|windows?|car|bike|pets?|horse|sister|brother|mum|mom|boyfriend|girlfriend)(?: [\\w']+){0,2}? (?:inside|in|indoors|locked|locked up|close|closer|safe|away|on a lead)(?: [\\w']+){0,3}? if i (?:were|was) (?:you|u)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  // Their job, name, papers and livelihood.
  {
    // get-you-fired
    need: words(
      'fired|sacked|arrested|deported|evicted|struck|kicked|thrown|banned|expelled|locked|sectioned|job|badge',
    ),
    re: rx(
      `(?:${WILL}${FILLS}\\s+|make sure (?:you|u) )(?:get|have|see) (?:you|u|him|her|them|your \\w+) (?:fired|sacked|arrested|deported|evicted|struck off|kicked out|thrown out|banned|expelled|locked up|sectioned)|${WILL}${FILLS}\\s+have (?:your|ur|his|her) (?:job|badge|licence|license)(?= *(?:$|[.!,]|for this))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.job,
  },
  {
    // nobody-will-hire-you
    need: words('hire|employ|work|rent|done|finished|through'),
    re: rx(
      `(?:nobody|no one|noone|no-one|no \\w+)(?: in (?:this|the) \\w+)? (?:will|'ll|would|is going to|is gonna)(?: ever)? (?:hire|employ|work with|rent to) (?:you|u|him|her)|by the time i(?:'m| am) (?:done|finished|through) with (?:you|u|him|her|them)|(?:you|u)(?:'ll| will) never work (?:in (?:this |the )?\\w+(?: \\w+)? )?again`,
    ),
    accept: calm,
    reason: REASON.job,
  },
  {
    // easy-to-end-it
    need: words('take|takes'),
    re: rx(
      `(?:wouldn't|would not|won't|doesn't|does not|didn't|don't) take much (?:for (?:${THEIR} ${THING}|you|u|him|her) to|to (?:ruin|end|destroy|wreck|finish|get (?:you|u|him|her)))|(?:all it takes|all it would take) is one (?:call|phone call|text|message|email|post|word|click)`,
    ),
    accept: calm,
    reason: REASON.job,
  },
  {
    // one-call-and
    need: words('call|email|text|message|post|word|click|tweet|letter|visit|phone'),
    re: rx(
      `\\bone (?:call|phone call|text|message|email|e-mail|post|word|click|tweet|letter|visit)(?: (?!and\\b)[\\w']+){0,4}? and (?:you(?:'re|'ll| will| are)?|your|ur|he(?:'s)?|she(?:'s)?|it's|that's|they(?:'re)?)\\b(?! (?:can|could|might) (?:talk|meet|sort))`,
    ),
    accept: (s) => calm(s) && !/\b(?:sorted|fixed|booked|done and dusted|help|helps|paid)\b/.test(s.text),
    reason: REASON.veiled,
  },
  // Exposure left hanging.
  {
    // imagine-them-seeing
    need: words('imagine|picture'),
    re: rx(
      `(?:imagine|picture)(?: if)? (?:${AUDIENCE}|he|she|they)(?:'s)?(?: [\\w']+)? (?:seeing|reading|hearing|finding|getting|saw|read|found|heard|got|face when)(?: (?:these|those|them|this|it|about|what|out|hold))?`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:proud|happy|pleased|smile|delighted|surprise|wedding|baby)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // could-send-to-anyone
    need: words('send|post|show|share|forward|leak|upload'),
    re: rx(
      `\\bi(?: \\w+)? (?:could|can|might|may|'d|would|'ll) (?:easily |just |always )?(?:send|post|show|share|forward|leak|upload) (?:these|those|them|this|it|all of (?:it|this|them)|everything|the lot)(?: to)? (?:anyone|anybody|whoever|everyone|everybody|anywhere|online|wherever)(?! (?:you|u) (?:like|want|choose|say))`,
    ),
    accept: calm,
    reason: REASON.expose,
  },
  {
    // maybe-i-post-them
    need: words('post|send|show|share|leak|forward|upload'),
    re: rx(
      `(?:maybe|perhaps|might as well|i might|i may|i could)(?: i(?:'ll| will)?)? (?:send|post|show|share|forward|leak|upload) (?:them|it|those|these|the lot|everything)(?! (?:to|back to|over to) (?:you|u)\\b)`,
    ),
    accept: (s) =>
      calm(s) &&
      /\b(?:maybe (?:i )?(?:won't|not|i wont)|your choice|ur choice|your call|up to you|we'll see|or not|unless|or else|if (?:you|u) (?:don't|do not|won't|keep|ignore|block))\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // see-who-sees-them
    need: words('keep|carry|ignoring|ignore|blocking'),
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
    // they-will-find-out
    need: words('find|know|learn|hear|see'),
    re: rx(
      `(?:${AUDIENCE}|the whole (?:\\w+ )?(?:gc|group|school|office|town|family|chat|street|world|church))(?:'s| is| are|'re| will|'ll| would|'d)(?: (?:gonna|going to|about to|soon))? (?:know|see|find out|hear|learn|read)(?: (?:all|soon|eventually))? (?:everything|all about (?:you|u)|about (?:you|u|this|what)|what (?:you|u)|who (?:you|u)|the truth|how (?:you|u)|exactly what|what kind of)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      notAsked(s) &&
      !/\b(?:before|when you're ready|you (?:can|could|should) tell)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // ring-and-tell
    need: words('ring|call|phone|email|text|message|contact|write|visit|go|turn'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:ring|call|phone|email|text|message|contact|write to|visit|go to|go round to|turn up at) ${AUDIENCE}(?: [\\w']+){0,2}? and (?:tell|show|let) (?:them|her|him|everyone)(?: know)? (?:everything|what (?:you|u)|about (?:you|u)|the truth|exactly|all about|who (?:you|u)|(?:that )?(?:you|u)(?:'re| are| were|'ve| have| had| did| stole| cheated| lied| hit| took))`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.expose,
  },
  // Surveillance.
  {
    // know-what-you-did
    need: words('know'),
    re: rx(
      `\\bi know (?:what|who|where) (?:you|u)(?:'ve| have)? (?:did|done|were doing|was doing|got up to|were with|was with|went|were|was|are seeing|slept with|sleep with|met)(?: [\\w']+){0,3}? (?:last (?:night|weekend|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) night|at the \\w+|and (?:who|where|when)(?: with)?)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) && !/\b(?:was (?:because|wrong|right)|for me|to help|you told me|you said)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // your-light-was-on
    need: words('light|lights|curtains|blinds|tv|telly|car|window|windows'),
    re: rx(
      `(?:your|ur) (?:\\w+ )?(?:light|lights|curtains|blinds|tv|telly|car|window|windows)(?: was| were|'s| is| are| has been| have been|'s been)? (?:still )?(?:on|off|open|closed|shut|drawn|parked|gone|back)(?: [\\w']+){0,3}? (?:late|last night|at (?:\\d|midnight|two|three|four|one)|tonight|this morning|again|all night|early|till|until|lately|a lot lately|every night)`,
    ),
    accept: (s) =>
      calm(s) &&
      !ARRANGED_PLAIN.test(s.text) &&
      !/\b(?:left|leave|forgot|you left|battery|handbrake)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // routine-tag-question
    need: words("don't|doesn't|isn't|aren't|didn't|alone|own"),
    re: rx(
      `(?:you|u|he|she|they|${THEIR_PERSON})(?: still| always| usually)? (?:walk|walks|leave|leaves|get|gets|go|goes|finish|finishes|drive|drives|run|runs|take|takes|park|parks|come|comes|cycle|cycles|jog|jogs|train|trains|catch|catches|lock|locks)(?: [\\w']+){1,6}?(?:,? (?:don't|doesn't|isn't|aren't|didn't|won't) (?:you|u|he|she|they|it)\\b| (?:alone|on (?:your|his|her|their) own|by (?:yourself|himself|herself|themselves))(?: [\\w']+){0,3}? (?:every|at night|on \\w+days|in the dark|late))`,
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
    // watched-you-leave
    need: words('watched|saw|seen|clocked|spotted|noticed'),
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
    // find-where-you-live
    need: words('find|track|work|figure'),
    re: rx(
      `(?:i'll|i will|i can|i could|i'm going to|i'm gonna|i am going to|easy to|not hard to|won't take me long to) (?:find out|find|track down|work out|figure out) where (?:you|u|he|she|they|your \\w+)(?:'s| is| are|'re)? (?:live|lives|living|work|works|stay|staying|moved|sleep|are|is|hiding)`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.watch,
  },
  {
    // know-you-are-in
    need: words('know|see'),
    re: rx(
      `\\bi (?:know|can see) (?:you're|you are|ur|u r|you r|you) (?:in there|home|inside|in|awake|up|there)(?=\\s*(?:$|[.!,]|i can|so|open|answer|just))`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !/\b(?:busy|no rush|sorry to|hope|tired|rest|sleep well)\b/.test(s.text),
    reason: REASON.arrive,
  },
  // Arrival: being outside, waiting where they are.
  {
    // i-am-outside
    need: words(
      'outside|downstairs|door|window|gate|doorstep|street|road|across|corner|drive|driveway|parked|building',
    ),
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
    // look-out-of-the-window
    need: words('look'),
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
    // will-be-waiting
    need: words('waiting|outside|there|parked|sat|sitting|standing|at'),
    re: rx(
      `\\bi(?:'ll| will|'m going to|'m gonna| am going to| shall)(?: \\w+)? be (?:waiting|outside|there|parked|sat|sitting|standing|at (?:your|ur) (?:door|work|office|gym|house|flat|place))(?: for (?:you|u))?(?: [\\w']+){0,3}? (?:(?:at|outside|by|near) (?:your|ur) (?:work|office|house|flat|place|door|gym|school|mum's|parents'|car|building|new place|job|class|home)|(?:after|when) (?:your|ur) (?:shift|work|class|gym|lesson|practice)|(?:every|each) (?:night|day|morning|evening)|until (?:you|u) (?:talk|answer|reply|open|let me|see me|come out|speak|pick up))|\\bi(?:'ll| will|'m going to|'m gonna| am going to)(?: \\w+)? be (?:at|outside|on) (?:your|ur) (?:front )?(?:door|doorstep|window|work|house|flat|place|office|gym)(?: (?:tonight|tomorrow|soon|later|in the morning|first thing|every \\w+))?(?=\\s*(?:$|[.!,]))`,
    ),
    negatable: true,
    accept: (s) => !ARRANGED.test(s.text) && calm(s) && notAsked(s),
    reason: REASON.arrive,
  },
  {
    // whether-you-like-it
    need: words('whether|like'),
    re: rx(
      `(?:coming|come|over|round|there|turn up|show up|see you|be at|visit|be outside|on my way|be seeing you|i'll be)(?: [\\w']+){0,6}?,? whether (?:you|u) like it or not|whether (?:you|u) like it or not,? (?:i(?:'m| am|'ll| will))`,
    ),
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.arrive,
  },
  {
    // dont-be-surprised
    need: words('surprised'),
    re: rx(
      `(?:don't|do not) be surprised (?:if|when) (?:(?:i|you see me|i'm|something|things|people|everyone)(?: [\\w']+)? (?:turn up|show up|come|appear|am|'m|happens?|finds? out|knows?|hear|see|turns? up|shows? up|at your|outside)|(?:your|ur|his|her) (?:\\w+ )?(?:car|van|bike|tyres|tires|windows?|house|flat|door|dog|cat|boss|job|mum|mom|dad|family|friends|boyfriend|girlfriend|stuff|things|photos|pics)\\b)`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:card|present|gift|flowers|parcel|letter|bill|invoice|email)\b/.test(s.text),
    reason: REASON.veiled,
  },
  // Consequences left unsaid.
  {
    // wont-end-well
    need: words("won't|wont|not|isn't|aren't"),
    re: rx(
      `(?:this|it|things|that)(?:'s| is| are|'re)? (?:won't|wont|will not|isn't going to|is not going to|not going to|aren't going to|are not going to|ain't going to|not gonna) end well for (?:you|u|him|her|them|your|ur|either of)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // whats-coming
    need: words('idea|know|see|clue'),
    re: rx(
      `(?:you|u)(?: have| got|'ve got| ain't got)? (?:no idea|not a clue|no clue) what(?:'s| is) (?:coming|about to happen|in store|going to happen|gonna happen|heading your way)|(?:you|u) (?:don't|do not) (?:know|see) what(?:'s| is) coming|(?:you|u)(?:'ll| will)? (?:won't|will not|never) see (?:it|me|this) coming`,
    ),
    accept: (s) => calm(s) && !SURPRISE.test(s.text),
    reason: REASON.veiled,
  },
  {
    // remember-last-time
    need: words('remember|know|forget|forgotten'),
    re: rx(
      `(?:remember|you know|don't forget|you remember|have you forgotten|you've forgotten) what happen(?:ed|s) (?:the )?(?:last time|when|if) (?:you|u|he|she|someone|anyone|people)\\b`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:laughed|funny|fun|party|night out|drunk|hangover|holiday|trip)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // about-to-get-bad
    need: words('about|going|gonna'),
    re: rx(
      `(?:things|it|this|life|your life|everything)(?:'s| is| are|'re) (?:going to|gonna|about to) (?:get|turn|become) (?:very |really |pretty |real |a lot |so )?(?:ugly|nasty|messy|bad|worse|complicated|uncomfortable|dangerous|unpleasant|interesting|hell|a nightmare|a lot worse) for (?:you|u|him|her|them|your|ur)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // find-out-what-i-do
    need: words('find|know|see'),
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
    // enemy-of-me
    need: words('enemy|side|cross|test|push|mess'),
    re: rx(
      `(?:don't|do not|wouldn't|would not|really don't) (?:want to|wanna) (?:make an enemy of me|have me as an enemy|get on my bad side|see my bad side|see (?:that|the other) side of me|cross me|test me|push me|mess with me)`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // done-being-nice
    need: words('done|finished|through'),
    re: rx(
      `\\bi(?:'m| am) (?:so )?(?:done|finished|through) (?:being|playing) (?:nice|polite|patient|reasonable|the nice guy|the good guy|fair|civil|understanding)(?: (?:to|with) (?:you|u))?(?=\\s*(?:$|[.!,]|now|from now))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // know-what-i-am-capable-of
    need: words('capable'),
    re: rx(
      `(?:you|u) (?:know|remember|have seen|'ve seen|saw|seen) (?:exactly )?what i(?:'m| am) capable of(?=\\s*(?:$|[.!,]|so|don't|and))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // there-will-be-consequences
    need: words('consequences|repercussions|price|hell'),
    re: rx(
      `there(?: will|'ll|'d| would| is going to| are going to| are gonna| is gonna) be (?:serious |real |big )?(?:consequences|repercussions|hell to pay|a price to pay)(?! (?:for (?:me|us|my|our|both)|at work|if i))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // not-over-yet
    need: words('over'),
    re: rx(
      `(?:(?:this|it|that|its)(?:'s| is)? (?:not|isn't|is not|ain't|'s not|is far from|'s far from) over(?=\\s*(?:[.!,]*\\s*(?:not by|by a long|not even close|until i say|till i say|by any means|trust me|believe me|mark my words)))|this (?:isn't|is not|ain't|is far from) over(?=\\s*(?:$|[.!])))`,
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
    // never-find-us
    need: words('never|find|see'),
    re: rx(
      `(?:you|u)(?:'ll| will|'re going to| are going to| are gonna|'re gonna)? never (?:find|see|get to see|hold) (?:us|the kids|the children|your (?:kids|children|son|daughter|baby|boys|girls)|our (?:kids|children|son|daughter|baby|boys|girls))(?: again)?`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !/\b(?:hide and seek|hiding|game|grown up|grow up so fast)\b/.test(s.text),
    reason: REASON.kids,
  },
  // Seen out and about, with a marker that makes it watching: "small world", "again", "late".
  {
    // saw-you-at
    need: words('saw|seen|spotted|clocked|noticed'),
    re: rx(
      `(?:\\bi )?(?:saw|seen|spotted|clocked|noticed) (?:you|u|him|her|your \\w+|ur \\w+)(?: \\w+)? (?:at|in|outside|near|with|coming|going|leaving|on|came|come|got|get|went|left)\\b(?: [\\w']+){0,6}`,
    ),
    accept: (s, m) =>
      calm(s) &&
      !CONCERN.test(s.text) &&
      !/\b(?:post|posted|photo|pic|picture|insta|facebook|story|news|tv|on the telly|kids looked|looked (?:happy|well|great|good)|say hi|waved|should have said)\b/.test(
        s.text,
      ) &&
      /\b(?:small world|again|late|every|isn't it)\b|\bright\?|\bat (?:\d|midnight)/.test(
        s.text.slice(Math.max(0, m.index - 20)) + (/\bsmall world\b/.test(s.previous) ? ' small world' : ''),
      ),
    reason: REASON.watch,
  },
  {
    // their-routine-right
    need: words("right|yeah|innit|doesn't|don't|isn't|aren't"),
    re: rx(
      `(?:${THEIR_PERSON}|that (?:new )?\\w+ of (?:yours|ur))(?: still| always| usually)? (?:does|do|drives|goes|walks|leaves|gets|takes|parks|works|finishes|starts|picks|drops|runs|has|plays|trains|visits)(?: [\\w']+){1,6}?,? (?:right|yeah|innit|doesn't (?:he|she|it)|don't (?:they|you)|isn't (?:it|he|she)|aren't (?:they|you))(?=\\s*[?.!]*$)`,
    ),
    accept: (s) =>
      calm(s) &&
      !ARRANGED_PLAIN.test(s.text) &&
      !/\b(?:sorry|hope|miss|proud|love|birthday|well|better)\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // accidents-happen
    need: words('accidents'),
    re: rx(`^\\W*accidents (?:do |can |will )?happen(?: (?:to people|all the time|you know))?(?=\\W*$)`),
    accept: (s) =>
      !/\b(?:broke|broken|dropped|spill|spilled|sorry|my fault|crash|mug|glass|cup|worry|worries)\b/.test(
        s.previous,
      ),
    reason: REASON.veiled,
  },
  {
    // anonymous-tip
    need: words('anonymous|anonymously'),
    re: rx(
      `(?:got|gets|getting|get|received|receives|receiving|sent|send|sending|was sent)(?: (?:an?|some|another))? anonymous (?:email|letter|tip|tip-off|call|phone call|message|report|note|package|complaint)|(?:send|report|tell|email|ring)(?: [\\w']+){0,3}? anonymously`,
    ),
    accept: (s) => calm(s) && !/\b(?:survey|feedback|donation|donor|gift|valentine|card)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // interested-in-what-you-do
    need: words('interested|interesting|illuminating|enlightening'),
    re: rx(
      `(?:${AUDIENCE}|he|she|they)(?: [\\w']+){0,2}? (?:may|might|would|will|'d|'ll|could)(?: \\w+)? (?:be (?:very |really |most |so |quite |extremely )?interested in (?:what|how|who|where|these|those|this|that|them|the \\w+ (?:you|u))|find (?:this|these|those|it|that|them) (?:very |really |quite )?(?:interesting|illuminating|enlightening))`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:job|role|course|idea|project|offer|recipe|book|article|talk|event)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // nothing-stops-me
    need: words('prison|jail|police|cops|restraining|injunction|order|paper|law|time'),
    re: rx(
      `(?:don't|do not|wouldn't|won't) care if i (?:go to|end up in|get sent to|do time in|go down for|get locked up)(?: [\\w']+)?(?: prison| jail| court| it| this)?|(?:prison|jail|the police|the cops|a restraining order|an injunction|a court order|a piece of paper|the law|your solicitor|your lawyer)(?: \\w+)? (?:doesn't|does not|don't|won't|will not|can't|cannot|isn't going to|is not going to) (?:scare|stop|frighten|protect|save|keep) (?:me|you|u)(?: (?:away|from me|forever|for ever|24/7|all the time))?|(?:happily|gladly|willingly) (?:do time|go to (?:prison|jail)|serve time)|(?:worth|be worth) (?:going to|doing) (?:prison|jail|time) for`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // cant-hide-behind
    need: words('hide|hiding'),
    re: rx(
      `(?:can't|cannot|won't be able to|can not) (?:hide|keep hiding) (?:behind (?:your|ur|him|her|them|\\w+)(?: \\w+)?|from me|at (?:your|ur) \\w+(?:'s)?)(?: (?:forever|for ever|much longer|for long|every day))?`,
    ),
    negatable: false,
    accept: (s) => calm(s) && !/\b(?:feelings|talent|smile|truth from yourself)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // not-finished-with-you
    need: words('finished|done|through|over'),
    re: rx(
      `\\bi(?:'m| am) (?:not|nowhere near|far from) (?:done|finished|through) with (?:you|u|him|her|them)(?: yet)?|(?:this|it)(?:'s| is)? (?:not|isn't|is not|ain't) (?:finished|done)(?=\\s*(?:$|[.!]|yet|not by|by a long))`,
    ),
    accept: (s, m) =>
      calm(s) &&
      !/\b(?:letter|essay|email|message|draft|work|job|painting|list|book|house|kitchen|project|form|report|homework|sorry|apolog\w+|therapy|making amends)\b/.test(
        s.text,
      ) &&
      (!/^(?:this|it)/.test(m[0]) ||
        !/\b(?:love|miss|us|we|together|our|sorry|forgive|work|letter)\b/.test(s.previous)),
    reason: REASON.veiled,
  },
  {
    // doors-locked
    need: words('locked|lock|brakes|tyres|tires|under'),
    re: rx(
      `keep (?:the|your|ur) (?:doors?|windows?|gate) locked|(?:better|make sure you|i'd|you might want to|you should|remember to|don't forget to) check (?:your|ur|the|his|her) (?:brakes|tyres|tires|wheels|car|engine|boiler|locks)(?: [\\w']+){0,3}?|check under (?:your|ur|the) (?:car|van|bed)`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:garage said|mechanic|mot|service|pads|worn|low|warning light|burglar\w*|break-ins?|police said|neighbours?|recall|leak|pressure|before winter|long drive|the trip|your trip|holiday|snow|ice|icy|frost|storm|gas)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // job-gone
    need: words('job|career|licence|license|house|home|kids|marriage|reputation|business|friends'),
    re: rx(
      `(?:you|u|he|she)(?:'ll| will)? (?:won't|will not|wont) have (?:a|your|ur|that|his|her) (?:precious |little |fancy |new )?(?:job|career|licence|license|house|home|kids|marriage|reputation|business|friends)(?: (?:by|for|much longer|after|left|any ?more|next|tomorrow|to go back to|for long|when))`,
    ),
    negatable: false,
    accept: (s) =>
      calm(s) &&
      !CONCERN.test(s.text) &&
      !/\b(?:if you keep|late|skipping|strike|redundan\w*|closing|cuts)\b/.test(s.text),
    reason: REASON.job,
  },
  {
    // post-it-all
    need: words('post|put|upload|share|plaster|splash|stick|posting|putting'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:post|put|upload|share|plaster|splash|stick)(?:ing)? (?:it|them|this|that|everything|it all|the lot|all of it|all of this|all of them|those|these)(?: all)? (?:on|all over|online|up on|onto) (?:facebook|fb|insta|instagram|twitter|x|tiktok|snapchat|snap|my story|your story|the internet|social media|reddit|whatsapp|youtube|onlyfans|the group chat|the gc|every group chat)?`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (s) =>
      calm(s) &&
      !/\b(?:marketplace|for sale|sell|selling|from (?:the|our|your) (?:trip|wedding|holiday|party)|birthday|congrat\w*|fundraiser)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // wonder-what-they-would-think
    need: words('wonder|wondering'),
    re: rx(
      `wonder(?:ing)? what (?:${AUDIENCE})(?:'d| would| will| might) (?:think|say|do|make of (?:this|these|those|it|that|them))(?=\\s*(?:$|[.!?,]|of (?:you|u|this|that|it|them|those|these)|about (?:you|u|this|that|it|them|those|these)))`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:present|gift|surprise|cake|party|idea|plan|menu|recipe|dress|outfit|song|film|book|news|baby|engaged)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // should-i-show-them
    need: words('should|shall'),
    re: rx(
      `(?:should|shall) i (?:show|send|tell|forward|give|read) (?:${AUDIENCE}|her|him|them)(?: [\\w']+){0,4}? (?:or (?:will|would|do|shall|should) (?:you|u)|or not|or will you)`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:from (?:the|our) (?:trip|wedding|holiday|party)|card|present|gift|birthday|news|baby)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // never-feel-safe
    need: words('never|safe'),
    re: rx(
      `(?:you|u|he|she)(?:'ll| will|'re going to| are going to| are gonna|'re gonna)(?: \\w+)? never (?:feel|be) safe (?:again|anywhere|in (?:that|your|ur|this|his|her) \\w+)|(?:you|u)(?:'ll| will) never (?:sleep|rest|relax) (?:easy |soundly |properly |well )?again`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // put-him-through
    need: words('through|into'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:put|throw|push|smash|knock) (?:you|u|him|her|them|his head|her head|your head) (?:through|into) (?:a|the) (?:window|wall|door|floor|table|windscreen|ground|glass)`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.harm,
  },
  {
    // send-my-mates
    need: words('mates|friends|boys|lads|brother|brothers|cousin|cousins|people|guys'),
    re: rx(
      `(?:get|send|have|ask) (?:my|some|a few|the) (?:\\w+ )?(?:mates|friends|boys|lads|brothers?|cousins?|people|guys) (?:to |round to |over to )?(?:sort|deal with|have a word with|pay (?:you|u|him|her|them) a visit|visit|teach|do|hurt|batter|beat|find|see to|take care of|sort out|rough up) (?:you|u|him|her|them)|(?:my|his|her) (?:\\w+ )?(?:mates|friends|boys|lads|brothers?|cousins?|people|guys) (?:are|is|will be|'ll be|are going to|are gonna)(?: \\w+)? (?:paying|pay|coming for|looking for|waiting for) (?:you|u|him|her|them)`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:help|lift|move|moving|fix|van|recommend|party|drink|pint)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // a-visit
    need: words('visit'),
    re: rx(
      `(?:pay|paying|paid|payin) (?:you|u|him|her|them|(?:your|ur|his|her) \\w+)(?: \\w+)? (?:a )?(?:little |nice |friendly |surprise |proper )?visit|(?:expect|you'll get|you will get|you'll be getting|you're getting|you are getting|he's getting|she's getting|he'll get|she'll get) (?:a )?(?:little |nice |friendly |surprise |proper )?visit(?: from (?:me|my \\w+|some \\w+|a few \\w+))?(?=\\s*(?:$|[.!,]|soon|tonight|from))`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:council|engineer|boiler|plumber|nurse|doctor|health visitor|midwife|gas|electric|meter|inspector|santa|tooth fairy|nan|gran|grandma|grandad|kids|the baby|hospital|birthday)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // their-details-got
    need: words('got|have|know|found|seen|copied|screenshotted'),
    re: rx(
      `\\bi(?:'ve| have)?(?: still| now| already)? (?:got|have|know|found|seen|copied|screenshotted) (?:your|ur|his|her) (?:new )?(?:\\w+(?:'s|') )?(?:work )?(?:rota|schedule|timetable|shift pattern|shifts|itinerary|flight details|travel plans|number plate|registration|home address|work address)(?=\\s*(?:$|[.!,]|now|so|too|as well|and))`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      !/\b(?:card|present|gift|post|send|sending|parcel|deposit|forms?|kids|pick up|drop|school|swap|cover)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // been-parked-outside
    need: words('parked|sat|sitting|waiting|standing'),
    re: rx(
      `\\bi(?:'ve| have) been (?:parked|sat|sitting|waiting|standing) (?:outside|across the (?:road|street)|down the road|round the corner|opposite|in (?:your|ur) (?:street|road|drive))(?: (?:your|ur) \\w+)?(?: (?:for (?:an hour|hours|ages|a while|\\w+ minutes|\\d+ (?:minutes|mins|hours))|all (?:night|day|evening)|since))`,
    ),
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.arrive,
  },
  {
    // past-yours
    need: words('past|by|round|down'),
    re: rx(
      `\\bi(?:'ve)? (?:drove|driven|drive|walked|walk|went|go|been|cycled|run|ran) (?:past|by|round|down) (?:yours|your (?:street|road|new street|new road)|ur street|ur road)(?![\\w'])`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:kids|pick up|collect|drop|dinner|old|used to|memories|sad|miss|on (?:my|the) way to|thought of you|parcel|post)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // tracker
    need: words('tracker|gps|airtag|tile|camera|spyware|app|bug|location|find|life360|map'),
    re: rx(
      `(?:put|fitted|installed|hid|hidden|placed|stuck|planted)(?: (?:a|an|the))? (?:tracker|gps|gps tracker|airtag|air tag|tile|camera|spyware|tracking app|bug)(?: \\w+)? (?:on|in|under) (?:your|ur|his|her) (?:\\w+ )?(?:car|van|bike|phone|bag|keys|house|flat|laptop|coat)|(?:i can see|i've seen|i saw|i checked|i'm tracking|i track|i've been tracking|i can track) (?:you|u|your location|where (?:you|u) (?:are|go|have been))(?: \\w+){0,3}? (?:on|through|via|with) (?:find my(?: friends| iphone)?|life360|snap ?map|the map|google maps|your location|location sharing|the app|the tracker|the airtag)|(?:your|ur) location (?:says|shows|said|showed)`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:stolen|take it off|remove|removed|turn (?:it )?off|for you|lost|safety|safe|kids)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // access-to-accounts
    need: words('access|password|passwords|login|get|log|read'),
    re: rx(
      `\\bi (?:still )?(?:have|'ve got|got|know) (?:access to|the password (?:to|for)|your password (?:to|for)|the login (?:to|for)|your login (?:to|for)|all your passwords(?: for)?) (?:your|ur|his|her)? ?(?:email|emails|icloud|phone|accounts?|facebook|instagram|insta|bank|messages|google|snap|snapchat|whatsapp|cloud|photos|laptop|texts)|\\bi can (?:still )?(?:get into|log into|log in to|access|read) (?:your|ur) (?:email|emails|icloud|phone|accounts?|facebook|instagram|insta|bank|messages|google|snap|snapchat|whatsapp|cloud|photos|laptop|texts)`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:log out|logged out|change (?:it|them|the password)|remove|removed|want me to|should i|sorry|netflix|spotify|disney|prime|amazon|wifi|forgot|delete|deleted)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // waiting-when-he-finishes
    need: words('waiting|outside|there'),
    re: rx(
      `\\bi(?:'ll| will|'m going to|'m gonna| am going to)(?: \\w+)? be (?:waiting|outside|there)(?: for (?:you|u|him|her|them))? (?:when|after|as) (?:you|u|he|she|they) (?:finish(?:es)?|get(?:s)? home|leave(?:s)?|come(?:s)? out|get(?:s)? off|clock(?:s)? off|walk(?:s)? out)`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.arrive,
  },
  {
    // after-im-done-with-him
    need: words('done|finished|through'),
    re: rx(
      `(?:after|when|once|by the time) i(?:'ve| have|'m| am) (?:done|finished|through) with (?:him|her|you|u|them)(?![\\w'])`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:job|work|shift|call|meeting|the car|kids|the house|paperwork|forms|divorce papers|lawyer|solicitor|chat|talk|laptop|book)\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // safe-with-me-for-now
    need: words('safe|between'),
    re: rx(
      `(?:safe with me|between us),? (?:for now|for the moment|for the time being|as long as|so long as|unless)`,
    ),
    accept: calm,
    reason: REASON.expose,
  },
  {
    // dim-view
    need: words('dim|view'),
    re: rx(
      `(?:${AUDIENCE}|he|she|they)(?: [\\w']+){0,3}? (?:would|will|might|'d|could|may) take a (?:very |rather |pretty |really )?dim view`,
    ),
    accept: calm,
    reason: REASON.expose,
  },
  {
    // any-lengths
    need: words('lengths|mission|business|goal|purpose|takes'),
    re: rx(
      `(?:prepared|willing|ready|happy) to go to any lengths|make it my (?:mission|life's work|business|goal|purpose) to (?:ruin|destroy|end|hurt|expose|finish|punish|make (?:your|ur) life)|whatever it takes to (?:make (?:you|u) (?:pay|suffer|regret|sorry)|ruin|hurt|destroy|punish|get (?:back at|even with) (?:you|u))`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      !/\b(?:for you|to make (?:this|it) right|to earn|to win you back|to change|to get better|therapy|make amends)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // final-warning
    need: words('warning|threat|promise'),
    re: rx(
      `(?:consider this|this is|take this as|treat this as) (?:your|a|my) (?:last|final|only) warning|(?:not|isn't|is not) a threat,? (?:it's |that's |it is |just |but )?a promise|(?:it's|that's|this is) a promise,? not a threat`,
    ),
    // "You will never see me at your door again. That's a promise, not a threat.": a promise to stay away.
    accept: (s) => calm(s) && !STAY_AWAY.test(`${s.previous} ${s.text}`),
    reason: REASON.veiled,
  },
  {
    // i-know-things
    need: words('know'),
    re: rx(
      `let's just say i (?:know|have|saw|heard) (?:things|stuff|a lot|more than you think|plenty|what you did|everything)|\\bi know (?:a lot |so much |far )?more than (?:you think|you realise|you realize|you'd like|you know)(?! about (?:me|myself))|\\bi know (?:all )?about (?:your|ur) (?:little |dirty |nasty )?(?:secrets?|affair|habit|problem|debts?|past|record|drinking|gambling|lies|arrangement)`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      !/\b(?:i'm sorry|it's okay|it's ok|no judgement|i understand|i won't tell|help|support)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // i-will-find-you
    need: words('find'),
    re: rx(
      `(?:imma|ima|i'm gonna|i'm going to|i am going to|i'll|i will|i'm gonna) (?:\\w+ )?find (?:you|u|him|her)(?=\\s*(?:$|[.!]|wherever|anywhere|eventually|one day|trust me|i promise|and (?:when|then)|mark my))`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      !/\b(?:party|pub|bar|concert|station|airport|crowd|festival|later at|there|online)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // someone-should-teach
    need: words('someone|somebody'),
    re: rx(
      `(?:someone|somebody)(?: really)? (?:should|needs to|ought to|is going to|will|'s going to|is gonna|'s gonna) (?:teach (?:you|u|him|her) a lesson|sort (?:you|u|him|her) out|shut (?:you|u|him|her) up|put (?:you|u|him|her) in (?:your|his|her) place|hurt (?:you|u|him|her)|deal with (?:you|u|him|her))`,
    ),
    accept: calm,
    reason: REASON.harm,
  },
  {
    // make-it-difficult
    need: words('make'),
    re: rx(
      `(?:\\bi|i'll|i will|i can|i could|i'm going to|i am going to)(?: \\w+)? make (?:things|life|it|everything|your life) (?:very |really |extremely |so |incredibly )?(?:difficult|hard|unpleasant|uncomfortable|awkward|messy|complicated|hell) for (?:you|u|him|her|your \\w+)`,
    ),
    negatable: true,
    accept: (s) => calm(s) && !/\b(?:sorry|didn't mean|i know i|i made|i've made|i have made)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // i-know-people-there
    need: words('know|back|friends|mates|close'),
    re: rx(
      `\\bi know (?:people|someone|somebody|a few people|lots of people|a lot of people) (?:at|in|from) (?:your|ur) (?:new )?(?:work|office|firm|company|school|gym|church|building|street|team)|(?:your|ur) (?:new )?(?:boss|manager|landlord|headteacher|head teacher|supervisor|director|partner's \\w+) and i (?:go way back|go back|are (?:close|friends|mates|good friends|old friends))|\\bi(?:'m| am) (?:friends|mates|close|good friends) with (?:your|ur) (?:new )?(?:boss|manager|landlord|headteacher|supervisor|director|colleagues?)(?: [\\w']+){0,3}?,? (?:just so you know|thought you should know|remember that|fyi|btw|by the way)`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:miss|say hi|said hi|asked after|love|great|lovely|proud|congrat\w*|recommend|reference)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // dont-want-this-going
    need: words('want'),
    re: rx(
      `(?:you|u) (?:do not|don't|really don't|really do not) want (?:this|that|it|me|them|those|these) (?:going|to go|getting|to get|coming|to come|ending up) (?:to court|in court|public|out|online|to (?:your|ur) \\w+|to the (?:police|court|papers|press))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
  {
    // drag-your-name
    need: words('drag|mud'),
    re: rx(
      `drag (?:your|ur|his|her) (?:\\w+ )?(?:name|reputation)(?: [\\w']+)? through the (?:mud|dirt|gutter)`,
    ),
    negatable: true,
    accept: calm,
    reason: REASON.job,
  },
  {
    // false-accusation
    need: words('say|claim|swear|report|tell|believe|think'),
    re: rx(
      `${WILL}${FILLS}\\s+(?:say|claim|swear|report|tell (?:them|everyone|people|the police|the court|the judge|social services|your \\w+))(?: to (?:the police|the court|everyone|them))? (?:that )?(?:you|u) (?:hit|attacked|abused|assaulted|hurt|beat|threatened|stalked|drugged|raped|neglect\\w*|stole|are an unfit|were drunk|were high|are a (?:danger|drunk|junkie|liar|abuser))|make (?:them|everyone|people|the court|the judge|the police|\\w+) (?:believe|think) (?:that )?(?:you|u)(?:'re| are| were| did)`,
    ),
    negatable: true,
    firstPerson: true,
    accept: calm,
    reason: REASON.expose,
  },
  {
    // keep-the-kids-from-you
    need: words('keep|body|dead'),
    re: rx(
      `keep (?:the|our|my|your) (?:kids|children|son|daughter|baby|boys|girls|little ones?) (?:away )?from (?:you|u)|(?:see|get|have|take|keep) (?:the |our |your |my )?(?:kids|children|son|daughter|baby|boys|girls|house|dog)(?: [\\w']+){0,3}? over my dead body`,
    ),
    negatable: true,
    accept: (s) =>
      calm(s) &&
      !/\b(?:safe|until (?:you're|you are) (?:better|well|sober)|germs|ill|sick|covid|flu)\b/.test(s.text),
    reason: REASON.kids,
  },
  {
    // you-looked-leaving
    need: words('looked'),
    re: rx(
      `(?:you|u|he|she|your \\w+) looked (?:very |really |so |a bit )?(?:tired|happy|nice|good|lovely|upset|cold|stressed|pretty|great|cosy|cozy|busy)(?: [\\w']+){0,2}? (?:leaving|coming out of|going into|outside|on your way|walking|getting (?:in|out|off|on)|at the \\w+ (?:last night|today|this morning|on \\w+day))`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:photo|pic|picture|post|posted|insta|facebook|story|video|call|facetime|zoom|wedding|graduation)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // still-at-number
    need: words('number|road|street|close|avenue|lane|drive|crescent|court|way|flat'),
    re: rx(
      `(?:still|are you still|you still) (?:at|on|in) (?:number \\d+|no\\.? \\d+|flat \\d+|\\d+ \\w+ (?:road|street|close|avenue|lane|drive|crescent|court))|(?:your|ur|the) (?:new |little |lovely )?(?:flat|house|place|apartment|address) (?:on|in|at|off) [\\w']+ (?:road|street|st|close|avenue|lane|drive|crescent|court|gardens|terrace|square)`,
    ),
    accept: (s) =>
      calm(s) &&
      !ARRANGED_PLAIN.test(s.text) &&
      !/\b(?:post|posting|send|sending|card|deliver|forward|mail|solicitor|sale|sold|rent|lease|viewing|valuation)\b/.test(
        s.text,
      ),
    reason: REASON.watch,
  },
  {
    // same-spot-i-see
    need: words('same|see'),
    re: rx(
      `same (?:spot|place|time|route|seat|table|parking space|bus|train|bench)(?: [\\w']+){0,3}?,? (?:every (?:day|night|morning|week|time)|as always|as usual|i see|i notice|i noticed)`,
    ),
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.watch,
  },
  {
    // shame-about-your-tyres
    need: words('shame|pity'),
    re: rx(
      `(?:shame|pity) about (?:your|ur|his|her) (?:\\w+ )?(?:tyres|tires|car|windows?|windscreen|paintwork|fence|shed|wing mirror|mirror|door|bike)`,
    ),
    accept: (s) =>
      calm(s) && !/\b(?:hope|insurance|fixed|sort(?:ed)? it|garage|mechanic|help)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // left-on-your-doorstep
    need: words('doorstep|windscreen|letterbox|porch|pillow|door|car'),
    re: rx(
      `\\bi (?:left|put|stuck|placed|slipped|pushed) (?:\\w+ ){0,3}?(?:on|at|under|through|in) (?:your|ur) (?:front )?(?:doorstep|door|windscreen|car|letterbox|porch|pillow|bed|mailbox)(?![\\w'])`,
    ),
    accept: (s) => calm(s) && !LEAVE_OK.test(s.text),
    reason: REASON.arrive,
  },
  {
    // funny-seeing-you
    need: words('seeing|see|spotting'),
    re: rx(
      `(?:funny|interesting|fancy) (?:seeing|to see|spotting|bumping into) (?:you|u|him|her|your \\w+)(?: \\w+)? (?:at|in|outside|with|on|there|near)`,
    ),
    accept: (s) => calm(s) && !ARRANGED.test(s.text),
    reason: REASON.watch,
  },
  {
    // changing-locks-wont-help
    need: words('locks|blocking|moving|hiding|running|number|order|injunction|block|changed'),
    re: rx(
      `(?:changing (?:the|your|ur) (?:locks|number)|blocking me|moving(?: house| away| out)?|hiding|running away|the restraining order|a restraining order|getting an injunction|the injunction|a new number|changing your number|a new phone)(?: \\w+)? (?:won't|will not|isn't going to|doesn't|does not|changes nothing|won't change|won't help|won't stop|won't save|won't keep|can't stop|can't keep|isn't going to stop|is not going to stop|changes nothing)(?: \\w+)?(?: (?:you|me|anything|nothing|a thing))?|block me all (?:you|u) (?:want|like)|\\bi (?:see|noticed|saw) (?:you|u)(?:'ve| have)? (?:changed|had changed) (?:the|your|ur) (?:locks|number|route)`,
    ),
    accept: (s) =>
      calm(s) &&
      !/\b(?:stress|mess|sad|miss|anything between us|the past|what i did|how (?:you|i) feel|how (?:sorry|much)|the way i feel|my mind|how i)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // wont-stop-until
    need: words('until|till|til'),
    re: rx(
      `(?:won't|will not|not going to|not gonna|never going to) (?:stop|rest|give up|let (?:this|it) go|back down)(?: \\w+)? (?:until|till|til) (?:everyone|everybody|the whole \\w+|(?:your|ur) \\w+|(?:you|u)(?:'re| are| r) (?:ruined|finished|sorry|destroyed|gone|broke|homeless|in prison|fired)|(?:you|u) (?:pay|suffer|lose|regret|get what|are sorry))`,
    ),
    accept: calm,
    reason: REASON.veiled,
  },
];

/** Words of a previous sentence that name where they are, what they do, or material against them. */
/** Promising to keep away: what a "promise, not a threat" after it vows. */
const STAY_AWAY =
  /\b(?:(?:never|won't|will not|not) (?:see|hear from) me|(?:never|won't|will not|not going to) (?:contact|bother|text|call|message|come near|come to|turn up at|be at) (?:you|u|your|ur)\b|leave (?:you|u) (?:alone|in peace|be))/;

export const THREAT_PREVIOUS_GATE =
  /\b(?:not a threat|never see me|won't see me|hear from me|leave (?:you|u) (?:alone|in peace|be)|not over|isn't over|started (?:this|it)|safe with me|between us|i won't tell|i haven't told|i've kept quiet|small world|broke|broken|dropped|spilled|spilt|crashed|smashed|where (?:you|u|he|she) (?:live|lives|work|works|stay|stays|moved)|your (?:new )?(?:address|work|office|flat|house|place|gym|school|street|road|shift|routine|car)|photos|pics|pictures|nudes|videos|screenshots|recordings|found you|tracked|watching)\b/;

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

/** Pairs of sentences that are menace together: [the first, the second]. */
const PAIRS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /\b(?:you|u) started (?:this|it)\b/,
    rx("i(?:'ll| will|'m going to|'m gonna| am going to) (?:finish|end) (?:this|it)(?=\\s*(?:$|[.!,]))"),
  ],
  [
    /\b(?:it's|it is|its|this is|this|it) (?:not|isn't|is not|ain't) over\b/,
    rx('not by a long (?:shot|way|chalk)|not even close|(?:trust|believe) me(?=\\s*(?:$|[.!]))'),
  ],
  [/\bnot a threat\b/, rx("(?:it's|it is|that's|this is|just) a promise")],
  [
    /\b(?:safe with me|between us|i won't tell|i haven't told|i've kept quiet)\b/,
    rx('for now(?=\\s*(?:$|[.!,]))'),
  ],
  [
    /\b(?:photos|pics|pictures|nudes|videos?|screenshots|messages|texts|recordings)\b/,
    rx(
      '(?:would be a )?(?:shame|pity) if (?:they|those|these|it|anyone|someone|people) (?:got out|leaked|went public|went viral|got around|got posted)',
    ),
  ],
];

/**
 * The first of `pairs` whose first pattern matches the sentence before (not reported) and whose
 * second matches this one: its hit spans the second match, from its first word.
 */
export function pairHit(
  s: Sentence,
  pairs: ReadonlyArray<readonly [RegExp, RegExp]>,
  suggestion: string,
): Hit[] {
  const prev = s.previous;
  for (const [first, second] of pairs) {
    const f = first.exec(prev);
    if (!f || reportedIn(`${prev.slice(Math.max(0, f.index - 60), f.index)} `)) continue;
    second.lastIndex = 0;
    const m = second.exec(s.text);
    if (m) {
      const start = m.index + (m[0].length - m[0].trimStart().replace(/^\W*/, '').length);
      return [{ start, end: m.index + m[0].length, reason: REASON.veiled, suggestion }];
    }
  }
  return [];
}

/** "I know where you work now. See you soon.": the second sentence is menace only after the first. */
export function threatAcrossSentences(s: Sentence, suggestion: string): Hit[] {
  const prev = s.previous;
  if (!prev) return [];
  if (!s.isQuestion && calm(s)) {
    const paired = pairHit(s, PAIRS, suggestion);
    if (paired.length > 0) return paired;
  }
  const target = PREVIOUS_TARGET.exec(prev);
  if (!target) return [];
  const before = prev.slice(0, target.index);
  if (deniedIn(before.slice(-40)) || reportedIn(`${before.slice(-60)} `)) return [];
  if (
    ARRANGED.test(prev) ||
    ARRANGED.test(s.text) ||
    /\b(?:send|sending|post (?:it|them) back|return|delete|deleted|give (?:it|them) back)\b/.test(prev)
  )
    return [];
  if (s.isQuestion || !calm(s)) return [];
  NEXT_MENACE.lastIndex = 0;
  const m = NEXT_MENACE.exec(s.text);
  if (!m) return [];
  return [{ start: m.index, end: m.index + m[0].length, reason: REASON.veiled, suggestion }];
}
