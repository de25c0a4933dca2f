/**
 * More families of `pressure`, written from the meaning in LABELS.md (demands, deadlines, guilt,
 * ultimatums, complaints about silence, entitlement, forgiveness demanded, turning up) rather than
 * from corpus lines. Each pattern carries its own exact-word `key`, so its regular expression only
 * runs on sentences that contain its trigger words, and a `gate` of those words joins the rule's gate.
 * The rule's guards (negation, quoted or reported speech, owning, soft choice) apply to every hit.
 */
import type { Pattern } from './pressure.js';
import { raw } from './pressure.list.js';

type Form = Pattern['form'];

const P = (
  form: Form,
  key: RegExp,
  source: string,
  extra: Omit<Pattern, 'form' | 're' | 'key'> = {},
): Pattern => ({
  form,
  re: new RegExp(source, 'g'),
  key,
  ...extra,
});

const YOU = raw`(?:you|ya)`;
/** "you're", including the texting "your"/"ur" the normaliser leaves possessive ("ur online"). */
const YOURE = raw`(?:you(?:'re| are| r)|your)`;
/** Words that may open a bare imperative: softeners, fillers, names of exasperation. */
const LEAD = raw`(?:(?:please|pls|plz|just|so|now|ok|okay|and|then|seriously|honestly|god|hey|oi|come on|for god's sake|for fuck's sake|for once|i'm begging you|i am begging you|i beg you)[\s,]+)*`;
/** What may close a bare imperative: intensifiers and punctuation only. */
const TAIL = raw`(?:[\s,]+(?:please|pls|plz|now|right now|already|asap|today|tonight|for once|for god's sake|dammit|damn it|ffs|then|i'm begging you|i beg you|just once|at least))*[\s.!?]*$`;
/** Contact imperatives that stand alone as a whole sentence: "Call me back." "Reply." "Hear me out." */
const BARE = raw`(?:(?:call|ring|phone|text|txt|message|msg|email|write) me back|write back|get back to me|reply(?: to (?:me|my (?:\w+ )?(?:text|texts|message|messages|email|emails|letter|calls?)))?|respond(?: to (?:me|(?:my|this) (?:\w+ )?(?:text|texts|message|messages|email|emails|letter)))?|answer(?: me| (?:the|your|ur) (?:damn |damned |fucking |bloody |stupid )?phone| my calls?)?|pick up(?: (?:the|your|ur) (?:damn |damned |fucking |bloody |stupid )?phone)?|pick up pick up|hear me out|let me in|open the door|open up|unblock me|listen to me|read (?:my|this|these) (?:messages?|texts?|letter|emails?)|read (?:this|my message|it) and (?:reply|answer|respond|call me|get back to me)|come home|come back(?: home| to me)?|talk to me|speak to me|look at me|say something|decide|make (?:a|your) decision|make up your mind|give me (?:an?|your) (?:answer|decision)|say yes|come down|come out(?:side)?)`;

/** Contact or answer, as a verb phrase after "going to", "will", "to". */
const CONTACT_VP = raw`(?:answer(?: me| my \w+)?|reply(?: to me| to my \w+)?|respond(?: to me| to my \w+)?|call me(?: back)?|ring me(?: back)?|text me(?: back)?|message me(?: back)?|get back to me|write back|talk to me|speak to me|see me|meet me|meet up|pick up (?:the phone|your phone|when i call)|unblock me|hear me out|listen to me|come (?:home|back)|forgive me|let (?:it|this|that) go|get over (?:it|this|that)|move on from (?:it|this|that)|move past (?:it|this|that)|give me (?:another|a second|one more|a) chance|take me back|stop (?:ignoring|punishing|avoiding|blocking) me|trust me again)`;

/** What "you will …" insists on: contact on the writer's terms (not "you'll move on from this", a kind wish). */
const INSIST_VP = raw`(?:answer me|reply to me|respond to me|call me(?: back)?|ring me(?: back)?|text me(?: back)?|get back to me|talk to me|speak to me|meet me|pick up (?:the phone|your phone|when i call)|unblock me|hear me out|listen to me|take me back|give me (?:another|a second|one more|a) chance)`;

/** Forgiveness and moving past it, as asked of them. */
const FORGIVE_VP = raw`(?:forgive me|let (?:it|this|that|all this|all of this) go|get over (?:it|this|that)|move on from (?:it|this|that)|move past (?:it|this|that)|put (?:it|this|that) behind (?:you|us)|give me (?:another|a second|one more|a) chance|take me back|trust me again|stop being (?:so )?(?:angry|mad|cold|stubborn)|talk to me|answer me|reply|call me|meet me|unblock me)`;

/** Logistics that make a deadline a practical question rather than pressure ("can you reply about the kids' pickup?"). */
export const LOGISTICS =
  /\b(?:pick-?ups?|pickups?|drop-?offs?|dropoffs?|(?:pick|drop) (?:them|the kids|the children|him|her|the boys|the girls) (?:up|off)|school|nursery|boxes|keys|your (?:stuff|things)|the car|rent|bills?|deposit|lease|appointment|dentist|doctor|collect|handover|swap|schedule|rota|solicitor|lawyer|mediator|landlord|estate agent|plumber|delivery|parcel|courier|the (?:gp|surgery|hospital|clinic|shop|garage|vet|post office)|paperwork|forms?|documents|insurance|mortgage|the council|the bank|the kids(?:'|'s)? (?:stuff|things|clothes|bags|schedule))\b/;

/** Harm or exposure named as the price of their choice (pressure by leverage; the safety rules judge the harm itself). */
const HARM = raw`(?:\b(?:what|something) i(?:'ll| will| might|'d| may) do(?: to myself)?\b|\b(?:i(?:'ll| will|'m going to| am going to)|i swear(?: to god)?(?: i'll| i will)?)\s+(?:\w+\s+){0,3}?(?:make sure (?:you|ya) (?:never|don't|won't|regret)|make (?:your|ur) life|ruin (?:you|your|ur|him|her|everything)|destroy (?:you|your|ur|him|her)|expose you|kick|smash|hurt (?:you|him|her|myself)|kill (?:you|him|her|myself)|swallow (?:everything|all|the|every|them|a)|take (?:the|our|my) (?:kids|children|son|daughter|baby|boys|girls)|take (?:all|every|the) (?:pills|tablets)|tell (?:your|ur) (?:wife|husband|boss|parents|mum|mom|dad|family|kids|boyfriend|girlfriend|partner|employer|work|friends)\b[^.?!]{0,20}?\b(?:about|what|everything|the truth)|tell (?:everyone|the police|the court|the world)|(?:show|send|post|share|leak|forward) (?:those|the|your|ur|them|these|everything|all) ?(?:photos|pics|pictures|videos|messages|texts|screenshots|nudes)?|report you|end (?:it|my life|myself|things for good)|do something (?:stupid|bad|i'll regret)))|\b(?:you(?:'ll| will)|you're going to)\s+(?:regret (?:it|this|that)|be sorry|never see (?:them|the kids|the children|him|her)|pay for)|\b(?:he|she|they)(?:'s| is|'ll| will|'re| are)\s+(?:going to\s+)?(?:get hurt|regret|pay|be sorry)|\b(?:copies|(?:your|ur) (?:messages|photos|pics|texts|secrets?|nudes|videos)|the (?:photos|pics|videos|messages|screenshots|nudes))(?:\s+of\s+(?:your|the|our|those|these)\s+\w+)?\s+(?:will|are going to|go|(?:are|r|'re) going)\s+(?:go(?:ing)?\b|be sent|be posted|end up|(?:on|up on|online|everywhere|out|to (?:your|ur|everyone|the)))`;

export const FAMILY_PATTERNS: readonly Pattern[] = [
  // Demands as a whole sentence: "Call me back." "Reply." "Hear me out." "Unblock me already."
  P(
    'demand',
    /^\W*(?:(?:please|pls|plz|just|so|now|ok|okay|and|then|seriously|honestly|god|hey|oi|come on|for god's sake|for fuck's sake|for once|i'm begging you|i am begging you|i beg you)[\s,]+)*(?:call|ring|phone|text|txt|message|msg|email|write|get back|reply|respond|answer|pick up|hear|let me|open|unblock|listen|read|come|talk|speak|look|say|decide|make|give me)/,
    raw`^\W*${LEAD}${BARE}${TAIL}`,
    { softAware: true, logisticsAware: true },
  ),
  // "I want an answer", "I want you to call me", "I demand an explanation", "I'm asking you to reply".
  P(
    'demand',
    /want|demand|need|expect|insist|asking|telling/,
    raw`\bi\s+(?:really\s+|just\s+|still\s+|do\s+)?(?:want|demand|need|expect)\s+(?:an?\s+|some\s+|your\s+)?(?:proper\s+|real\s+|straight\s+|honest\s+)?(?:answer|reply|response|explanation|decision)s?\b(?!\s+(?:to (?:one|a|the|that|this) question|for myself|from myself|to (?:the|my|your) (?:lawyer|solicitor|landlord|bank|school|council)))|\bi\s+(?:really\s+|just\s+|still\s+)?want\s+${YOU}\s+to\s+(?:just\s+)?${CONTACT_VP}|\bi\s+(?:demand|insist)\s+(?:(?:that\s+)?(?:you|ya)\b|(?:an?|some)\s+(?:answer|reply|response|explanation|conversation|meeting)|(?:on\s+)?(?:an?\s+)?(?:answer|reply|response|explanation)|to (?:know|see you|talk|hear|be heard))|\bi(?:'m| am)\s+(?:now\s+)?(?:asking|telling)\s+${YOU}\s+(?:one (?:more|last) time\s+)?to\s+(?:just\s+)?(?:answer|reply|respond|call|ring|text|talk|speak|meet|see me|pick up|unblock|come back|come home|get back)`,
    { softAware: true },
  ),
  // "You will talk to me." "You're going to hear me out whether you like it or not."
  P(
    'demand',
    /(?:you|ya)(?:'ll| will)|going to|whether (?:you|ya) like/,
    raw`(?:^\W*|[,;:]\s*|\b(?:and|now|so|then|oh|but)\s+)(?:${YOU}(?:'ll| will)|${YOURE}\s+going to)\s+(?:have to\s+)?${INSIST_VP}\b(?=\s*(?:[.!]+\s*)?$|\s+(?:now|right now|tonight|today|tomorrow|whether|one way or (?:another|the other)|like it or not|if it's the last thing|and you will|and that's final|i'm not asking)\b)|\bwhether (?:you|ya) like it or not\b(?!\s+is\b)`,
    { softAware: true },
  ),
  // "I need your forgiveness", "I need to be forgiven", "I need closure from you".
  P(
    'demand',
    /need/,
    raw`\bi\s+(?:really\s+|just\s+|desperately\s+|still\s+)?need\s+(?:your forgiveness|to be forgiven|you to (?:just )?forgive|closure from you|you to let (?:it|this|that) go|you to get over)\b`,
    { softAware: true },
  ),
  // Deadlines on being told or answered: "let me know by tomorrow", "tell me before Christmas".
  P(
    'deadline',
    /by |before|no later|latest|end of/,
    raw`(?:^|[,;:]\s*|\b(?:please|pls|just|so|and|then|but)\s+)(?:let me know|tell me|get back to me|give me (?:an?|your) (?:answer|decision|reply)|make (?:a|your) decision|decide|answer|reply|respond|call me)\b[^.?!]{0,40}?\b(?:by|before|no later than|at the latest by)\s+(?:tonight|tomorrow|tmrw|tmr|tmw|2moro|2morrow|today|the weekend|this weekend|the end of (?:the |this |next )?(?:day|week|month)|end of (?:the )?(?:day|week|month)|christmas|new year|easter|the holidays|your birthday|my birthday|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{1,2}(?::\d\d)?\s?(?:am|pm)?|noon|midnight|then)\b`,
    { softAware: true, logisticsAware: true },
  ),
  // Impatience: "how much longer do I have to wait?", "when are you going to answer me?".
  P(
    'hurry',
    /how much longer|how long (?:until|till|before)|when (?:are|r|will|do|can't)/,
    raw`\bhow much longer (?:do i|do we|are you|r you|will you|must i|have i|is this going|until you|till you|before you|are we|am i|should i|do you|you going|can you|are you going)\b|\bhow long (?:until|till|before) (?:you|ya) (?:finally |actually |even )?(?:forgive|answer|reply|respond|talk|call|text|speak|let (?:it|this|that) go|get over|move on|trust|come back|unblock)\b|\bwhen (?:are|r) (?:you|ya) (?:going to|ever going to|finally going to)\s+(?:just\s+)?${CONTACT_VP}|\bwhen (?:will|do|can't) (?:you|ya) (?:ever\s+|finally\s+|just\s+)?${CONTACT_VP}`,
    { questionOnly: false },
  ),
  // Forgiveness demanded as a reproach: "why can't you just forgive me?", "can't you let it go?".
  P(
    'hurry',
    /(?:can't|cannot|won't|couldn't|wouldn't) (?:you|ya)/,
    raw`\b(?:why\s+)?(?:can't|cannot|won't|couldn't|wouldn't)\s+${YOU}\s+(?:just\s+|even\s+|at least\s+|ever\s+)?${FORGIVE_VP}`,
    { negationInside: true, questionOnly: true },
  ),
  // Holding it over them: "you can't hold this over me forever", "stop punishing me".
  P(
    'hurry',
    /hold|holding|punish|punishing|torturing|suffer|stubborn/,
    raw`\b(?:can't|cannot|stop|quit|keep|keep on|always|still|are still|you're still|you are still)\s+(?:just\s+)?(?:hold|holding)\s+(?:this|it|that|what i did|my mistakes?)\s+(?:over|against)\s+(?:me|my head)\b|\bhold(?:ing)?\s+(?:this|it|that|what i did|my mistakes?)\s+(?:over|against)\s+(?:me|my head)\s+forever\b|\b(?:stop|quit)\s+(?:punishing me|torturing me|tormenting me|making me suffer)\b|(?:^\W*|[,;:]\s*|\b(?:please|pls|just|so|now|and|then|oh|god|seriously)\s+)(?:stop|quit)\s+(?:being so stubborn|being stubborn|being so cold|being cold|being so cruel|being petty)\b|\b(?:${YOURE}|${YOU})\s+(?:just\s+|still\s+)?(?:punishing|torturing|tormenting)\s+me\b`,
    { negationInside: true },
  ),
  // Guilt: "I guess I don't matter", "clearly I mean nothing to you", "so you don't care".
  P(
    'guilt',
    /matter|nothing|care|worth|important|love me|loved me|thought (?:you|ya)/,
    raw`\b(?:i guess|guess|i suppose|suppose|clearly|obviously|apparently|so|i see|i get it|fine|ok|okay|well|wow|evidently|i take it|i assume)[\s,]+(?:that\s+)?(?:i\s+(?:don't|do not|never)\s+(?:really\s+)?matter(?:ed)?|i\s+(?:mean|meant)\s+nothing|i(?:'m| am| was)\s+(?:nothing|not (?:worth it|important|enough|worth (?:a|an|the|your))|worthless)|${YOU}\s+(?:just\s+|really\s+|clearly\s+|obviously\s+)?(?:don't|do not|never|didn't|did not)\s+(?:really\s+|even\s+)?(?:care|cared|love me|loved me)|our (?:\w+ )?(?:years|marriage|relationship|time) (?:meant|mean|means) nothing)\b|\bi (?:don't|do not) (?:even )?matter to (?:you|ya)(?: (?:anymore|at all))?\b|\bi (?:mean|meant) nothing to (?:you|ya)\b|\bi thought (?:you|ya) (?:loved me|cared|cared about me|were better than (?:this|that)|were different)\b|\b(?:you|ya) (?:clearly|obviously|evidently|honestly|really|just) (?:don't|do not|never) (?:even )?(?:care|cared)\b|\bdon't (?:you|ya) (?:even )?care\b(?! (?:if|whether|what|about (?:the|your|what)))`,
    { negationInside: true },
  ),
  // Guilt: "you're breaking my heart", "you're ruining my life", "you're tearing this family apart".
  P(
    'guilt',
    /breaking|killing|destroying|ruining|tearing|wrecking|this to me|doing to me|hurts? me|hurting me/,
    raw`(?<!\b(?:lol|haha|omg)\s)\b${YOURE}\s+(?:really\s+|just\s+|literally\s+)?(?:breaking my heart|killing me(?! with (?:laughter|kindness))|destroying (?:me|our family|this family|the family|the kids|us|everything)|ruining (?:my life|everything|our family|us|the kids)|tearing (?:this|our|the) family apart|tearing me apart|wrecking (?:me|my life|our family))\b(?![^.?!]{0,60}\b(?:lol|haha|lmao|jk|hahaha)\b)|\b(?:how can|how could|why would|why are|how dare)\s+${YOU}\s+(?:do|be doing)\s+this to me\b|\bi can't believe (?:you|ya)(?:'d| would| could)? (?:do|be doing) this to me\b|\b(?:do|don't) (?:you|ya) (?:even\s+)?(?:know|have any idea|realise|realize|see|care)\s+(?:what|how much)\s+(?:this|you(?:'re| are)|your silence|the silence|ignoring me|it)\s+(?:is\s+)?(?:doing to me|hurts? me|hurting me|killing me|destroying me)\b|\b(?:i hope (?:you|ya)|you have no idea|you don't know) (?:know )?(?:what|how much) (?:this|you(?:'re| are)|your silence|the silence) (?:is\s+)?(?:doing to me|hurts? me|hurting me|killing me)\b`,
    { negationInside: true },
  ),
  // Guilt through the children: "the kids miss you and it's on you", "our son cries for you every night".
  P(
    'guilt',
    /\b(?:kids|children|son|daughter|boys|girls|baby|little one)\b|\bon (?:you|ya)\b|what am i/,
    raw`\b(?:the|our|your|my) (?:kids|children|son|daughter|boys|girls|baby|little one)\b[^.?!]{0,40}?\b(?:cry|cries|crying|cried) (?:for|about|over) (?:you|ya)\b|\b(?:the|our|your) (?:kids|children|son|daughter|boys|girls)\b[^.?!]{0,40}?\b(?:miss|need|want) (?:you|their (?:mum|mom|dad|father|mother))\b[^.?!]{0,30}?\b(?:(?:that's|that is|it's|it is|this is) (?:all )?on you|because of you|your fault|don't you care|and you don't care|and you won't)\b|\b(?:the|our) (?:kids|children|son|daughter|boys|girls|little one)\b[^.?!]{0,20}?\b(?:keep|keeps|kept|are always|is always|won't stop|never stop)\s+(?:asking|crying)\s+(?:where|about|for|when|why|if|whether|after)\s+(?:you|ya|their (?:mum|mom|dad|father|mother))\b|\b(?:the|our) (?:kids|children|son|daughter|boys|girls|little one)\b[^.?!]{0,20}?\b(?:asks?|asking|cry|cries|crying)\s+(?:about|for|after)\s+(?:you|ya)\s+(?:every (?:day|night|morning|single day)|all the time|constantly|nonstop|non-stop)\b|\bwhat am i (?:meant|supposed|going) to (?:say|tell) (?:to )?(?:them|the kids|the children|our (?:kids|children|son|daughter)|everyone|people|my (?:mum|mom|parents|family))\b|\b(?:it's|that's|this is|that is|it is|that'll be|it'll be) (?:all |entirely |completely )?on (?:you|ya)(?:,| now| then)?\s*[.!?]*$`,
  ),
  // Sarcastic guilt: "I hope you're happy now", "hope you're proud of yourself", "happy now?".
  P(
    'guilt',
    /hope (?:you're|you are|your|ya|you r) (?:happy|satisfied|pleased|proud)|happy now|worth it/,
    raw`\b(?:i\s+)?hope\s+${YOURE}\s+(?:happy|satisfied|pleased|proud)\s+(?:now|with yourself|of yourself)\b|\b(?:i\s+)?hope\s+${YOURE}\s+proud\s*[.!?]*$|\b(?:are you|r you|you)\s+happy now\s*\?|^\W*happy now\s*\?|\b(?:i\s+)?hope (?:it was|it's|that was|he was|she was|he's|she's) worth it\b`,
  ),
  // Guilt: "I did everything for you", "I was always there for you and this is what I get".
  P(
    'guilt',
    /for you|for ya/,
    raw`(?<!\b(?:thought|think|believed|pretended)\s)\bi(?:'ve| have)?\s+(?:did|done|gave up|sacrificed)\s+(?:everything|so much|all (?:of )?this|all that|it all|my whole life)\s+for (?:you|ya)\b(?!\s+(?:and|but) (?:i|it) (?:still|was|wasn't))`,
  ),
  // Guilt: "it's selfish of you not to reply", "you're being cruel by ignoring me".
  P(
    'guilt',
    /(?:selfish|cruel|cowardly|childish|immature|heartless|unfair|rude|mean|petty|spiteful) of (?:you|ya)|(?:selfish|cruel|coward|cowardly|childish|immature|heartless|unfair|rude|mean|petty|spiteful)\s+(?:not\s+|never\s+)?(?:to|by)\s/,
    raw`(?:\b(?:selfish|cruel|cowardly|childish|immature|heartless|unfair|rude|mean|petty|spiteful)\s+of (?:you|ya)|\b${YOURE}\s+(?:being\s+)?(?:so\s+|really\s+|just\s+)?(?:selfish|cruel|cowardly|a coward|childish|immature|heartless|unfair|rude|mean|petty|spiteful))\s+(?:not\s+|never\s+)?(?:to|by)\s+(?:not\s+|never\s+|just\s+)?(?:reply|replying|answer|answering|respond|responding|talk|talking|text|texting|call|calling|ignore|ignoring|block|blocking|shut me out|shutting me out|cut me off|cutting me off|keep me|keeping me|leave me|leaving me|ghost|ghosting)\b`,
  ),
  // "A real mother would call her children", "any decent dad would at least answer".
  P(
    'guilt',
    /(?:mother|father|mum|mom|dad|parent|husband|wife|boyfriend|girlfriend|partner|friend) would/,
    raw`\b(?:a real|a decent|any decent|a good|any good|any normal|a normal|a proper|any real)\s+(?:mother|father|mum|mom|dad|parent|husband|wife|boyfriend|girlfriend|partner|friend)\s+would (?:at least |never |have )?(?:call|ring|text|answer|reply|visit|see|come|be here|be there|talk|speak|pick up|forgive|give)`,
  ),
  // Ultimatums: "if you don't reply I'll assume you don't care", "reply or lose me".
  P(
    'ultimatum',
    /\bif (?:you|ya|i) (?:don't|do not|won't|can't|never|doesn't|does not)|lose me/,
    raw`\bif (?:you|ya|i)\s+(?:don't|do not|won't|can't|never|doesn't|does not)\s+(?:\w+\s+){0,4}?(?:i(?:'ll| will)|then i(?:'ll| will)?|i'm going to)\s+(?:just\s+)?(?:assume|take it|know|guess|figure)\s+(?:that\s+)?(?:you (?:don't|do not|never) (?:care|cared|loved me|love me)|(?:it's|we're|this is|that's|we are|it is) (?:over|done|finished)|you (?:hate me|want me gone|want me to suffer)|the worst|i (?:don't|do not|never) mattered?)\b|\b(?:or|otherwise)\s+(?:you(?:'ll| will)\s+)?lose me\s+(?:forever|for ever|for good)\b`,
  ),
  // Ultimatums: "this is the last time I'm asking", "don't make me come over there".
  P(
    'ultimatum',
    /last time|final time|make me/,
    raw`\b(?:this is|that's|this'll be|it's)\s+(?:my|the)\s+(?:last|final|very last)\s+time\s+(?:i(?:'m| am)\s+(?:asking|begging|going to ask)|i(?:'ll| will)\s+(?:ask|beg))\b|\b(?:don't|do not)\s+make me\s+(?:ask (?:you )?(?:again|twice)|beg|chase you)\b`,
    { negationInside: true },
  ),
  // If the writer hears nothing: "if I don't hear back I'll come round", "I'll talk to your parents".
  P(
    'ultimatum',
    /\bif i (?:don't|do not|can't|haven't)|\bif (?:you|ya) (?:won't|will not|don't|do not|refuse to)/,
    raw`\bif i (?:don't|do not|can't|haven't) (?:hear|get (?:a|an|any)) (?:back|from (?:you|ya)|anything|(?:a |an |any )?(?:reply|response|answer))\b[^.?!]{0,40}?\b(?:i(?:'ll| will| am going to|'m going to|'m)\s+(?:just\s+)?(?:come|coming|drive|turn up|show up|call your|ring your|tell|talk to your|speak to your|go to your|keep|post|send)|i(?:'m| am) (?:coming|driving|turning up))|\bif (?:you|ya) (?:won't|will not|don't|do not|refuse to)\s+(?:talk|speak|answer|reply|listen)(?: to me)?\b[^.?!]{0,12}?\bi(?:'ll| will|'m going to| am going to)\s+(?:just\s+)?(?:talk|speak|go) to (?:your|ur)\b`,
    { negationInside: true },
  ),
  // Silence: "you're online but you won't answer me", "you read it and didn't reply".
  P(
    'silence',
    /online|active|on (?:your phone|insta|instagram|whatsapp|snap|snapchat|facebook|tiktok|messenger|here)|(?:you|ya) (?:clearly |obviously |literally )?(?:read|saw|seen|opened|viewed|got|received)/,
    raw`\b(?:${YOURE}|you were|ya were)\s+(?:literally\s+|clearly\s+|still\s+)?(?:online|active|on (?:your phone|insta|instagram|whatsapp|snap|snapchat|facebook|tiktok|messenger|here))\b[^.?!]{0,30}?\b(?:but|and|yet|so why|still)\s+(?:you\s+)?(?:still\s+)?(?:won't|will not|don't|do not|can't|didn't|not|never|no)\b|\b${YOU}\s+(?:clearly\s+|obviously\s+|literally\s+)?(?:read|saw|seen|opened|viewed|got|received)\s+(?:it|them|this|that|my (?:\w+\s)?(?:message|messages|text|texts|snap|snaps|email|emails|letter|dm|dms|voicemail))\b[^.?!]{0,20}?\b(?:and|but|yet)\s+(?:still\s+)?(?:didn't|did not|haven't|have not|never|won't|not|couldn't|can't|no)\s+(?:even\s+|bother(?:ed)? to\s+)?(?:reply|answer|respond|say|text|write|get back|bother)`,
    { negationInside: true },
  ),
  // Silence: "you just ignore me", "you always blank me", "no reply again?".
  P(
    'silence',
    /ignore|blank|ghost|avoid|no reply|no answer|no response|no text|even read|even see|even open/,
    raw`\b${YOU}\s+(?:just|always|only|still|keep|now|constantly|completely)\s+(?:ignore|blank|ghost|avoid|dodge)\s+(?:me|my (?:\w+ )?(?:texts?|messages?|calls?|emails?|letters?|voicemails?))\b|^\W*(?:so\s+|still\s+|and\s+|again\s+)?(?:no|zero)\s+(?:reply|answer|response|text|word|call)(?:\s+back)?(?:\s+(?:again|yet|still|at all|huh|then|from you))*\s*\?|\bdid (?:you|ya) even (?:read|see|open|look at|get)\s+(?:it|my|this|what)\b`,
    { negationInside: true },
  ),
  // Entitlement: "I have a right to know", "I have every right to an answer".
  P(
    'guilt',
    /right to/,
    raw`\bi (?:have|'ve got|do have|still have) (?:a|the|every|some) right to (?:know|an? (?:answer|explanation|reply|response|say|conversation)|closure|talk to you|speak to you|see you|hear from you|be heard|hear (?:it|why)|ask|some answers)\b`,
  ),
  // Turning up: "I'm coming over.", "I'm going to come to your house", "I'll wait outside your flat".
  P(
    'persist',
    /coming (?:over|round|around)|come (?:over|round|around|to)|wait(?:ing)? (?:for (?:you|ya) )?outside/,
    raw`\bi(?:'m| am)\s+(?:just\s+)?coming\s+(?:over|round|around)\s*[.!]*$|\b(?:i(?:'m| am) going to|i(?:'ll| will)|i(?:'ll| will) just)\s+(?:just\s+)?come\s+(?:to (?:your|ur) (?:house|place|flat|work|office|door|parents|mum's|mom's)|(?:over|round|around)(?=\s*[.!]*$|\s+(?:anyway|whether|regardless|and (?:we|you)|to (?:talk|see you|make you|sort)|now|right now|tonight)\b))(?![^.?!]{0,25}\b(?:if you (?:want|like|need|ask)|if that's|whenever|when you(?:'re| are) ready|to (?:drop|collect|pick|get) (?:off |up )?(?:the|my|your))\b)|\bi(?:'ll| will|'m going to| am going to)\s+(?:just\s+)?wait\s+(?:for (?:you|ya)\s+)?outside(?:\s+(?:your|ur)\b|\s+(?:until|till)\b|\s*[.!]*$)|\bi(?:'m| am)\s+(?:just\s+)?waiting\s+(?:for (?:you|ya)\s+)?outside\s*(?:your|ur)?\b`,
    { softAware: true },
  ),
  // Patience with a limit: "no rush, but please answer soon", "I'll give you space, but not forever".
  P(
    'deadline',
    /(?:answer|reply|respond|call me|ring me|text me|get back to me|decide|make up your mind|write back)\b[^.?!]*\b(?:soon|asap|as soon as|quickly|straight away|right away)|ideally|preferably|hopefully|not (?:forever|for long|too long|much longer|for ever)|but (?:this|it|the waiting|the silence|waiting) is/,
    raw`\b(?:answer|reply|respond|call me(?: back)?|ring me(?: back)?|text me(?: back)?|get back to me|decide|make up your mind|write back)\s+(?:me\s+)?(?:soon|asap|as soon as (?:you can|possible)|quickly|sooner rather than later|straight away|right away)\b|\b(?:ideally|preferably|hopefully)\s+(?:tonight|today|tomorrow|this week|this weekend|before (?:the weekend|friday|sunday|monday))\b|\b(?:time|space)\b[^.?!]{0,20}?,?\s*but\s+(?:just\s+)?not\s+(?:forever|for long|too long|much longer|for ever)\b|\b(?:time|space)\b[^.?!]{0,20}?\bbut\s+(?:this|it|the waiting|the silence|waiting)\s+is\s+(?:killing me|torture|destroying me|unbearable|driving me (?:crazy|mad|insane))\b`,
    { logisticsAware: true },
  ),
  // Their silence as the cause of the writer's suffering: "I can't sleep because you won't talk to me".
  P(
    'guilt',
    /because of (?:you|ya)|because (?:you|ya)|since (?:you|ya)|care less|don't even care|do not even care|promised|sleep at night|to me/,
    raw`\b(?:i|i've|i have|i'm|i am|my (?:mum|mom|mother|dad|father|parents|family|heart|kids|children|life))\s+(?:\w+\s+){0,2}?(?:cried|cry|crying|can't sleep|cannot sleep|haven't slept|can't eat|haven't eaten|heartbroken|falling apart|a mess|a wreck|suffering|miserable|devastated|in pieces|sick|broken|destroyed|in bits|not eating|not sleeping|lost weight)\b[^.?!]{0,30}?\b(?:because of (?:you|ya)|because (?:you|ya) (?:won't|don't|left|blocked|stopped|aren't|ignore|refuse|can't|will not|do not)|since (?:you|ya) (?:left|stopped|blocked|went|cut|walked))\b(?![^.?!]{0,20}\b(?:happy|joy|laugh|laughing|proud)\b)|\b(?:and|but|while|yet)\s+(?:you|ya)\s+(?:don't|do not|couldn't|could not|can't|clearly don't)\s+(?:even\s+)?care(?: less)?\b|\b(?:you|ya)\s+couldn't care less\b|\b(?:you|ya)\s+promised(?: me)?\s+(?:that\s+)?(?:you'd|you would|you'll|you will)\s+(?:always|never|be there|stay|love|not leave|wait)\b|\bhope (?:you|ya) can (?:sleep|live with yourself) at night\b|\bhow (?:do|can|could) (?:you|ya) (?:sleep at night|live with yourself)\b|\blook (?:at )?what (?:you've|you have|you're|you are|you) (?:did|done|doing) to me\b`,
    { negationInside: true },
  ),
  // Double-texting complaints: "too busy to answer me?", "you can't even be bothered to reply".
  P(
    'silence',
    /too busy|must be nice|ignoring me|bothered|couldn't even|not even a|get (?:any of )?my|calling|texting|messaging|ringing|trying to/,
    raw`(?<!\bi(?:'m| am| was|'ve been| have been| got)\s+(?:\w+\s+)?)\btoo busy (?:to|for) (?:answer|reply|respond|text|call|talk to|pick up|me)\b|\bmust be nice to (?:ignore|ghost|just|be able to ignore)\b|\b(?:ignoring|blanking|ghosting|blocking|avoiding) me (?:won't|will not|doesn't|does not|isn't going to|is not going to) (?:make|fix|solve|change|help)\b|\b(?:can't|couldn't|won't) (?:even )?be bothered to (?:reply|answer|respond|text|call|pick up|write|get back)\b|(?<!\b(?:feel|felt|feeling) like |\bthat )\b(?:you|ya) couldn't even (?:text|reply|answer|call|respond|say|send|pick up|be bothered)(?= me\b| back\b| to me\b| to say\b| one\b| a\b|\s*[.!?]*$)|\bnot even a (?:thank you|thanks|hello|hi|sorry|word|reply)\s*\?|\bdid (?:you|ya) (?:even )?get (?:any of )?my (?:messages|texts|calls|voicemails|emails|letters)\b|\bi(?:'ve| have)\s+been\s+(?:calling|texting|messaging|ringing|trying to (?:reach|call|get hold of|contact)) (?:you|ya) (?:all day|all night|all week|for (?:hours|days|weeks)|nonstop|non-stop|constantly|over and over)\b`,
    { negationInside: true, stopAware: true },
  ),
  // Watching: "I know you're there", "I know you're getting these", "I can tell you've seen it".
  P(
    'watching',
    /i (?:know|can tell|can see) (?:that )?(?:you|ya)|i can tell/,
    raw`\bi (?:know|can tell|can see) (?:that )?(?:you|ya)(?:'re| are| r)\s+(?:there(?=\s*(?:[.!?,]|$|and\b|so\b|but\b|just\b|reading\b))|getting (?:these|this|my|them)|reading (?:these|this|my|them)|seeing (?:these|this|my|them))\b|\bi can tell (?:that )?(?:you|ya)(?:'ve| have)?\s+(?:seen|read|opened)\b`,
  ),
  // Forgiveness demanded in words: "just say you forgive me", "tell me you'll take me back".
  P(
    'hurry',
    /say|tell me|promise/,
    raw`(?:^|[,;:]\s*|\b(?:please|pls|just|so|now|and|then|only|all you have to do is)\s+)(?:just\s+)?(?:say|tell me|promise me|promise)\s+(?:that\s+)?(?:you|ya)(?:'ll| will)?\s+(?:still\s+|just\s+)?(?:forgive|forgave|take me back|give (?:me|us|this)|come back|come home|still love|love me|won't leave|will not leave|try again|stay)\b`,
    { softAware: true },
  ),
  // Persistence until they give in: "I won't stop until you forgive me".
  P(
    'persist',
    /until|till/,
    raw`\b(?:won't|will not|not going to|never going to|am not going to)\s+(?:stop|give up|quit|rest|back off|leave you alone)\b[^.?!]{0,20}?\b(?:until|till)\s+(?:you|ya)\b`,
    { negationInside: true },
  ),
  // Timelines: "I need closure now", "we need to sort this out this week", "I'm done waiting".
  P(
    'deadline',
    /closure|where (?:i|we) stand|we (?:need to|have to|must|are going to|'re going to)|waiting|wait (?:much|any|a lot) longer|wait around|running out|ticking|long enough|yes or no/,
    raw`\bi need (?:closure|an answer|a decision) (?:now|today|tonight|from you now)\b|\bi need to know where (?:we stand|i stand(?: with (?:you|ya|us))?(?=\s*[.!?]*$|\s+(?:with (?:you|ya|us)|now|tonight|today)))|\bwe (?:need to|have to|must|are going to|'re going to)\s+(?:talk(?! to (?!(?:you|ya|each other)\b))|sort (?:this|it|things) out|meet|sit down|speak|figure (?:this|it) out)\b[^.?!]{0,20}?\b(?:this week|this weekend|tonight|today|tomorrow|now|asap|before (?:the weekend|friday|saturday|sunday|monday|christmas))\b|\b(?:i(?:'m| am)\s+(?:done|tired of|sick of|fed up (?:with|of))\s+waiting|i (?:won't|will not|can't|cannot) wait (?:much|any|a lot) longer|i(?:'m| am) not (?:going to (?:be )?)?(?:waiting|wait) around)\b(?=\s*[.!?]*$|\s+(?:for (?:you|ya|an answer|a reply|your|a response)|forever|much longer|anymore|any more|here|now|,|and|so|but)\b)|\b(?:time's|time is) running out\b|\bthe clock(?:'s| is) ticking\b|\b(?:you|ya)(?:'ve| have) had long enough\b|\b(?:a |it's a |its a |just a |it's just a |simple )(?:simple )?yes or no\b(?!\s+question)|^\W*yes or no\s*\?`,
    { negationInside: true, logisticsAware: true },
  ),
  // "You don't get to just disappear", "you'd better call me back", "we're talking about this".
  P(
    'demand',
    /get to|better|had better|talk|talking|whether (?:you|ya) want/,
    raw`\b(?:you|ya) (?:don't|do not) get to (?:just\s+)?(?:disappear|ignore me|walk away|leave|cut me (?:out|off)|shut me out|block me|ghost me|decide|pretend|erase|end (?:this|it|things|us)|vanish)\b|\b(?:you|ya)(?:'d| had) better\s+(?:just\s+)?${CONTACT_VP}|\bwe(?:'re| are) (?:going to )?(?:talk|talking|sort|sorting) (?:about )?(?:this|it|things)(?: out)?(?=\s*[.!]*$|\s+(?:now|tonight|today|whether|one way|like it or not)\b)|\bwhether (?:you|ya) want to or not\b`,
    { negationInside: true, softAware: true },
  ),
  // Martyrdom and sarcasm: "fine, I'll just be alone then", "thanks for nothing", "nice to know where I stand".
  P(
    'guilt',
    /(?:fine|ok|okay|guess|whatever)[\s,]+(?:then[\s,]+)?i(?:'ll| will)|used to being|without me|thanks for nothing|to know (?:where|how|i |that i|what i)/,
    raw`\b(?:fine|ok|okay|i guess|guess|whatever)[\s,]+(?:then[\s,]+)?i(?:'ll| will)\s+(?:just\s+)?(?:be alone|sit here (?:alone|by myself|on my own)|talk to myself|suffer|cry myself to sleep|rot|wait here (?:alone|forever)|stay here alone)\b(?:\s+(?:then|forever|like always|as usual|i guess))*(?=\s*[.!?]*$)|\bi(?:'m| am) used to (?:being )?(?:abandoned|ignored|rejected|forgotten|left behind|people leaving)\b|\benjoy (?:your (?:new )?life|yourself|him|her|your freedom) without me\b|\bthanks for nothing\b|\b(?:nice|good|great|lovely) to know (?:where i stand|how much i (?:mean|matter)|i (?:mean|matter) so (?:much|little)|that i (?:mean|matter)|what i (?:mean|meant) to you)\b`,
  ),
  // Counting the days of silence: "another day of silence", "not a single reply", "you've been quiet for a week".
  P(
    'silence',
    /silence|no reply|no answer|not one|not a single|nothing from|quiet|silent|going to|exist/,
    raw`\b(?:(?:another|yet another) (?:day|night|week|weekend)(?: of)?|day \d+|day (?:two|three|four|five|six|seven|ten) of|(?:\d+|two|three|four|five|six|seven|ten) (?:days|weeks|nights) of)\s+(?:of\s+)?(?:silence|no (?:reply|answer|response|word)|nothing|being ignored)\b|\bnot (?:one|a single) (?:word|reply|text|message|call|answer)(?=\s*[.!?]*$|\s+(?:in|from you|back|since|for)\b)|\bnothing from (?:you|ya) (?:since|in|for)\b|\b(?:you|ya)(?:'ve| have) been (?:so |completely |totally )?(?:quiet|silent) (?:for|since)\b|\b(?:are|r) (?:you|ya) (?:ever |just |really |seriously )?going to (?:keep (?:ignoring|blanking|avoiding) me|ignore me|pretend i (?:don't|do not) exist|act like i (?:don't|do not) exist|talk to me again|speak to me again|answer me|reply)\b|\b(?:you|ya) (?:act|acting|pretend|pretending|behave|behaving) (?:like|as if|as though) i (?:don't|do not|never) (?:exist|existed)\b`,
    { negationInside: true, stopAware: true },
  ),
  // Forgiveness as a duty: "a good person forgives", "life's too short to hold grudges", "you can't stay angry forever".
  P(
    'hurry',
    /forgive|too short|supposed to|meant to|expected to|get past|forever|for ever|for good/,
    raw`\b(?:a good person|good people|real love|true love|a real christian|christians|the bible says|god says|a loving (?:wife|husband|partner)|decent people|mature people|adults)\s+(?:always\s+|would\s+|should\s+|must\s+)?(?:forgives?|would forgive|says (?:you (?:have|need) to|to) forgive)\b|\b(?:life's|life is) too short (?:to|for) (?:hold|holding|keep|keeping|stay|staying) (?:grudges|a grudge|onto this|on to this|angry|mad)\b|\bforgiveness is the (?:right|christian|decent|only|mature|adult|kind) thing\b|\b(?:you're|you are|ya are) (?:supposed|meant|expected) to (?:forgive|let (?:it|this|that) go|get over)\b|\b(?:you|ya) (?:need to|have to|should|must|gotta) (?:just )?get past (?:it|this|that)\b|\b(?:can't|cannot|won't be able to) (?:stay|be|keep being|remain) (?:angry|mad|upset|cross|pissed)(?: (?:at|with) me)? (?:forever|for ever|for good)\b`,
    { negationInside: true },
  ),
  // Their choice as the end of it: "you're the one ending our family", "you're choosing to end this".
  P(
    'guilt',
    /the one|the only one|choosing|deciding/,
    raw`\b(?:you(?:'re| are)|your)\s+(?:the (?:only )?one|choosing|deciding)\s+(?:who(?:'s| is)\s+)?(?:to\s+)?(?:keeping us apart|keep us apart|ending (?:this|us|our family|everything|it)|end (?:this|us|our family|everything|it)|breaking (?:up )?(?:this|our) family|break (?:up )?(?:this|our) family|throwing (?:this|us|it|everything) away|throw (?:this|us|it|everything) away|destroying (?:this|us|our family)|destroy (?:this|us|our family))\b`,
  ),
  // Pleas that will not hear no: "can you just call me?", "I won't take no for an answer".
  P(
    'demand',
    /(?:can|could|will|would) (?:you|ya) (?:please )?just|no for an answer|all i/,
    raw`\b(?:can|could|will|would) (?:you|ya) (?:please\s+)?just (?:call|ring|answer|reply|respond|text (?:me|back)|talk to me|speak to me|pick up|tell me|meet me|unblock|forgive|give me|hear me out)\b|\b(?:won't|will not|not going to|am not|i'm not|i am not) (?:be )?tak(?:e|ing) no for an answer\b(?!\s+(?:about|on|when it comes to|regarding))|\b(?:that's|thats|that is) all i (?:ask|want|need|am asking)\b(?! (?:of|from) (?:me|myself)\b)`,
    { negationInside: true, softAware: true },
  ),
  // Persuasion by obligation or loss: "we owe it to each other to try", "you're making a huge mistake".
  P(
    'guilt',
    /owe it to|mistake|what (?:you|ya)|if (?:you|ya)|not fair|unfair/,
    raw`\bwe owe it to (?:each other|ourselves|us|the kids|the children|our (?:kids|children|family|son|daughter)|what we had) to (?:try|give|work|fix|sort|talk|make)\b|\b(?:you(?:'re| are| would be|'d be)|your)\s+(?:really\s+)?making (?:a|the) (?:huge |big |terrible |massive |biggest |horrible )?mistake\b(?!\s+(?:in|with) (?:the|your) (?:form|maths|math|sum|spelling|address))|\bthink (?:about|of) what (?:you're|you are|ya are) (?:throwing away|giving up|losing|walking away from)\b|\bif (?:you|ya)(?:'d| would)? (?:only|just) (?:try|give (?:me|us|this|it)|listen|let me|talk to me|hear me out|answer|meet me|see me|forgive me|trust me)\b|\b(?:not fair|unfair) (?:that )?(?:you|ya) (?:get to|can just|can) (?:decide|end|walk away|cut me|shut me|just leave)\b|\b(?:you'll|you will|you're going to)\s+(?:realise|realize|see|regret|understand) what (?:you(?:'ve| have)?|ya) (?:lost|thrown away|given up|walked away from|had)\b`,
    { negationInside: true },
  ),
  // Urgency and the closing door: "before it's too late", "the door is open, but not for long".
  P(
    'deadline',
    /too late|not for long|not for much longer|not forever/,
    raw`\b(?:reconsider|call|answer|reply|talk|decide|come back|come home|forgive|change your mind|see me|meet|get back to me|give (?:me|us) (?:a|another))\b[^.?!]{0,40}?\bbefore (?:it's|it is) too late\b|\bbefore (?:it's|it is) too late\b[^.?!]{0,10}?\b(?:please\s+|just\s+)?(?:call|answer|reply|talk|come back|come home|forgive|change your mind|see me|meet)\b|\b(?:(?:my|the) door(?:'s| is)(?: still)? open|(?:the |my )?offer(?:'s| is)? (?:still )?(?:open|on the table|stands?)|i(?:'m| am|'ll| will) (?:still )?(?:be )?(?:here|waiting)(?: for (?:you|ya))?)\s*,?\s*but (?:only |just )?not (?:for long|for much longer|forever|for ever)\b`,
  ),
  // Nobody else will do: "you'll never find anyone who loves you like I do", "the kids deserve their parents together".
  P(
    'hurry',
    /love|never find|deserve/,
    raw`\b(?:nobody|no one|no-one) (?:else )?(?:will|is going to|could|would) (?:ever )?love (?:you|ya) (?:like|the way|as much as) (?:i|me)\b|\b(?:you'll|you will|you're going to) never find (?:anyone|someone|anybody|another (?:man|woman|person)) (?:else )?(?:who|that|to) (?:loves?|will love|knows?|treats?|understands?|gets?) (?:you|ya)\b|\b(?:the|our) (?:kids|children|son|daughter|boys|girls)\b[^.?!]{0,10}?\bdeserves? (?:to have )?(?:their|both (?:their )?|a) (?:parents|mum and dad|mom and dad|family) (?:together|back|under one roof)\b`,
  ),
  // Scorn with a demand: "stop being dramatic and call me", "be an adult and reply".
  P(
    'demand',
    /stop being|stop acting|grow up|be an adult|be a grown|be mature|be reasonable|being childish|being immature|being dramatic|being ridiculous|being petty/,
    raw`\b(?:stop being (?:so )?(?:dramatic|childish|immature|silly|stupid|ridiculous|stubborn|petty|difficult)|stop acting like (?:a child|a baby|a kid|a teenager|this)|grow up|be (?:an adult|a grown-?up|mature|reasonable|the bigger person)(?: about (?:this|it))?)\s*(?:,|\band\b|\.)?\s*(?:just\s+)?(?:call|ring|answer|reply|respond|text|talk|pick up|speak|get back|meet|unblock|forgive)\b|\b(?:you're|you are|your|ya are) being (?:so |really )?(?:childish|immature|dramatic|ridiculous|petty|difficult)\b[^.?!]{0,20}?\b(?:just )?(?:answer|reply|call|talk|pick up|respond|unblock)\b`,
  ),
  // Formal demands for a reply: "please respond at your earliest convenience", "I await your reply".
  P(
    'demand',
    /prompt|earliest convenience|without delay|immediately|urgent|as a matter|await|kindly/,
    raw`(?<!\bi(?:'ll| will| shall| promise to| can| would| am going to|'m going to)\s+(?:\w+ly\s+|always\s+|also\s+)?)\b(?:reply|response|answer|respond|get back to me|call me|hear from you|confirm|write back)\b[^.?!]{0,30}?\b(?:prompt(?:ly)?|at your earliest convenience|without (?:further )?delay|immediately|urgently|as a matter of urgency)\b|\b(?:a |your )?(?:prompt|immediate|urgent|swift) (?:reply|response|answer|call back)\b|\bi (?:await|am awaiting|'m awaiting|will await|shall await) (?:a|your) (?:reply|response|answer|decision|call)\b|(?:^\W*|\b(?:please|so|and|then)\s+)kindly (?:reply|respond|answer|confirm|call me|get back to me|write back)\b`,
    { logisticsAware: true, acceptAware: true },
  ),
  // "Just tell me yes or no", "it's a simple yes or no", "all I need is a yes or a no".
  P(
    'demand',
    /yes or (?:a )?no/,
    raw`\b(?:tell me|give me|say|need|want|asking for|asking|all i (?:ask|want|need)(?: for)? is|simple|straight|easy|quick|just)\s+(?:(?:a|an|me|your|it|for|just|is)\s+){0,2}(?:simple\s+|straight\s+|clear\s+|quick\s+|honest\s+)?yes or (?:a\s+)?no\b`,
    { softAware: true, acceptAware: true },
  ),
  // A deadline asked as a question or said in passing: "can you answer tonight?", "give us a ring tonight, yeah?".
  P(
    'deadline',
    /tonight|today|right now|asap|by |before /,
    raw`\b(?:can|could|will|would)\s+${YOU}\s+(?:please\s+)?(?:just\s+)?(?:answer|reply|respond|call me|ring me|phone me|text me|get back to me|let me know|decide|tell me|give me (?:an?|your) (?:answer|decision))\b[^.?!]{0,25}?\b(?:tonight|today|right now|asap|by (?:tonight|tomorrow|the weekend|the end of (?:the )?(?:day|week)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|before (?:tonight|tomorrow|the weekend|i go to (?:bed|sleep)))\b|\bgive (?:me|us) a (?:ring|call|bell|buzz|text|shout)\b[^.?!]{0,15}?\btonight\b`,
    { softAware: true, logisticsAware: true },
  ),
  // A choice given with a limit: "whenever you're ready, as long as it's tonight".
  P(
    'deadline',
    /as long as/,
    raw`\bas long as (?:it's|its|it is|you (?:do it|reply|answer|call|decide|tell me))\s+(?:by\s+|before\s+)?(?:tonight|today|tomorrow|this week|this weekend|the weekend|soon|now|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`,
  ),
  // Counting their unanswered messages: "that's the fourth message today", "I've called you five times".
  P(
    'silence',
    /message|text|call|voicemail|email|time|double|triple|quadruple/,
    raw`\b(?:that's|thats|this is|that is|it's|its)\s+(?:my|the)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|umpteenth|hundredth|millionth)\s+(?:\w+\s)?(?:message|text|call|voicemail|email|dm|time i(?:'ve| have)? (?:called|texted|rung|messaged|tried|written|asked|reached out))\b(?![^.?!]{0,30}\b(?:to (?:my|the) (?:bank|council|school|landlord|doctor|gp|dentist|office))\b)|\bi(?:'ve| have)?\s+(?:now\s+|already\s+)?(?:called|rung|phoned|texted|messaged|emailed|tried (?:calling|to call|ringing|to reach|texting) )\s*(?:you\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|so many|a dozen|a hundred|a million|like \d+|loads of|countless|multiple|several)\s+times\b|(?<!\b(?:sorry(?: for| about| to| i| i'm| i am| that i)?|i know i(?: already)?|i know i've(?: already)?)\s)\b(?:double|triple|quadruple)[\s-]?(?:texted|texting|called|calling|messaged|messaging)\b|\bhow many (?:times|messages|texts|calls)\s+(?:do i have to|i(?:'ve| have)|have i)\s+(?:\w+\s+){0,2}?(?:call|text|message|ring|tried|sent|written|left|asked)`,
    { stopAware: true, logisticsAware: true },
  ),
  // "u can't send me one text back?", "you couldn't spare a single word?".
  P(
    'guilt',
    /can't|cannot|couldn't|won't/,
    raw`(?<!\b(?:know|understand|get|if|when|because|since|realise|realize)\s)\b${YOU}\s+(?:can't|cannot|couldn't|won't)\s+(?:even\s+|just\s+)?(?:send|give|spare|text|write|drop)\s+(?:me\s+)?(?:one|a|a single|1|one single|one little|a quick)\s+(?:text|message|reply|word|line|call|minute|answer)\b`,
  ),
  // Sacrifice with their silence: "I gave up my job to move here for you and now you won't pick up".
  P(
    'guilt',
    /for (?:you|ya)/,
    raw`\bi(?:'ve| have)?\s+(?:gave up|given up|quit|left|sold|moved|turned down|dropped|sacrificed|changed)\b[^.?!]{0,50}?\bfor (?:you|ya)\b[^.?!]{0,30}?\b(?:and|but|yet)\s+(?:now\s+|this is how\s+)?${YOU}\s+(?:won't|can't|don't|wouldn't|refuse|ignore|just ignore|leave|left|dump|dumped|block|blocked|treat|can't even|won't even)\b`,
  ),
  // Waiting at their door: "I've been sitting outside your building for an hour".
  P(
    'persist',
    /been|sat|stood|waited/,
    raw`\b(?:i(?:'ve| have)\s+been|been|i(?:'ve| have)\s+(?:sat|stood|waited))\s+(?:sitting|parked|standing|waiting|sat|stood|outside)?\s*(?:right\s+)?(?:outside|downstairs|at|by|in front of|across from|opposite)\s+(?:your|ur)\s+(?:\w+\s+)?(?:building|house|place|flat|door|work|office|window|street|gate|car|doorstep|parents|mum's|mom's|dad's)\b`,
    { softAware: true },
  ),
  // Demands bare of the object: "you have to pick up", "you need to answer, please".
  P(
    'demand',
    /have to|need to|must|got to/,
    raw`\b${YOU}\s+(?:have to|need to|must|have got to|'ve got to|got to)\s+(?:just\s+)?(?:pick up|answer|reply|respond|call me|ring me|text me|text back|get back to me|come down|come out|open the door|let me in)(?=\s*(?:[.!?,]|$)|\s+(?:i|please|pls|now|this|for once|already|at some point|eventually|sometime)\b)`,
    { softAware: true },
  ),
  // Silence forever: "u can't just not talk to me forever", "you can't go on like this forever".
  P(
    'guilt',
    /forever|for ever/,
    raw`\b(?:can't|cannot|won't be able to)\s+(?:just\s+)?(?:not (?:talk|speak) to me|not (?:answer|reply|text|call)(?: me)?|keep (?:this|doing this|this up)|go on like this|stay silent|stay quiet|keep quiet|keep away|stay away|avoid this|pretend i (?:don't|do not) exist)\s+(?:forever|for ever)\b`,
    { negationInside: true },
  ),
  // Sarcasm at their silence: "not replying is a reply too", "thanks for nothing / for ignoring me".
  P(
    'silence',
    /reply|answer|response|silence|ignoring|read/,
    raw`\b(?:not replying|no reply|no answer|not answering|not responding|ignoring me|your silence|silence)\s+(?:is|says|counts as|'s)\s+(?:a|an|your|my)?\s*(?:reply|response|answer)\b(?:\s+(?:too|then|in itself|of sorts|as well))?,?\s+(?:i suppose|i guess|huh|clearly|apparently|got it|noted|right|eh)\b|\b(?:thanks|thank you|cheers)\s+(?:so much\s+|a lot\s+)?for\s+(?:the silence|ignoring me|not replying|not answering|leaving me on (?:read|seen)|nothing)\b`,
  ),
  // Ending it as the condition: "forgive me by the weekend or I'm moving on", "answer or forget about us".
  P(
    'ultimatum',
    /\sor\s|otherwise|don't bother|forget/,
    raw`\b(?:answer|reply|respond|call|ring|text|pick up|talk|meet|see me|forgive|come back|come home|decide|choose|tell me|let me know|get back to me|unblock)\b[^.?!]{0,60}?(?:,?\s+or\s+(?:else\s+)?|,?\s+otherwise\s+)(?:i(?:'m| am|'ll| will)\s+(?:just\s+)?(?:moving on|move on|done|leaving|leave|gone|out|finished|walking away|walk away|blocking you|block you|assume|take (?:it|that) as)|we(?:'re| are)\s+(?:finished|through|over|done)|that's it|it's over|don't bother|forget (?:it|me|us|about (?:me|us|it))|you(?:'ll| will)\s+(?:never (?:hear from|see) me|lose me))|\bif ${YOU} (?:don't|do not|won't|can't)\s+(?:\w+\s+){0,2}?(?:answer|reply|respond|call|text|pick up|come|talk|meet|see|get back)\b[^.?!]{0,50}?\b(?:don't bother|forget (?:it|about (?:me|us|it))|we're (?:finished|through|over|done)|i'm (?:done|gone|finished|out|moving on)|that's it|it's over|consider (?:me|us|this|it) (?:over|done|finished))`,
  ),
  // Begging as a grievance: "I shouldn't have to beg you for a reply".
  P(
    'guilt',
    /shouldn't|should not/,
    raw`\bi (?:shouldn't|should not) (?:have to|need to) (?:beg|chase|plead|keep asking|keep chasing|ask (?:you )?(?:again|twice)|fight for)\b`,
    { negationInside: true },
  ),
  // Leverage: a condition on them, and harm or exposure as the price ("if you tell anyone, you'll regret it",
  // "keep ignoring me and your nudes are going online").
  P(
    'ultimatum',
    /\bif\b|unless|one more|once more|again|keep|carry on/,
    raw`(?:(?:^\W*|[,;:]\s*|\b(?:and|so|just|you)\s+)(?:keep|carry on)\s+\w+ing\b(?:\s+[\w']+){0,3}?\s+and\s+|\bunless\b|\bif\s+(?:you|ya|i (?:find out|see|hear|catch))\b(?!\s+(?:want|need|like|'d like|would like|ever want|wish|prefer|can|could|don't mind|do not mind|have time|get a chance|feel))|\b(?:one more|once more|again)\b)[^.?!]{0,80}?(?:\b(?:and|,|then)\s+)?(?:${HARM})|(?:${HARM})[^.?!]{0,60}?\b(?:if|unless)\s+${YOU}\b(?!\s+(?:want|need|like|'d like|would like|ever want|wish|prefer|can|could|don't mind|do not mind))`,
    { softAware: true, jokeAware: true },
  ),
  // Going through their people: "I got your sister to pass on my letter", "I asked Sam to put in a word".
  P(
    'others',
    /pass (?:on|along)|convince|persuade|a word|round|give (?:you|ya)|hand (?:you|ya)|get (?:you|ya) to|make (?:you|ya)/,
    raw`\bi(?:'ve| have|'ll| will|'m going to)?\s+(?:got|get|asked|ask|had|have|begged|beg|sent|send|told|tell|getting|asking)\s+(?:(?:your|ur|our)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|parents|sister|brother|friends?|mates?|best friend|bestie|cousin|aunt|uncle|nan|gran|grandma|boss|flatmate|roommate|housemate|colleague)|[a-z]+(?: and [a-z]+)?)\s+to\s+(?:pass (?:on|along) (?:my|a|this|the|that) (?:letter|message|note|card|apology|flowers)|give (?:you|ya) (?:my|a|this|the) (?:letter|message|note|card|apology)|hand (?:you|ya) (?:my|a|this|the) (?:letter|message|note|card)|convince (?:you|ya)|persuade (?:you|ya)|put in a (?:good )?word|have a word with (?:you|ya)|talk (?:you|ya) round|bring (?:you|ya) round|get (?:you|ya) to|make (?:you|ya) (?:see|talk|answer|reply|listen|call))`,
  ),
  // Chasing as a grievance: "why do I always have to chase you for a reply?".
  P(
    'guilt',
    /\bwhy (?:do|must|should) i\b/,
    raw`\bwhy (?:do|must|should) i (?:always |constantly |keep having to |have to |always have to |still have to )+(?:chase|beg|ask|wait|fight|plead|message you first|text you first|nag)\b`,
  ),
  // Read and unanswered: "you read my message two days ago and still haven't said anything".
  P(
    'silence',
    /read|saw|seen|opened/,
    raw`(?<!\b(?:if|when|know|hope|whether)\s)\b${YOU}\s+(?:read|saw|seen|opened)\s+(?:my|it|the|this|them|all my)\b[^.?!]{0,40}?\b(?:and|but|yet)?\s*(?:still\s+)?(?:haven't|have not|didn't|did not|never|won't|hasn't)\s+(?:even\s+)?(?:said|say|replied|reply|answered|answer|responded|respond|written|texted|got back)\b`,
    { negationInside: true },
  ),
  // What the writer is owed: "I deserve to at least hear your voice", "I deserve some answers".
  P(
    'guilt',
    /deserve/,
    raw`(?<!\b(?:don't|do not|never|not|if|whether)\s+(?:\w+\s+)?)\bi (?:really |still |at least |surely )?deserve (?:to\s+)?(?:at least\s+)?(?:to\s+)?(?:hear (?:your voice|from you|you say it|why)|see (?:you|the kids)|know (?:why|what|where|the truth)|talk to you|speak to you|an? (?:answer|reply|response|explanation|goodbye|chance|conversation)|some (?:answers|closure|respect)|your (?:time|attention|forgiveness|answer))\b`,
  ),
  // Kindness as a debt: "remember who was there for you when your dad died".
  P(
    'guilt',
    /remember|there for (?:you|ya)/,
    raw`\bremember (?:who|that it was me who|it was me who)\s+(?:was there for you|stood by you|looked after you|paid for|helped you|supported you|picked you up|held you)\b|\bi was (?:always )?there for (?:you|ya)\b[^.?!]{0,50}?\b(?:the least (?:you|ya)|and now (?:you|ya)|and this is|you owe|and (?:you|ya) (?:can't|won't|don't))\b`,
  ),
  // Setting off to their place: "I'm driving over now", "I'm heading to your flat".
  P(
    'persist',
    /driving|heading|walking|taxi|train|bus/,
    raw`\bi(?:'m| am)\s+(?:driving|heading|walking|getting a taxi|getting a cab|getting the (?:train|bus))\s+(?:over|round|to yours|to (?:your|ur) (?:place|house|flat|work|office|parents|mum's|mom's))\b(?:\s+(?:now|right now|tonight))?`,
    { softAware: true },
  ),
  // Others in it: "everyone keeps asking me why you won't talk to me", "I've told everyone how you're treating me".
  P(
    'others',
    /asking|told/,
    raw`\b(?:everyone|everybody|people|all our friends|our friends|your (?:mum|mom|family|friends|parents|sister|brother)|the kids)\s+(?:keeps?|keep on|is|are|have been|has been)\s+asking (?:me\s+)?(?:why|when|what|if)\s+(?:you|ya)\b|\bi(?:'ve| have)?\s+told (?:everyone|everybody|all our friends|the whole \w+|your (?:mum|mom|family|friends|parents|boss|sister|brother))\b[^.?!]{0,30}?\b(?:how (?:you|ya)(?:'re| are)? (?:treating|treat|treated|ignoring|acting)|what (?:you|ya)(?:'ve| have)? (?:done|did)|that (?:you|ya) (?:won't|refuse|ignore|blocked|left))`,
  ),
  // A decision due now: "you need to make a decision tonight", "stop stalling and give me an answer".
  P(
    'deadline',
    /need to|have to|must|better|should|stalling|dodging|delaying|dragging|playing games|wasting my time|give me/,
    raw`\b${YOU}\s+(?:need to|have to|must|better|should|have got to)\s+(?:make (?:a|your|the) (?:choice|decision)|make up your mind|decide|give me (?:a|an|your) (?:answer|decision)|choose)\b[^.?!]{0,30}?\b(?:tonight|today|now|right now|by|before|this week|soon|already|asap)\b|\b(?:stop|quit) (?:stalling|dodging|delaying|dragging (?:this|it|your feet) out|playing games|wasting my time)\b|(?:^\W*|\band\s+|,\s*|\bjust\s+)give me (?:an?|your|some) (?:answer|decision|reply|response)\b(?=\s*(?:[.!]|$|already|now|today|tonight))`,
    { softAware: true, logisticsAware: true },
  ),
  // "You can't keep me waiting like this."
  P(
    'guilt',
    /keep me/,
    raw`\b${YOU}\s+(?:can't|cannot|shouldn't)\s+(?:just\s+)?keep me (?:waiting|hanging|guessing|in limbo|dangling|on hold)\b`,
    { negationInside: true },
  ),
  // Formal deadlines: "I require a response to my letters by 15 March".
  P(
    'deadline',
    /require|request|expect|await/,
    raw`\bi (?:require|request|expect|await|will expect)\s+(?:an?\s+|your\s+)?(?:answer|decision|reply|response)\b[^.?!]{0,40}?\b(?:by|before|no later than|within)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}|\d{1,2}/\d{1,2}|the end of|\d+\s+days|tonight|tomorrow|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
    { logisticsAware: true },
  ),
  // Blame laid ahead for what the writer may do: "tell your parents they will be responsible".
  P(
    'ultimatum',
    /responsible|on your (?:head|conscience)/,
    raw`\b(?:they|you|ya|he|she)(?:'ll| will| are going to|'re going to) be (?:held )?responsible(?: (?:for (?:whatever|what|anything) (?:happens|i do)|when|if))?\b(?![^.?!]{0,20}\bfor (?:the|your|their|paying|picking|booking|bills?|rent|kids|school)\b)|\b(?:it'll|it will|that'll|that will) be on (?:your|ur) (?:head|conscience)\b`,
    { jokeAware: true },
  ),
  // Closing the matter after an apology: "now can we please move on?", "can we please just stop this?".
  P(
    'hurry',
    /\b(?:can|could) we\b/,
    raw`\b(?:(?:now|so|then|ok|okay)[\s,]+(?:can|could) we\s+(?:(?:please|pls|just)\s+)*|(?:can|could|can't|why can't) we\s+(?:(?:please|pls|now|already|finally)\s+)+(?:just\s+)?)(?:stop (?:this|it|all this|all of this|fighting|arguing)|drop (?:it|this|the subject)|be done with (?:it|this)|move on(?! to\b)|draw a line|put (?:this|it|that|all this|all of this) behind us|(?:go|get) back to (?:normal|how (?:it|we|things) (?:were|was))|forget (?:about )?(?:it|this|that|all this))\b`,
  ),
  // Obligation through the shared past: "you owe it to what we had to hear me out", "you owe our marriage that much".
  P(
    'guilt',
    /\bowe\b/,
    raw`\b${YOU}(?:\s+(?:still|really|at least|surely))? owe (?:it to\s+)?(?:what we (?:had|have|built|shared|were)|everything we (?:had|have|built|shared)|our (?:relationship|marriage|history|family|love|friendship|time together|past)|(?:all\s+)?(?:the|those|these|our) (?:\w+\s+)?years(?: we had| together)?|(?:the|this) (?:relationship|marriage))\b`,
  ),
  // Their activity as proof that silence is a choice: "so I know you've got your phone on you".
  P(
    'watching',
    /phone|busy|liked|commented|posted|reacted|shared/,
    raw`\b(?:so|which means|that means|means)\s+(?:i know\s+${YOU}(?:'ve| have)?\s+|${YOU}(?:'ve| have)?\s+(?:clearly|obviously|definitely)\s+)(?:got|have|had)\s+(?:your|ur) phone\b|\bi know ${YOU}(?:'ve| have)?\s+(?:got|have|had)\s+(?:your|ur) phone (?:on|with) ${YOU}\b|\b(?:so|which means)\s+${YOU}(?:'re| are)\s+(?:clearly|obviously)\s+(?:not (?:that |too |so )?busy|on (?:your|ur) phone)\b|\bi (?:saw|see|noticed|can see)\s+(?:that\s+)?${YOU}(?:'ve| have)?\s+(?:just\s+)?(?:liked|commented on|reacted to|shared|posted)\b[^.?!]{0,60}?\b(?:so (?:i know|you(?:'re| are| can| could| have)|don't tell me)|but (?:you )?(?:still|can't|won't|didn't|haven't|not)|yet (?:you )?(?:still|can't|won't|haven't))\b`,
  ),
];

/** The rule's gate gains exactly the keys of these patterns, nothing wider. */
export const FAMILY_GATE = new RegExp(FAMILY_PATTERNS.map((p) => (p.key as RegExp).source).join('|'));
