/**
 * `threat` said outright, in forms the families of threat.ts do not compose: hunting them down
 * ("I'm going to find you, however long it takes", "before I get to you"), setting others on them
 * ("let them deal with you", "I know people"), publishing where they live, something planned for
 * them ("you won't enjoy what I have planned"), a reckoning to come ("you won't be laughing for
 * long", "I'll be seeing you sooner than you think"),  their accounts in the writer's hands ("I still have your passwords"), someone close to them
 * paying for it ("your sister will be the one who suffers"), things of theirs lost ("you won't have
 * a car by morning"), easy accidents ("would be easy for him to get out"), exposure wished on
 * them ("bet your mum would love to know…"), and taking something of theirs in return.
 * Guards: negation and the writer's own past words (lib.ts), logistics, worry, jokes.
 */
import { notJoke, rx, type SafetyPattern, WITH_THEM, words } from './lib.js';
import { THREAT_REASON as REASON, UNINVITED } from './threat.list.js';

const YOU = `(?:you|u|ya|him|her|them)`;
const YOUR = `(?:your|ur)`;
/** People close to them, as the one who pays. */
const CLOSE = `(?:${YOUR}|his|her|their) (?:new |little |precious |poor )?(?:mum|mom|mother|dad|father|sister|brother|kids?|children|son|daughter|family|boyfriend|girlfriend|bf|gf|husband|wife|partner|fiance|fiancee|man|friends?|mates?|dog|cat|nan|gran|grandma|grandad)`;
const WILL_I = `(?:i'll|i will|i'm going to|i am going to|i'm gonna|imma|i'ma|i swear i'll|i promise (?:you )?i'll)`;

/** Handovers, parcels, forms, help: the plan is logistics, not menace. */
const LOGISTICS =
  /\b(?:parcel|post (?:it|them|the) |recorded delivery|collect|pick up|drop (?:off|it|them)|lawyer|solicitor|mediator|paperwork|forms?|deposit|appointment|interview|job offer|a hand|help (?:you|u)|ride|lift)\b/;
/** "…, I'll make sure of it": the writer as the cause of what they foretold. */
const MADE_SURE = `,? (?:(?:and|so|because|cos|coz) )?(?:i(?:'ll| will|'m going to|'m gonna| am going to)|i(?:'ve| have)) (?:make|made) (?:sure|certain) of (?:it|that)(?=\\s*(?:$|[.!,]))`;
const CONCERN = /\b(?:worried|worry|stay safe|be safe|take care|careful driving|icy|roads|weather)\b/;

export const DIRECT_PATTERNS: readonly SafetyPattern[] = [
  {
    // find-you-however-long
    need: words('find|track|hunt'),
    re: rx(
      `${WILL_I} (?:find|track|hunt) (?:${YOU}|${CLOSE})(?: down)?(?=\\s*(?:$|[.!,;]|(?:wherever|however|whatever|no matter|one day|eventually|sooner or later|trust me|mark my words|just you wait)\\b))`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !LOGISTICS.test(s.text) &&
      !/\b(?:a (?:place|job|lawyer|flat)|the (?:money|time|address))\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // before-i-get-to-you
    need: words('get'),
    re: rx(
      `(?:before|until|till|when|once) i (?:get|come) (?:to|for|at) ${YOU}(?=\\s*(?:$|[.!,;]|and\\b))|(?:i'll|i will|i'm going to|i'm gonna) (?:get|come for) ${YOU}(?: for this| for that| back for this| one day| eventually| in the end)(?=\\s*(?:$|[.!,;]))`,
    ),
    negatable: true,
    accept: (s) => notJoke(s) && !LOGISTICS.test(s.text) && !CONCERN.test(s.text),
    reason: REASON.harm,
  },
  {
    // let-them-deal-with-you
    need: words('deal|sort|people|lads|boys|friends|mates|cousins|brothers'),
    re: rx(
      `(?:let|have|get|send) (?:them|my (?:mates|friends|boys|lads|cousins|brothers|people)|some (?:mates|friends|people|lads)|people) (?:deal with|sort|sort out|take care of|visit|pay a visit to|have a word with) ${YOU}|(?:they|my (?:mates|friends|boys|lads|cousins|brothers)|some (?:people|lads)) (?:will|'ll|are going to|are gonna) (?:deal with|sort|sort out|take care of|pay ${YOU} a visit|visit) ${YOU}|i know people(?=\\s*(?:$|[.!,;]|who\\b|that\\b))`,
    ),
    negatable: true,
    accept: (s) => notJoke(s) && !LOGISTICS.test(s.text),
    reason: REASON.harm,
  },
  {
    // post-your-address
    need: words('address|number|location|details'),
    re: rx(
      `(?:post|share|put|publish|leak|give out|hand out|spread|send)(?: out)? ${YOUR} (?:home |new |work |real )?(?:address|phone number|number|location|details)(?: (?:on|online|everywhere|to|around|all over|in)\\b)?`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:to me|me (?:your|ur)|can you|could you|please|for the (?:form|card|invite|delivery)|to the (?:school|solicitor|lawyer|court|bank|council))\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // what-i-have-planned
    need: words('planned|coming|store'),
    re: rx(
      `(?:not|never|won't|will not|wouldn't) (?:enjoy|like|see coming|expect|be ready for) what (?:i(?:'ve| have)|i've got|i have got) (?:planned|got planned|in store|lined up|coming)(?: for ${YOU})?|what (?:i(?:'ve| have)|i've got) (?:planned|in store|lined up|got planned) for ${YOU}(?=\\s*(?:$|[.!,;]))|(?:you'll|you will|ur gonna|you're going to|you're gonna) get what's coming(?: to (?:you|u))?`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:birthday|surprise|present|gift|party|trip|holiday|dinner|anniversary|treat|weekend)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // wont-be-laughing-for-long
    need: words('laughing|smiling|smirking|long'),
    re: rx(
      `(?:you|u|he|she|they)(?:'ll| will)? (?:won't|will not|wont|not gonna) be (?:laughing|smiling|smirking|so smug|so happy|so cocky|so brave)(?: for)? (?:long|much longer|for much longer|for long|when|soon|after)`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // sooner-than-you-think
    need: words('sooner|soon'),
    re: rx(
      `(?:i'll|i will|you'll|you will) (?:be seeing|see|hear from) (?:you|u|me)(?: again)? (?:sooner than (?:you|u) (?:think|expect|know)|very soon|soon enough)(?=\\s*(?:$|[.!,;]))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:can't wait|excited|looking forward|love|miss|hugs?|xx+|at the|for the|handover|pick ?up|drop|party|wedding|meeting|school|court date|hearing)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // still-have-your-passwords
    need: words(
      'passwords|password|login|logins|icloud|account|accounts|emails|messages|dms|texts|diary|pin|passcode',
    ),
    re: rx(
      `(?:i (?:still )?(?:have|know|got)|i've (?:still )?got|i can (?:still )?(?:get into|see|read|access)) (?:all )?${YOUR} (?:passwords?|logins?|pin|passcode|icloud|email account|accounts|emails|messages|dms)(?: too| still)?(?=\\s*(?:$|[.!,;]|remember|don't forget|just saying))|${YOUR} (?:emails|messages|dms|texts|diary) (?:make|makes) (?:very |such |really )?(?:interesting|good|fascinating) reading`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:changed?|change them|reset|deleted|logged out|should change|for you)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // someone-close-suffers
    need: words('suffers|suffer|pay|pays|pays|price'),
    re: rx(
      `${CLOSE} (?:will|'ll|is going to|are going to|is gonna|are gonna) (?:be the one (?:who|that|to) )?(?:suffer|suffers|pay|pays|pay the price|pay for (?:it|this|that|what you did))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:bill|rent|fees?|deposit|half|share|costs?|school trip|tickets?|for (?:the|his|her|their) (?:\w+ )?(?:lunch|trip|dinner|meal|course|bill))\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // wont-have-a-car
    need: words('have'),
    re: rx(
      `(?:you|u)(?:'ll| will)? (?:won't|will not|wont|not gonna|are not going to|aren't going to) have (?:a|any|your|ur) (?:car|van|bike|house|home|flat|job|career|windows|tyres|friends|family|face) (?:left|to (?:drive|go|come)|for (?:much )?longer|by (?:the )?(?:morning|tomorrow|tonight|monday|friday|the weekend)|much longer|after (?:tonight|this|i'm done))`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:mot|insurance|repair|service|garage|lease|mortgage|rent|contract ends|redundan\w+|if (?:you|u) (?:don't|keep) (?:pay|paying))\b/.test(
        s.text,
      ),
    reason: REASON.harm,
  },
  {
    // easy-for-it-to-happen
    need: words('easy|shame'),
    re: rx(
      `(?:would|it'd|it would|could|might) be (?:very |so |really )?(?:easy|a shame) for (?:him|her|it|them|the (?:dog|cat|kids?|baby)|${YOUR} (?:dog|cat|kids?|car|house)) to (?:get out|go missing|get lost|get hurt|have an accident|disappear|burn|catch fire|get run over|run off|wander off|get taken)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !CONCERN.test(s.text) &&
      !/\b(?:gate|fence|lock|latch|close|shut|fix|vet|careful)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // bet-your-mum-would-love-to-know
    need: words('bet|wonder|imagine'),
    re: rx(
      `(?:i )?(?:bet|wonder (?:if|whether|what)|imagine (?:if|what)) ${YOUR} (?:new )?(?:mum|mom|mother|dad|father|parents|family|boss|manager|wife|husband|boyfriend|girlfriend|partner|kids|church|pastor|employer|colleagues|friends|followers|sister|brother) (?:would|'d|will|might) (?:love|like|want|be (?:interested|keen|curious|shocked|surprised)) to (?:know|hear|see|find out|learn|read)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:news|good news|baby|engaged|engagement|promotion|new job|graduat\w+|results|proud|congrat\w*|pass(?:ed)?)\b/.test(
        s.text,
      ),
    reason: REASON.expose,
  },
  {
    // take-something-from-you
    need: words('take'),
    re: rx(
      `${WILL_I}(?: just)? take (?:something|everything|someone|what matters|what you love|what's yours|the (?:one thing|thing) (?:you|u) love)(?: \\w+){0,2}? from (?:you|u)`,
    ),
    negatable: true,
    accept: notJoke,
    reason: REASON.harm,
  },
  {
    // taking-you-with-me
    need: words('taking|take|coming|going'),
    re: rx(
      `(?:if|when|before) i(?:'m| am)? (?:go|die|end it|go down|going down|lose everything|losing everything|lose)\\b[^.!?]{0,20}?(?:i'm|i am|i'll|i will|i'm gonna) (?:taking|take) (?:you|u|him|her|them|everyone|all of you)(?: down)? with me|(?:if|when) i(?:'m| am)? (?:go|going|die|dying|go down|going down)(?: for good)?,? (?:then )?(?:you're|you are|you'll be|you will be|he's|she's|they're) (?:coming|going)(?: down)? with me`,
    ),
    accept: notJoke,
    reason: REASON.harm,
  },
  // both-of-us-off-the-edge (self-harm too)
  { ...WITH_THEM.bothOfUs, reason: REASON.harm },
  // on-them-then-on-me (self-harm too)
  { ...WITH_THEM.onThemThenMe, reason: REASON.harm },
  {
    // the-easy-way-or-not
    need: words('easy|hard|outside|scene|coming'),
    re: rx(
      `(?:we can|we'll|we will|we could) do this the easy way or (?:not|the hard way)|(?:the )?easy way or the hard way|come out or i(?:'m| am|'ll| will) (?:coming|come) in|(?:make|cause|kick up) a (?:big |huge |massive |real )?scene in front of (?:all )?(?:your|ur)`,
    ),
    accept: (s) =>
      notJoke(s) && !/\b(?:game|puzzle|recipe|maths|exam|lego|ikea|flat[- ]?pack|wardrobes?)\b/.test(s.text),
    reason: REASON.turnUp,
  },
  {
    // shame-if-it-ended-up
    need: words('shame|pity'),
    re: rx(
      `(?:shame|pity) if (?:it|they|she|he|them|your \\w+|ur \\w+|the \\w+)(?: \\w+)? (?:ended up|wandered|got|went|fell) (?:in the fire|in the bin|in the river|in a skip|in the canal|onto the road|into the road|on the road|under a car|burnt|burned|binned|lost|broken|smashed|run over|missing)`,
    ),
    accept: (s) =>
      notJoke(s) && !CONCERN.test(s.text) && !/\b(?:gate|fence|lead|collar|careful)\b/.test(s.text),
    reason: REASON.harm,
  },
  {
    // things-happen-to
    need: words('happen|happens|happening|funny|tricky'),
    re: rx(
      `things (?:happen|have a way of happening|go wrong) (?:to|with) (?:\\w+ )?(?:bikes|cars|vans|houses|people|pets|dogs|cats|windows|tyres|motorbikes)(?: round here| around here| like that| like yours)?|(?:brakes|brake lines|tyres|wheels|wiring) (?:are|is|can be) (?:a )?(?:funny|tricky|fragile|delicate) (?:thing|things)`,
    ),
    accept: notJoke,
    reason: REASON.harm,
  },
  {
    // know-which-one
    need: words('which'),
    re: rx(
      `i know which (?:hotel|house|flat|room|car|one|school|gym|office|street|road|bus|train|table|desk|locker|bed)(?: (?:it is|it's|you're in|you're staying in|you're at|she's in|he's in|they're in|is yours|is his|is hers))?(?=\\s*(?:$|[.!,;]|too|now|just))`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !s.isQuestion &&
      !/\b(?:don't know|not sure|pick ?up|drop|collect|meet|booked|the kids (?:are|go))\b/.test(s.text),
    reason: REASON.watch,
  },
  {
    // if-i-cant-have-you
    need: words('have'),
    re: rx(
      `if i can't have (?:you|u|her|him),? (?:then )?(?:nobody|no one|noone|no-one)(?: else)? (?:can|will|is going to|gets to|is gonna)`,
    ),
    accept: notJoke,
    reason: REASON.harm,
  },
  {
    // see-what-i-do
    need: words('see'),
    re: rx(`(?:and |then |just )?see what i (?:do|'ll do|will do|can do|do next)(?=\\s*(?:$|[.!,;]))`),
    accept: (s) => notJoke(s) && /\b(?:keep|if|or|try|go on|go ahead|dare|again|one more)\b/.test(s.text),
    reason: REASON.veiled,
  },
  {
    // everyone-at-your-work-will-know
    need: words('know|hear|find'),
    re: rx(
      `(?:everyone|everybody|the whole (?:\\w+ )?(?:office|school|street|family|team|church)) (?:at|in|on) (?:your|ur) (?:office|work|school|church|gym|family|street|team|job)(?:'s)? (?:will|'ll|is going to|are going to|gonna|is gonna) (?:know|hear|find out|see|read)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:good news|congrat\w*|promotion|engaged|baby|proud|party|leaving do)\b/.test(s.text),
    reason: REASON.expose,
  },
  {
    // brought-it-on-yourself
    need: words('brought'),
    re: rx(
      `(?:whatever|what) happens (?:to (?:you|u) )?(?:next|now|from here)[^.!?]{0,30}?(?:you|u) brought (?:it|this|that) on (?:yourself|urself)`,
    ),
    accept: notJoke,
    reason: REASON.veiled,
  },
  {
    // the-rest-goes-out
    need: words('rest|gets|get'),
    re: rx(
      `the rest (?:goes out|gets sent|will be sent|goes live|will go out|is going out|goes up|gets posted)(?: \\w+){0,3}? unless|(?:your|ur) (?:wife|husband|boss|mum|mom|dad|partner|family|girlfriend|boyfriend|new \\w+) (?:gets|will get|is getting) (?:the|those|these|all the|a copy of the) (?:emails|photos|pics|messages|texts|videos|screenshots|recordings)`,
    ),
    accept: notJoke,
    reason: REASON.expose,
  },
  {
    // closer-than-you-think
    need: words('closer|find'),
    re: rx(
      `(?:i'm|i am|im) (?:a lot |much |far |way )?closer than (?:you|u) (?:think|realise|realize|know)|(?:you're|you are|ur) about to find out (?:how wrong|what happens|what i|exactly)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:to (?:finishing|getting|being)|to the (?:end|finish)|miles|journey|traffic|train|bus|sorting)\b/.test(
        s.text,
      ),
    reason: REASON.veiled,
  },
  {
    // drop-by-their-family
    need: words('drop|pop|swing|stop|visit|call'),
    re: rx(
      `(?:maybe|might|perhaps|think) i(?:'ll| will| should| could)? (?:just )?(?:drop by|pop round|pop over|swing by|stop by|call round|visit|go round)(?: to| at)? (?:your|ur) (?:mum|mom|parents|dad|nan|gran|sister|brother|family|work|office|new place|new flat|new \\w+'s)`,
    ),
    accept: (s) =>
      notJoke(s) &&
      !LOGISTICS.test(s.text) &&
      !/\b(?:if (?:that's|it's) ok|if you (?:want|don't mind)|invited|asked me|birthday card|flowers for)\b/.test(
        s.text,
      ),
    reason: REASON.turnUp,
  },
  {
    // made-sure-of-it
    need: words('sure|certain'),
    re: rx(
      `(?:(?:won't|will not|wont|isn't going to|is not going to|ain't gonna|not going to) (?:last|work out|end well|get far)|(?:never|won't|will not|wont) (?:work again|get (?!hurt|lost|bored)\\w+|have (?!to\\b)\\w+|see (?!me\\b)\\w+|find (?:anyone|anybody|another|work|a job)|be happy)|regret|be sorry|pay for|suffer|lose (?:everything|your|ur|the)|get what|nobody will|no one will|noone will|comments about (?:you|u)|be ruined|be finished|get fired)\\b[^.!?]{0,40}?${MADE_SURE}`,
    ),
    accept: notJoke,
    negatable: true,
    reason: REASON.veiled,
  },
  {
    // anyone-could-walk-in
    need: words('anyone|anybody|easy'),
    re: rx(
      `(?:anyone|anybody|someone|somebody) could (?:just )?(?:walk|wander|stroll|get|come|climb|break|let themselves) (?:right |straight )?(?:in|into|through|over|up)\\b|(?:has|have|'s got|got) (?:a |an )?(?:very |really |so |pretty |nice )?easy (?:\\w+ ){0,2}to (?:get (?:through|into|in|over)|climb|open|break into|pick)`,
    ),
    accept: (s) => {
      const both = `${s.previous} ${s.text}`;
      return (
        notJoke(s) &&
        /\b(?:your|ur|his|her)\b/.test(both) &&
        !/\b(?:fix|fixed|get it (?:fixed|sorted|looked at)|locksmith|landlord|council|worried|worry|careful|please|safe|report|lock (?:it|up)|new lock|could have|could've|was open|were open|last night|party)\b/.test(
          both,
        )
      );
    },
    reason: REASON.watch,
  },
  {
    // be-there-uninvited
    need: words('uninvited|invited|like|count'),
    re: rx(
      `${WILL_I} be (?:there|at (?:your|ur|the) (?:\\w+ )?(?:wedding|party|graduation|work|office|school|house|door|christening|engagement|birthday|leaving do|hen do|stag do|do|reception|ceremony))(?: [\\w']+){0,3}?,? (?:${UNINVITED}|count on it|you can count on (?:it|that))`,
    ),
    accept: notJoke,
    reason: REASON.turnUp,
  },
  {
    // know-your-door-number
    need: words('know|found'),
    re: rx(
      `\\bi (?:know|found out|worked out|figured out) (?:which|what) (?:flat|house|door|apartment|room|number|floor) (?:is yours|you(?:'re| are) in|you live (?:at|in)|is (?:his|hers))|\\bi know (?:your|ur|his|her) (?:new )?(?:flat|house|apartment|room|door|unit|address) (?:is |number is |number's |number )(?:number )?\\d+[a-z]?\\b`,
    ),
    accept: (s) => notJoke(s) && !LOGISTICS.test(s.text),
    reason: REASON.watch,
  },
  {
    // burn-every-bridge-you-have
    need: words('bridge|bridges|against'),
    re: rx(
      `burn (?:every|each|all (?:of )?(?:the|your|ur)) (?:single )?bridges? (?:you(?:'ve| have)? (?:got|have|built|ever built|made)|(?:of )?yours)|(?:turn|set) (?:your|ur) (?:friends|family|mates|kids|children|parents|mum|mom|dad|boss|colleagues|everyone) (?:against|on) (?:you|u)`,
    ),
    firstPerson: true,
    negatable: true,
    accept: notJoke,
    reason: REASON.harm,
  },
];
