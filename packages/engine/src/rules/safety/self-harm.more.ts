/**
 * Further `self-harm` patterns for indirect wordings: vanishing where no one finds you, letters to
 * be read "after", saying goodbye before it is too late, "the last time you'll hear from me",
 * "I won't be anyone's problem", knowing how and when, feelings from before a past attempt that
 * are back, "if you leave I don't know what I'll do", "you'll find me dead", a world better "if
 * I'm not here", not caring what happens to oneself, and the means counted ("how many of my
 * tablets it would take"). Each keeps to the writer's own clause and drops everyday senses (a
 * trip, a move, a job, a party).
 */
import type { Sentence } from '../../analysis.js';
import { notJoke, rx, type SafetyPattern, words } from './lib.js';

/** Medicines a means question names: "how many of my sleeping tablets would it take". */
const DRUGS = `(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping (?:pills|tablets)|sleepers|ibuprofen|aspirin|co-codamol|codeine|tramadol|diazepam|insulin|antidepressants|tylenol|oxy\\w*)`;

/** Away, a move or a trip: the everyday senses of not being here. */
const AWAY =
  /\b(?:away|trip|holiday|abroad|visiting|flight|conference|moving|move|moved|new job|job|work|working|shift|spain|france|australia|uni|college|office|staying|weekend away)\b/;
const ILLNESS =
  /\b(?:flu|covid|pneumonia|infection|fever|appendix|broken|broke my|surgery|operation|asthma|allergic|migraine|kidney|virus|bug|food poisoning|baby|labour|labor)\b/;
const TILL_END = `(?=\\s*(?:$|[.!,;]|x+\\b))`;

const notAway = (s: Sentence): boolean => !AWAY.test(s.text);

export const MORE_PATTERNS: readonly SafetyPattern[] = [
  {
    // vanish-never-found
    need: words('disappear|vanish|missing|walk|wander|somewhere'),
    re: rx(
      `(?:disappear|vanish|go missing|walk away|walk off|wander off|go somewhere)(?: [\\w']+){0,3}? (?:and|where) (?:never be (?:found|seen again)|(?:no one|nobody|noone|no-one) (?:will|would|can|could|'ll) (?:ever )?find me)(?=\\s*(?:$|[.!,]|again|ever|anywhere))`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) => notJoke(s),
  },
  {
    // letter-to-read-after
    need: words('letter|letters|note|notes|video|message'),
    re: rx(
      `(?:letter|letters|note|notes|video|message)(?: for (?:you|u|the kids|my \\w+|mum|mom|dad|everyone|my family))? to (?:read|open|watch|find|have) (?:it |them )?(?:after|afterwards|when i(?:'m| am) gone|once i(?:'m| am) gone|when it(?:'s| is) (?:over|done)|when i(?:'m| am) not here)${TILL_END}`,
    ),
    negatable: true,
  },
  {
    // goodbye-before-it-is-too-late
    need: words('goodbye|bye|goodbyes'),
    re: rx(
      `(?:say|said|saying) (?:goodbye|bye|my goodbyes)(?: to (?:[\\w']+ ){0,2}?[\\w']+)?(?: properly)? (?:before i (?:go|do it|die|do anything)${TILL_END}|before it(?:'s| is) too late|while i (?:still )?can${TILL_END}|without (?:her|him|them|anyone|anybody|you|my \\w+) (?:knowing|realising|realizing)|in case i (?:don't|never|can't)|for (?:good|ever|the last time)${TILL_END})`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) =>
      !AWAY.test(s.text) &&
      !/\b(?:hospital|hospice|nan|nana|gran|granny|grandma|grandad|grandpa|funeral|vet|dog|cat|house|flat|school)\b/.test(
        s.text,
      ),
  },
  {
    // last-you-will-hear
    need: words('last|final|never'),
    re: rx(
      `(?:last|final) (?:time|message|text|thing|words?)(?: [\\w']+){0,2}? (?:you|u|anyone|anybody|everyone)(?:'d| would| will|'ll)? (?:ever )?(?:hear from|get from|receive from|read from|hear of) me${TILL_END}|(?:you|u|anyone|nobody|no one)(?:'ll| will)? (?:not|never) (?:hear from|hear of|see) me again (?:after (?:tonight|today|this)|by (?:morning|tomorrow))`,
    ),
    accept: (s) =>
      !/\b(?:promise|space|unless|until|till|respect|contact|leave you alone|about|ready|want (?:to|me)|wish|new number|block)\b/.test(
        s.text,
      ),
  },
  {
    // nobodys-problem
    need: words("won't|will|wont|never|not"),
    re: rx(
      `(?:won't|will not|wont|never|not going to) be (?:anyone's|anybody's|everyone's|everybody's|a) (?:problem|burden|worry|responsibility)(?: (?:to|for) (?:anyone|anybody|everyone|everybody))?(?: any ?more| again| much longer)?`,
    ),
    firstPerson: true,
    accept: (s) =>
      /\b(?:after tonight|after today|soon|by (?:morning|tomorrow)|much longer|for long|ever again|anyone's|anybody's|everyone's|everybody's)\b/.test(
        s.text,
      ) && !/\b(?:job|flat|money|rent|pay|afford|sorted|own place|promise|space)\b/.test(s.text),
  },
  {
    // know-how-and-when
    need: words('know|decided|worked|figured|planned|chosen'),
    re: rx(
      `i know (?:exactly )?(?:how|when|where) i(?:'m| am) (?:going to|gonna) do it(?=\\s*(?:$|[.!,]|tonight|now|and))|(?:know|decided|worked out|figured out|planned|chosen)(?: exactly)? (?:how and when|when and how|when and where|where and when|how and where|where and how)${TILL_END}`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) =>
      !/\b(?:therap\w*|counsel\w*|apolog\w*|make (?:this|it|things) up|fix|repair|pay|book\w*|talk|tell|say|propos\w*|surprise|party|handover|we|us)\b/.test(
        s.text,
      ),
  },
  {
    // go-through-with-it-this-time
    need: words('through'),
    re: rx(
      `(?:going to|will|'ll|ready to|about to|decided to|want to|need to) (?:finally |actually |really )?go through with it (?:this time|tonight|for real|properly)`,
    ),
    firstPerson: true,
    negatable: true,
  },
  {
    // like-before-the-attempt
    need: words('attempt|overdose|hospital|sectioned|tried|overdosed'),
    re: rx(
      `(?:before|since|like|after|leading up to) (?:my|the) (?:last |first |suicide |previous )?(?:attempt|overdose)|(?:the )?last time i (?:felt|was feeling|got|was) (?:like this|this (?:way|low|bad|dark)|that low)[^.!?]{0,30}?\\b(?:ended up in (?:hospital|a&e|the hospital|the er|icu|intensive care|a psych\\w* ward)|tried to (?:die|kill myself|end it|end my life|take my (?:own )?life)|took an overdose|overdosed|nearly died|attempted|was sectioned|got sectioned)`,
    ),
    negatable: true,
    accept: (s, m) =>
      !ILLNESS.test(s.text) &&
      (m[0].startsWith('last') ||
        m[0].startsWith('the last') ||
        /\b(?:again|back|creeping|returning|same (?:way|as|thoughts|feelings|place)|like (?:then|that|i did)|the way i did)\b/.test(
          s.text,
        )),
  },
  {
    // dont-know-what-i-will-do
    need: words('know'),
    re: rx(
      `if (?:you|u) (?:[\\w']+ ){0,2}?(?:leave|go|walk out|walk away|dump|block|end (?:this|it|things|us)|break up|don't come back|do not come back|won't come back|stop talking to me|move on|divorce|cut me off|take the kids)(?: me| on me| with me)?,? (?:then )?(?:i )?(?:honestly |really |seriously |genuinely |truly )?(?:don't|do not) know what i(?:'ll| will| might| would|'d| could|'m going to| am going to) do(?=\\s*(?:$|[.!]|tonight|i swear|honestly|any ?more|x+\\b))|(?:don't|do not) know what i(?:'ll| will| might| would|'d| could|'m going to| am going to) do(?: (?:honestly|i swear|tonight))? if (?:you|u) (?:[\\w']+ ){0,2}?(?:leave|go|walk out|dump|block|end (?:this|it|things|us)|break up with me|don't come back|won't come back|stop talking to me|move on|cut me off)(?: me)?(?=\\s*(?:$|[.!]|tonight|for good|for real))`,
    ),
  },
  {
    // you-will-find-me-dead
    need: words('find|finding|body'),
    re: rx(
      `(?:you'll|you will|you're going to|you are going to|you'd|someone will|somebody will|they'll|they will|you might|someone'll) (?:end up |probably |just )?(?:find|be finding) (?:me|my body)(?: [\\w']+){0,2}? (?:dead|hanging|cold|lifeless|gone|in the (?:bath|garage|river|woods|canal|sea|car))(?! (?:drunk|tired|beat|asleep))`,
    ),
  },
  {
    // just-want-to-be-gone
    need: words('gone'),
    re: rx(
      `\\bi (?:just |really |honestly |only |sometimes )?(?:want|wanted|wish|need|want to|would like) (?:to )?(?:just )?be gone(?=\\s*(?:$|[.!]|any ?more|already|now|for real|tbh|honestly|from (?:this|the) (?:world|earth|life)))`,
    ),
    negatable: true,
  },
  {
    // six-feet-under
    need: words('under|ground'),
    re: rx(
      `(?:want|wish|ready|rather|better off|deserve)(?: to)?(?: just)? be (?:six|6) (?:feet|foot|ft) under|(?:i'd|i would) (?:just )?rather be in the ground`,
    ),
    negatable: true,
  },
  {
    // dont-care-what-happens
    need: words('care'),
    re: rx(
      `(?:don't|do not) (?:really |honestly |even |actually |truly )?care (?:any ?more )?(?:what happens to me|(?:if|whether) i (?:live|die|wake up|make it|survive|get hurt)|about (?:living|being alive|staying alive|my (?:own )?life|staying safe)${TILL_END})`,
    ),
    firstPerson: true,
  },
  {
    // better-if-i-am-not-here
    need: words('better|easier|simpler|kinder|happier'),
    re: rx(
      `(?:better|easier|simpler|kinder|happier)(?: for (?:everyone|everybody|you|all of you|you all|them|the kids|my family|all))?(?: all round)? if i(?:'m| am) (?:just )?(?:not here|not around|gone|dead|no longer here|no longer around|out of the picture)(?=\\s*(?:$|[.!,]|any ?more|for good))`,
    ),
    negatable: true,
    accept: notAway,
  },
  {
    // thinking-about-not-existing
    need: words('think|thinking|thought|dream|dreaming|fantasise|fantasize'),
    re: rx(
      `(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot |so much |constantly |all the time )?(?:about|of) (?:not existing|no longer existing|not being alive|being dead|my (?:own )?death|my (?:own )?funeral|never waking up|not waking up|not being here any ?more)`,
    ),
    firstPerson: true,
    negatable: true,
  },
  {
    // how-many-it-would-take
    need: words('many'),
    re: rx(
      `how many (?:of )?(?:my |the |these |those |her |his )?(?:\\w+ )?(?:pills|tablets|paracetamol|painkillers|meds|sleeping pills)(?: [\\w']+){0,3}? (?:it would take|it'd take|it takes|it'll take|it will take|would (?:kill|do it|be enough|be fatal)|are (?:lethal|fatal|enough)|is (?:lethal|fatal|enough))`,
    ),
  },
  {
    // explaining-why-i-am-gone
    need: words('explain|explaining|explains|tell|telling|tells'),
    re: rx(
      `(?:explain|explaining|explains|tell|telling|tells)(?: to)? (?:the|our|my) (?:mum|mom|dad|family|kids|children|parents|sister|brother|son|daughter|nan|mother|father)(?: [\\w']+){0,2}? (?:why|that|how) i(?:'m| am| was|'ve| have)? (?:gone|dead|not here any ?more|killed myself|did it|died)${TILL_END}`,
    ),
    accept: notAway,
  },
  {
    // not-going-to-be-around-for
    need: words('going|gonna'),
    re: rx(
      `(?:not going to|not gonna) (?:be )?(?:here|around|alive) (?:for|to see) (?:your|my|his|her|their|our|the kids'|anyone's|[\\w']+'s) (?:next )?(?:birthday|christmas|wedding|graduation|anniversary|first day|big day)`,
    ),
    firstPerson: true,
    accept: (s) =>
      notAway(s) &&
      !/\b(?:i'm|i am|i'll be|i will be) (?:in|at|on|off|back|going)\b/.test(s.text) &&
      !/\b(?:busy|invited|welcome|party|dinner|plans|booked)\b/.test(s.text),
  },
  {
    // swallow-everything-in-the-cabinet
    need: words('swallow|swallowing|take|taking|neck|down'),
    re: rx(
      `(?:swallow|take|neck|down)(?:ing)? (?:everything|every pill|every tablet|all the pills|all the tablets|whatever(?:'s| is)) in (?:the|my|this|our) (?:medicine |bathroom )?(?:cabinet|cupboard|drawer|first aid (?:kit|box))(?=\\s*(?:$|[.!,]|if|when|tonight|and|unless|right now))`,
    ),
    negatable: true,
  },
  {
    // life-is-pointless
    need: words('pointless|meaningless|hopeless'),
    re: rx(
      `(?:my life|life|living|existing|being alive|being here)(?:'s| is| feels| seems)(?: so| just| completely| totally| utterly)? (?:pointless|meaningless)(?: without (?:you|u)| now| any ?more)?${TILL_END}`,
    ),
    accept: (s) =>
      !/\b(?:job|work|argu\w*|fight\w*|meeting|without a car|in this (?:town|city))\b/.test(s.text),
  },
  {
    // want-to-cut-now
    need: words('want|need|wanting|tempted|itching|dying'),
    re: rx(
      `(?:want|wanting|need|tempted|itching|dying) to (?:cut|self[- ]?harm|burn myself|hurt myself|relapse)(?=\\s*(?:$|[.!,]|right now|so bad(?:ly)?|really bad(?:ly)?|again|tonight|myself|all the time))`,
    ),
    firstPerson: true,
    negatable: true,
  },
  {
    // gone-for-good
    need: words('gone|dead'),
    re: rx(`(?:when|once|after) i(?:'m| am) (?:gone|dead) (?:forever|for ever|for good)`),
    negatable: true,
    accept: notAway,
  },
  {
    // better-place-without-me
    need: words('place|world|home'),
    re: rx(
      `(?:a )?(?:better|happier|nicer|kinder|brighter|lighter|safer) (?:place|world) without me(?! (?:around to|nagging|there|in it for a (?:bit|while)))`,
    ),
    accept: (s) => !/\b(?:office|team|house|flat|kitchen|party|group chat)\b/.test(s.text),
  },
  {
    // never-woken-up
    need: words('woken|woke'),
    re: rx(
      `\\bi (?:wish|wished)(?: that)? i(?:(?:'d| had) (?:not|never) woken| (?:hadn't|never) woke(?:n)?) up(?=\\s*(?:$|[.!,]|this morning|today|again|at all))`,
    ),
  },
  {
    // stop-being-a-burden
    need: words('stop|stopped'),
    re: rx(
      `(?:want|need|wish|ready) to (?:just )?stop being (?:a |such a |everyone's )?(?:burden|problem|weight|drain)(?: (?:on|to|for) (?:everyone|everybody|anyone|the world|my family))?${TILL_END}`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) =>
      !/\b(?:job|money|rent|financ\w*|pay|bills|lift|lifts|drive|sofa|spare room)\b/.test(s.text),
  },
  {
    // would-not-mind-not-waking
    need: words('mind|care|hope|pray|wish'),
    re: rx(
      `(?:wouldn't mind|would not mind|wouldn't care|would not care|don't care|do not care|hope|pray|wish) (?:if |that )?i (?:just )?(?:didn't|don't|never|did not|wouldn't|won't) (?:wake up|woke up|make it|come back|survive)(?=\\s*(?:$|[.!,]|tomorrow|in the morning|one day|tonight|this time))`,
    ),
  },
  {
    // reading-this-i-am-gone
    need: words('reading|read|reads|find|finds|found'),
    re: rx(
      `(?:if|when|by the time) (?:you're|you are|you|u|anyone|someone|somebody)(?: is| are)? (?:reading|read|reads|find|finds|found) this,? i(?:'m| am|'ll be| will be|'ve| have)? (?:already |probably |long )?(?:gone|dead|not here|not alive|at peace|no longer here|no longer alive)(?! (?:to|for|on|out|home|shopping|away|back)\\b)`,
    ),
    accept: notAway,
  },
  {
    // continue-living
    need: words('continue|continuing'),
    re: rx(
      `(?:don't|do not|no longer|never|can't|cannot|not sure i) (?:want|wish|intend|plan|feel able|know how) to (?:continue|keep on) (?:living|to live|with (?:my )?life|existing|being alive|my life)`,
    ),
    firstPerson: true,
  },
  {
    // finish-my-life
    need: words('finish|finishing|finished'),
    re: rx(`(?:finish|finishing) (?:my|this) (?:own )?life`),
    firstPerson: true,
    negatable: true,
  },
  {
    // better-that-i-die
    need: words('better|easier|best|kinder'),
    re: rx(
      `(?:better|easier|best|kinder)(?: for (?:everyone|everybody|you|all of you|all|them|the kids|my family))? (?:that|if) i (?:just )?(?:die|am not alive|am dead|'m dead|don't exist|do not exist|no longer exist|stop living|end my life|kill myself)${TILL_END}`,
    ),
    negatable: true,
  },
  {
    // dont-cry-when-i-am-gone
    need: words('sad|cry|grieve|miss|upset|mourn|bad|guilty|blame'),
    re: rx(
      `(?:don't|do not|please don't|try not to) (?:be sad|cry|grieve|miss me too much|be upset|mourn|feel bad|feel guilty|blame yourself)(?: for me| too much)? (?:when|once|after) i(?:'m| am) (?:gone|dead|not here|no longer here|not around)(?: any ?more)?(?! (?:to|for|on|out|home|shopping|away|back)\\b)`,
    ),
    accept: notAway,
  },
  {
    // whatever-happens-not-your-fault
    need: words('whatever'),
    re: rx(
      `(?:not your fault|don't blame yourself|do not blame yourself|it was never you)[^.!?]{0,30}?whatever happens(?: tonight| now| next| to me)?${TILL_END}|whatever happens (?:tonight|next|to me),? (?:remember )?(?:it's |it is )?(?:not your fault|don't blame yourself)`,
    ),
  },
  {
    // find-my-body
    need: words('body'),
    re: rx(
      `(?:find|finds|found|discover|discovers|identify|identifies) my body(?! (?:wash|lotion|spray|butter|scrub|oil|cream|shop|double|clock|is changing|image|confidence|type|shape))`,
    ),
  },
  {
    // if-it-were-not-for
    need: words("weren't|wasn't|not|hadn't"),
    re: rx(
      `if it (?:weren't|wasn't|was not|were not|hadn't been|had not been) for (?:[\\w']+ ){0,2}?[\\w']+,? i(?:'d| would)(?: have)?(?: already| probably| honestly| definitely)? (?:be gone|gone|be dead|ended it|killed myself|be six feet under|given up|(?:not|never) be (?:here|alive))(?: already| by now| long ago| years ago)?${TILL_END}|if it (?:weren't|wasn't|was not|were not|hadn't been|had not been) for (?:[\\w']+ ){0,2}?[\\w']+,? i (?:wouldn't|would not) (?:still )?be (?:here|alive)(?: any ?more| still| now)?${TILL_END}`,
    ),
    accept: (s) =>
      !/\b(?:thank\w*|grateful|today|where i am|job|promotion|degree|sober|clean|career|college|uni|in this country)\b/.test(
        s.text,
      ),
  },
  {
    // only-still-here-because
    need: words('still'),
    re: rx(`i(?:'m| am) only still (?:here|alive|around|breathing) (?:because|for)`),
    negatable: true,
  },
  {
    // leave-me-and-it-is-over
    need: words('block|leave|dump|ignore'),
    re: rx(
      `(?:block|leave|dump|ignore) me(?: now| again| tonight)? and (?:it's|it is|that's|that is) (?:over|the end|it) for me|(?:block|leave|dump) me(?: now| again| tonight)? and (?:i'm|i am|i'll be|i will be) (?:dead|gone for good|gone forever)|(?:block|leave|dump) me(?: now| again| tonight)? and i(?:'ll| will) end it(?: all)?`,
    ),
  },
  {
    // if-you-leave-i-will-do-it
    need: words('swear|mean|time|real|tonight'),
    re: rx(
      `if (?:you|u) (?:[\\w']+ ){0,2}?(?:leave|walk out|go|dump|block|don't come back|do not come back|end (?:this|it|things|us))(?: me)?,? (?:i'll|i will|i'm going to|i am going to) (?:really |actually )?do it(?:,? (?:i swear|i mean it|this time|for real|tonight))`,
    ),
  },
  {
    // what-i-have-done-to-myself
    need: words('myself'),
    re: rx(
      `(?:you'll|you will|you're going to|you are going to|everyone will|they'll) (?:be sorry when (?:they|you) )?(?:see|find|hear about|know|find out) what i(?:'ve| have)? done to myself`,
    ),
  },
  {
    // in-the-ground
    need: words('ground|grave|coffin|box|under|sleep'),
    re: rx(
      `when i(?:'m| am) (?:in the ground|six feet under|in a box|in my grave|in a coffin|in the grave)|sleep (?:4ever|4eva|foreva)`,
    ),
  },
  {
    // buried-with-me: "it can go in with me", "bury them with me", "put it in the coffin with me"
    need: words('with'),
    re: rx(
      `(?:it|they|that|this|these|those|the \\w+|my \\w+)(?:'ll| can| could| will| should| is going to| are going to|'s going to| is gonna| are gonna) (?:go|be buried|be cremated|be put) in with me(?=\\s*(?:$|[.!,;]|when (?:i|the time)|at the end))|(?:bury|cremate) (?:it|them|this|that|these|those|the \\w+|my \\w+) with me|(?:put|place) (?:it|them|this|that|these|those|the \\w+|my \\w+) in (?:the|my) (?:coffin|casket|grave|box) with me`,
    ),
  },
  {
    // dropped-g
    need: words('goin|livin|bein|wakin|givin'),
    re: rx(
      `(?:can't|cannot|can not)(?: \\w+)? (?:keep )?(?:goin|livin)(?: on)?(?: like this| any ?more| no more)?(?=\\s*(?:$|[.!,]))|(?:point|reason) (?:of|in|to) (?:livin|goin on|wakin up|bein here|bein alive)|givin up on (?:life|livin|everything|it all)`,
    ),
    firstPerson: true,
  },
  {
    // giving-up-on-everything
    need: words('up'),
    re: rx(`(?:give|giving|given|gave) up on (?:everything|it all|all of it)${TILL_END}`),
    firstPerson: true,
    negatable: true,
    accept: (s) => !/\b(?:diet|gym|project|job|course|plan|us|we|the house|trying to fix)\b/.test(s.text),
  },
  {
    // not-alive-next-week
    need: words('think|doubt|sure'),
    re: rx(
      `(?:don't think|do not think|doubt|not sure) i(?:'ll| will) (?:still )?(?:be alive (?:next (?:week|month|year)|by \\w+|tomorrow|in a (?:week|month|year)|much longer|for long|at christmas)|be (?:here|around) (?:much longer|for (?:much )?long))`,
    ),
    accept: (s) => notAway(s) && notJoke(s) && !/\b(?:workload|deadline|exams?|revision)\b/.test(s.text),
  },
  {
    // suffer-and-die
    need: words('deserve'),
    re: rx(`deserve to (?:suffer|rot|be punished) and (?:die|be dead)`),
    negatable: true,
  },
  {
    // top-floor-of-the-car-park
    need: words('top'),
    re: rx(
      `(?:at|on) the top (?:floor|level|deck) of (?:the|a|this) (?:car park|multi-storey|multistorey|parking garage)|(?:car park|multi-storey|multistorey|parking garage)(?: [\\w']+){0,2}? (?:at|on) the top (?:floor|level|deck)`,
    ),
    firstPerson: true,
    accept: (s) =>
      !/\b(?:view|fireworks|photos?|pictures?|meet|meeting|waiting for you|where are you|parked|parking|shopping|cinema|restaurant|office|work|lift|stairs|come up|space|spaces|ticket)\b/.test(
        s.text,
      ),
  },
  {
    // going-to-cut
    need: words('cut|self-harm|selfharm'),
    re: rx(
      `(?:i'm|i am|i'll|i will|i'm going to|i am going to) (?:going to )?(?:cut|self[- ]?harm)(?: myself)?(?=\\s*(?:$|[.!]|again|tonight|i swear|i mean it))`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:hair|cake|grass|hedge|lawn|ties|losses|back|down|out|in|off|sugar|carbs)\b/.test(s.text),
  },
  {
    // you-were-my-reason-to-live
    need: words('reason'),
    re: rx(
      `(?:you were|you was|you're|you are) my (?:only |whole |one )?reason (?:to live|for living|to keep going|to stay alive|to get up|for being here)`,
    ),
    accept: (s) => /\b(?:gone|left|without (?:you|u)|lost|now|no more|any ?more)\b/.test(s.text),
  },
  {
    // craving-the-blade
    need: words('blade|razor|blades'),
    re: rx(
      `(?:craving|crave|miss|missing|want|need|reaching for) (?:my|the) (?:blade|razor|blades)(?=\\s*(?:$|[.!,]|again|so bad|tonight|right now))`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) => !/\b(?:shav\w*|beard|legs? smooth|skateboard|rollerblade|fan)\b/.test(s.text),
  },
  {
    // clean-then-relapsed
    need: words('clean|free'),
    re: rx(
      `(?:clean|free) (?:of|from) (?:cutting|self[- ]?harm(?:ing)?|hurting myself)[^.!?]{0,40}?\\b(?:relapsed|slipped|cut again|did it again|started again)`,
    ),
  },
  {
    // tired-of-being-a-burden
    need: words('burden'),
    re: rx(`(?:tired of|sick of|hate|done with) being (?:a |such a |everyone's |the )?burden`),
    firstPerson: true,
    negatable: true,
    accept: (s) => !/\b(?:job|moving|money|rent|financ\w*|lifts?|sofa|spare room)\b/.test(s.text),
  },
  {
    // dropped-g-thoughts
    need: words('thinkin|thinking|thought'),
    re: rx(
      `(?:thinkin|thinking|thought) (?:about|bout|of) (?:endin it|killin myself|dyin|endin (?:my life|things|everything)|ending it|killing myself|ending my life|dying)(?![\\w'])(?! (?:of|from|for|with|to|my|your|her|his|the|it|them|between)\\b)`,
    ),
    firstPerson: true,
    negatable: true,
  },
  {
    // cant-any-more
    need: words("can't|cannot"),
    re: rx(
      `\\bi (?:just |really |honestly |literally |genuinely )?(?:can't|cannot) (?:any ?more|any longer)(?=\\s*(?:$|[.!]))`,
    ),
  },
  {
    // means-asked: how much of a means it would take, asked of the recipient ("would x and y together
    // do it", "how many tablets would it take to not wake up"). A question is the signal here.
    need: words('many|much|together|enough|lethal|fatal|kill'),
    re: rx(
      `how (?:many|much) (?:of )?(?:my |the |these |those |them |her |his )?(?:\\w+ )?${DRUGS}(?: [\\w']+){0,3}? (?:would it take|does it take|would (?:i|you|u|someone|a person) need|do (?:i|you|u) need|(?:would|will|does|do) (?:it |they )?take|to take|is it)(?: (?:for|before))?(?: [\\w']+)? (?:to )?(?:(?:kill|end)(?: (?:me|myself|you|u|someone|a person|yourself))?|die|do it|not wake up|never wake up|stop (?:my|your) heart|be (?:lethal|fatal))|(?:would|will|do|does|could|can|is|are|if)(?: (?:a|the|my|these|those|all|all my|all the|all of|a few|some|enough|\\d+|twenty|thirty|fifty))?(?: of)? (?:my |the |these |those |them |her |his )?(?:\\w+ )?${DRUGS}(?: (?:and|with|plus|on top of) (?:the |my |some |a |a bottle of |a few )?(?:\\w+ ){0,2}?(?:pills|tablets|paracetamol|painkillers|meds|vodka|wine|whisky|alcohol|drink|booze|sleepers|insulin))?(?: (?:together|at once|in one go|all at once))? (?:do it|(?:be )?enough to (?:do it|kill|die|not wake up|end it)|be enough(?=\\s*(?:$|[.?!,]|together|at once))|kill (?:me|you|u|a person|someone)|be (?:lethal|fatal)|stop (?:my|your|a) heart|mean (?:i|you) (?:don't|wouldn't|won't) wake up)`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|hamster|rats?|mice|weeds?|plants?|bugs?|pain ?relief|headache|period pain|toothache|fever|for the pain|per day|a day|daily|dosage for|the dose for)\b/.test(
        s.text,
      ),
  },
  {
    // plan-known-and-quick: the way out known, and it will be quick ("I know what I need to do and it'll
    // be quick", "I just want the pain to stop and I know how to make it").
    need: words('know|worked|figured'),
    re: rx(
      `i(?: just)?(?: know|'ve worked out| have worked out| worked out|'ve figured out| figured out| have figured out)(?: now)? (?:exactly )?(?:what i (?:need|have|'ve got|got|am going|'m going|'m gonna) to do|how (?:to|i'm going to|i'll) (?:do it|make it (?:stop|end)|end it)|how to make it)(?=[^.!?]*\\b(?:quick|quickly|painless|won't hurt|over soon|be over|for good|pain|sorted)\\b|[^.!?]{0,6}$)`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (s) =>
      notJoke(s) &&
      /\b(?:(?:it'll|it will|it'd|it would|it's going to|it's gonna) be (?:quick|painless|over (?:soon|quickly|fast))(?=\s*(?:$|[.!,]|and|x))|won't hurt|(?:the|this|my) pain (?:to )?(?:stop|end)|(?:got|have) it (?:all )?sorted)/.test(
        s.text + ' ' + s.previous,
      ) &&
      !/\b(?:back|tooth|teeth|knee|head|neck|shoulder|period|physio|gp|doctor|dentist|fix (?:this|it|things|us)|make it (?:up|right) to|apologi[sz]e|talk to|therapy|therapist|counsell\w*|the form|the car|the boiler|the sink|recipe|exam|essay|job|interview|debt|money)\b/.test(
        s.text,
      ),
  },
  {
    // no-future-with-me-in-it: a future the writer is not in ("there's no version of the future that I'm in").
    need: words('version|future|tomorrow|world'),
    re: rx(
      `there(?:'s| is) no (?:version of (?:the |my |a )?(?:future|life|tomorrow|world|next year)|future|tomorrow|world)(?: [\\w']+){0,3}? (?:that i(?:'m| am) (?:in|still in|part of|alive in)|with me (?:still )?in it|where i(?:'m| am) (?:still )?(?:in it|here|alive|around)|(?:that|where) i (?:want to|wanna|would want to|can|could) (?:live|be alive|exist|go on|stay))(?=\\s*(?:$|[.!,]|any ?more|now|x+\\b))`,
    ),
    negatable: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:your life|our life|his life|her life|with you|together|us|we|job|company|team|band|club|house|city|town|country)\b/.test(
        s.text.replace(/\bwithout (?:you|u)\b/g, ''),
      ),
  },
  {
    // sleep-and-thats-it: going to sleep, hoping that is the end ("gonna sleep now and hopefully that's it").
    need: words('sleep|eyes|down'),
    re: rx(
      `(?:go(?:ing)? to sleep|sleep|close my eyes|lie down|lay down)(?: now| tonight| for a bit)?,? (?:and )?(?:hopefully|i hope|hope)(?: (?:that's|that is|that'll be|that will be|this is|this'll be) (?:it|the end|all)|(?: that)? (?:it's|it is|it'll be) (?:over|the end)|(?: that)? i (?:don't|do not|won't|never) wake up|(?: i)? (?:don't|never|won't) wake up)`,
    ),
    firstPerson: true,
    accept: (s) =>
      notJoke(s) &&
      !/\b(?:headache|migraine|cold|flu|hangover|fever|better|tomorrow's (?:better|a new day)|feel (?:better|ok)|pain goes|shift|exam|interview|early|alarm|nap)\b/.test(
        s.text,
      ),
  },
];
