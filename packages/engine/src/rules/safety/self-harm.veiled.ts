/**
 * More `self-harm` patterns, for the veiled forms a real person uses: a final goodbye, a burden
 * lifted ("everyone would be better off", "they'd be glad if I was gone"), things given away that
 * "I won't need", passwords left behind, a place or day chosen, urges and thoughts that are back,
 * texting slang ("unalive", "kms"), and self-harm as leverage ("if you block me that's it for me").
 * Also the meaning that spans two sentences: a relapse ("I used to cut. I started again on
 * Saturday."), readiness after the means ("I've got the pills here. I'm done."), a goodbye after a
 * final word, and "I won't need it" after giving something away. The previous sentence must be the
 * writer's own, not denied, not reported, and, for readiness, not told as past and over.
 */
import type { Sentence } from '../../analysis.js';
import type { Hit } from '../../rule.js';
import {
  alt,
  deniedIn,
  nearestPerson,
  reportedIn,
  rx,
  type SafetyPattern,
  windowBefore,
  words,
} from './lib.js';

const UNIVERSAL = `(?:everyone|everybody|all of you|you all|the kids|my kids|the children|my children|my family|the world|they|people)`;
const GONE = `(?:gone|dead|not here|not around|no longer here|no longer around|out of the picture|out of the way|six feet under)`;

export const VEILED_PATTERNS: readonly SafetyPattern[] = [
  {
    // farewell-closing
    need: words('goodbye|bye|farewell'),
    re: rx(
      `(?:thank you|thanks|sorry) for everything,? (?:and )?(?:goodbye|bye|farewell)(?! for now)|(?:goodbye|bye|farewell),? (?:i love you all|love you all|forgive me|please forgive me|thank you for everything|i'm sorry for everything)|(?:i )?love you all,? (?:goodbye|bye|farewell)(?! for now)`,
    ),
    negatable: true,
  },
  {
    // everyone-better-off
    need: words('better|happier|relieved|glad|freer'),
    re: rx(
      `${UNIVERSAL}(?:'d| would| will|'ll)(?: all)?(?: honestly| really| just| genuinely| probably| definitely)? be (?:so much |much |a lot )?(?:better off|happier|relieved|glad|freer)(?: without me(?: around| here)?)?(?=\\s*(?:$|[.!,]|anyway|honestly|tbh|ngl|if i|when i|once i))`,
    ),
    negatable: true,
  },
  {
    // if-i-were-gone
    need: words('gone|dead|here|around|picture|way|under'),
    re: rx(
      `(?:would|'d|will|'ll|be|wouldn't|won't)(?: [\\w']+){0,4}? if i (?:was|were|'m|am) (?:just )?${GONE}(?!\\s+(?:for|to|at|on|till|until|when|by|in|from|this|next|tomorrow|tonight|a|the|with|of))`,
    ),
    negatable: true,
  },
  {
    // dead-weight
    need: words('weight|drain|waste'),
    re: rx(
      `\\bi(?:'m| am)(?: just| only| nothing but| such| honestly| literally)? (?:a |an )?(?:dead weight|weight (?:around|on) (?:everyone's|everybody's|your|their|people's|my family's) (?:necks?|shoulders)|drain on (?:everyone|everybody|you|people|my family)|waste of (?:space|oxygen|air|a life|skin))`,
    ),
    negatable: true,
  },
  {
    // wont-need-it
    need: words('need|needing'),
    re: rx(
      `(?:won't|will not|wont|shan't|don't think i'll)(?: be)? need(?:ing)? (?:it|them|this|those|these|my \\w+|any of (?:it|this|them)|anything)(?: any ?more| again| where i'm going| after (?:tonight|this)| soon| much longer)?(?=\\s*(?:$|[.!,]|x+\\b))`,
    ),
    negatable: false,
    firstPerson: true,
    accept: (s) =>
      /\b(?:given|gave|giving|give|want (?:you|u) to have|you can have|keep my|take my|have my|left (?:you )?my|for you)\b/.test(
        s.text,
      ) &&
      !/\b(?:because|since|now (?:that )?i|as i|new one|replacement|upgraded|work from home|moving)\b/.test(
        s.text,
      ),
  },
  {
    // passwords-left
    need: words('passwords|pins|pin|logins|login'),
    re: rx(
      `(?:left|written|wrote|leaving|put|writing|sorted|noted)(?: down| out)? (?:for you |you )?(?:my |all my )(?:passwords|pin numbers|pins|pin|logins|login details)(?: and [\\w ]{0,30}?)?(?: (?:for you|in the \\w+|on the \\w+|with \\w+|so (?:you|u)|just in case))`,
    ),
    firstPerson: true,
    accept: (s) =>
      !/\b(?:wifi|wi-fi|netflix|router|alarm|spotify|disney|prime|streaming|broadband)\b/.test(s.text),
  },
  {
    // not-a-problem-for-anyone
    need: words('problem|burden|bother|nuisance|worry|pain|weight'),
    re: rx(
      `(?:won't|will not|wont|not going to|never|won't ever) be (?:a |an )?(?:problem|burden|bother|nuisance|worry|pain|weight)(?: (?:on|to|for) (?:anyone|anybody|any of you|everyone|everybody|you|people|my family|the kids))?(?: any ?more| again| much longer| for (?:much )?long(?:er)?| after tonight)?`,
    ),
    firstPerson: true,
    negatable: false,
    // "I won't be a bother to you any more" can be a promise of space; a burden lifted from everyone,
    // or soon, is not.
    accept: (s) =>
      /\b(?:soon|after tonight|ever again|much longer|for long|anyone|anybody|everyone|everybody|any of you|people)\b/.test(
        s.text,
      ) && !/\b(?:promise|space|contact|message|text|call|write|bother you)\b/.test(s.text),
  },
  {
    // look-after-them-for-me
    need: words('me'),
    re: rx(
      `(?:take care of|look after|care for|feed|walk|love) (?:[\\w']+ ){1,3}?for me (?:when|after|once|if) i(?:'m| am) (?:gone|not here|not around|no longer here|no longer around|dead)`,
    ),
    accept: (s) =>
      !/\b(?:working|work|away|holiday|trip|weekend|week|shift|late|hospital|in (?:spain|france)|abroad|travelling|traveling|conference)\b/.test(
        s.text,
      ),
  },
  {
    // chosen-the-place
    need: words('picked|chosen|chose|decided|set|found'),
    re: rx(
      `\\bi(?:'ve| have)? (?:already |finally )?(?:picked|chosen|chose|decided on|set|found) (?:a|the) (?:place|spot|date|day|time|bridge|way|method|tree)(?=\\s*(?:$|[.!,]|where|when|for it|to do it))`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:dinner|lunch|meet|meeting|wedding|party|holiday|date night|venue|restaurant|viewing|handover|kids|we|us)\b/.test(
        s.text,
      ),
  },
  {
    // thoughts-again
    need: words('thoughts|urges|feelings'),
    re: rx(
      `(?:having|had|getting|got|been having|started having|keep having|have)(?: those| the| these| my| some| the same)?(?: dark| bad| suicidal| old| scary| horrible| intrusive| awful| black)? (?:thoughts|urges|feelings)(?: [\\w']+){0,2}? (?:again|back|lately|every night|all the time)(?![\\w'])`,
    ),
    negatable: true,
    firstPerson: true,
    accept: (_s, m) =>
      /\b(?:those|the|these|the same|dark|bad|suicidal|old|scary|horrible|intrusive|awful|black)\s+(?:\w+\s+)?(?:thoughts|urges)\b/.test(
        m[0],
      ) || /\b(?:dark|bad|suicidal|scary|horrible|black) feelings\b/.test(m[0]),
  },
  {
    // urge-to
    need: words('urge|urges|itch|craving|cravings|pull'),
    re: rx(
      `(?:urge|urges|itch|craving|cravings|pull)(?: to| for)? (?:cut|self-harm|self harm|selfharm|hurt myself|harm myself|relapse|use the blade|od|overdose|end it|do it again|die)(?! (?:my|your|the|a|it|them|back|down|ties|off|in|loose|corners|costs|out|for|of|laughing)\\b)`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:shopping|smoke|smoking|drink|vape|chocolate|text you|call you|message you)\b/.test(s.text),
  },
  {
    // unalive
    need: words('unalive|unaliving|unalived|sewerslide|sewer|off|end|delete'),
    re: rx(
      `unaliv(?:e|ing|ed)(?: (?:myself|me|my ?self))?|sewer ?slide|(?:off|end|delete)(?:ing)? myself(?! (?:from|off|on)\\b)`,
    ),
    negatable: true,
    firstPerson: true,
  },
  {
    // sleep-not-wake
    need: words('sleep|asleep'),
    re: rx(
      `(?:sleep|asleep)(?: [\\w']+){0,3}? and (?:hopefully |just |maybe |pray i |hope i |i hope i )?(?:not|never|don't|won't) wake(?: up)?(?! (?:early|late|till|until|before|the|him|her|them|you|u)\\b)`,
    ),
    negatable: true,
  },
  {
    // pill-count
    need: words('pills|pill|tablets|tablet|meds|paracetamol|painkillers|ibuprofen'),
    re: rx(
      `(?:took|taken|swallowed|downed|necked|had|take|taking) (?:like|about|around|maybe|nearly|almost|over|at least|roughly|probably|prob) (?:\\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty)(?: or so)? (?:of )?(?:my |the |his |her )?(?:\\w+ )?(?:pills?|tablets?|meds|paracetamol|painkillers|ibuprofen)`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:mg|a day|per day|daily|a week|over the (?:week|month)|prescribed|vitamins?)\b/.test(s.text),
  },
  {
    // engine-in-the-garage
    need: words('engine|exhaust'),
    re: rx(
      `engine (?:running|on)[^.!?]{0,40}?\\b(?:garage|shed|doors? (?:shut|closed|locked))|(?:garage|shed)[^.!?]{0,40}?\\bengine (?:running|on)`,
    ),
    accept: (s) =>
      !/\b(?:warm(?:ing)? up|mechanic|fixing|checking|repair|battery|defrost|frost|cold)\b/.test(s.text),
  },
  {
    // peace-with-dying
    need: words('peace'),
    re: rx(
      `made (?:my )?peace with (?:dying|death|leaving this world|not being here|the end|ending it|my decision to (?:die|go|end it|leave this world))`,
    ),
    negatable: true,
  },
  {
    // leverage-end-of-me
    need: words("that's|over|finished|survive|make|disappear|reading"),
    re: rx(
      `if (?:you|u) (?:\\w+ ){0,3}?(?:leave|block|go|don't|do not|won't|end|walk|dump|cut|stop|ignore|move on)[^.!?]{0,50}?(?:that's it for me|that is it for me|it's over for me|i'm finished|i won't survive|i will not survive|i won't make it|i'll disappear|you'll be reading about me|there's no point (?:in )?(?:me|living|going on))|(?:that's it for me|it's over for me|i won't survive|i won't make it)(?: [\\w']+){0,2}? if (?:you|u) (?:\\w+ ){0,2}?(?:leave|block|go|don't|won't|end|walk|dump|cut|stop|ignore|move on)`,
    ),
    accept: (s) => !/\b(?:tonight|for today|job|exam|interview|game|match|shift|course|team)\b/.test(s.text),
  },
  {
    // for-the-last-time
    need: words('last|final'),
    re: rx(
      `(?:sleep|close my eyes|go to bed|lie down|say (?:goodbye|bye|i love you))(?: [\\w']+){0,3}?,? for the (?:very )?(?:last|final) time`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:house|flat|office|job|school|holiday|this place|the old|moving|before (?:i|we) move)\b/.test(
        s.text,
      ),
  },
  {
    // end-of-the-road
    need: words('end'),
    re: rx(`(?:the )?end of the (?:road|line) for me(?=\\s*(?:$|[.!,]))`),
    accept: (s) =>
      !/\b(?:job|company|team|season|club|career|business|course|contract|car|phone)\b/.test(s.text),
  },
  {
    // drive-and-not-come-back
    need: words('drive|driving|drove'),
    re: rx(
      `(?:go|going|gonna|might|take the car|get in the car|for)(?: [\\w']+){0,3}? (?:a drive|drive|driving)(?: [\\w']+){0,4}? (?:and (?:not|never) (?:come back|stop|make it (?:home|back))|(?:and )?see where i end up|until i (?:crash|hit something|run out)|into (?:something|anything|a wall|a tree|the sea|the river)|fast and (?:not|never))`,
    ),
    firstPerson: true,
    accept: (s, m) =>
      /(?:not|never) (?:come back|stop|make it)|crash|hit something|into /.test(m[0]) ||
      /\b(?:drink\w*|drunk|pissed|wine|vodka|whisky|beers?|pills|tablets|keys)\b/.test(
        `${s.text} ${s.previous}`,
      ),
  },
  {
    // who-finds-me
    need: words('finds|find|found|discovers'),
    re: rx(
      `(?:who|that|the one who|the ones who|the person who) (?:finds|will find|find|discovers|has to find) me(?=\\s*(?:$|[.!,]|first|tomorrow|in the morning|like this|when|after))`,
    ),
  },
  {
    // no-fight-left
    need: words('left|fight|will'),
    re: rx(
      `(?:no|not (?:any|much)|nothing) (?:fight|will to live|reason to live|reason to stay|life) left(?: in me)?(?=\\s*(?:$|[.!,]| to (?:go on|keep going|live|carry on|fight)| any ?more))|(?:lost|losing) (?:the|my|all) will to (?:live|go on|keep going)`,
    ),
    negatable: false,
    accept: (s) =>
      !/\b(?:phone|battery|game|match|argue|argument|fight about|fight with you|to fight with)\b/.test(
        s.text,
      ),
  },
  {
    // want-out-of-life
    need: words('out'),
    re: rx(
      `\\bi (?:just )?(?:want|need|wanna) out(?: of)? (?:this life|my life|life|everything|it all|this world|existence)(?=\\s*(?:$|[.!,]|now|for good|forever|any ?more))`,
    ),
    negatable: true,
  },
  {
    // nearly-went-through-with-it
    need: words('through|close'),
    re: rx(
      `(?:nearly|almost|so close to|came close to|very close to|this close to) (?:went|going|go) through with it|(?:nearly|almost|so close to|came close to|very close to|this close to) (?:ending it|ending it all|doing it tonight|killing myself|jumping)`,
    ),
    firstPerson: true,
    negatable: true,
  },
  {
    // ligature
    need: words('neck|rope|noose|belt|cord|ligature'),
    re: rx(
      `(?:belt|rope|cord|noose|scarf|ligature|cable|tie|lead) (?:round|around) my neck|(?:tied|tying|tie|put|putting|hung|hanging|fixed) (?:up )?(?:a |the |my )?(?:rope|noose|belt|ligature|cord)(?: [\\w']+){0,3}? (?:round|around|to|over|from) (?:my neck|the (?:banister|beam|door|hook|tree|loft hatch|railing|rafters|ceiling))`,
    ),
    accept: (s) => !/\b(?:swing|hammock|washing|tent|boat|climbing|tyre swing|dog|lead for)\b/.test(s.text),
  },
  {
    // cut-too-deep
    need: words('deep|deeper|bleeding'),
    re: rx(
      `cut (?:too deep|deeper|really deep|so deep|deep)(?: this time| again| last night| tonight)?|(?:i'm|i am|it's|it is|it) (?:still )?bleeding (?:a lot|loads|so much|everywhere|and it won't stop)|(?:bleeding|blood) (?:won't|will not) stop`,
    ),
    firstPerson: true,
    accept: (s) =>
      !/\b(?:shaving|cooking|chopping|onion|knife slipped|kitchen|nose|nosebleed|gums|period|finger|paper cut|plaster|hospital said)\b/.test(
        s.text,
      ),
  },
  {
    // soon-wont-have-to
    need: words('soon|tonight|tomorrow|morning'),
    re: rx(
      `(?:soon|after tonight|by tomorrow|by morning|by the morning)(?: [\\w']+){0,2}?,? (?:you|u|everyone|nobody|no one|you all)(?: \\w+)? (?:won't|will not|wont|never|don't|will never) (?:have to|need to|got to) (?:deal with|worry about|put up with|see|hear from|look at|think about|bother with) me`,
    ),
    accept: (s) => !/\b(?:moving|move out|moved|leaving on|flight|new job|away|holiday|trip)\b/.test(s.text),
  },
  {
    // forgive-what-i-am-about-to-do
    need: words('about|going|gonna|planning'),
    re: rx(
      `(?:forgive me|i'm sorry|i am sorry|sorry|don't hate me|please don't hate me|don't blame yourself|it's not your fault) for what i(?:'m| am) (?:about to do|going to do|gonna do|planning|planning to do|doing tonight)`,
    ),
  },
  {
    // cant-promise-here
    need: words('promise'),
    re: rx(
      `(?:can't|cannot|can not|won't|couldn't) promise (?:you )?(?:that )?i(?:'ll| will) (?:still )?be (?:here|around|alive|ok|okay|safe)(?: tomorrow| in the morning| much longer| by \\w+| tonight)?`,
    ),
    accept: (s) => !/\b(?:on time|at \d|for dinner|for the party|meeting|pick up|kids|early)\b/.test(s.text),
  },
  {
    // not-make-it-through
    need: words('make'),
    re: rx(
      `(?:not going to|won't|will not|don't think i'll|don't think i will|not gonna|doubt i'll|might not) make it (?:through|past|to) (?:tonight|the night|the weekend|morning|the morning|tomorrow)(?!'s)(?=\\s*(?:$|[.!,]|alone|like this|without))`,
    ),
    firstPerson: true,
    accept: (s) =>
      !/\b(?:party|dinner|meeting|shift|work|match|game|class|drinks|concert|show|wedding|late|traffic|train|bus|flight)\b/.test(
        s.text,
      ),
  },
  {
    // jump-off-something
    need: words('jump|jumping|throw|throwing'),
    re: rx(
      `(?:want|wanna|going|gonna|tempted|thinking about|think about|urge|could|might) (?:to )?(?:just )?(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of) (?:something|somewhere|anything|a height|the top|a bridge|a building|a train|a car|a bus)`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) =>
      !/\b(?:pool|sea|lake|river for|swim|diving|bungee|parachute|plane|skydiv\w*|trampoline|fun|queue|bandwagon|conclusions|ship)\b/.test(
        s.text,
      ),
  },
  {
    // looking-at-the-knives
    need: words('looking|staring|thinking'),
    re: rx(
      `(?:keep|kept|been|can't stop|cannot stop|sat|sitting|stood|standing|just) (?:looking|staring) at (?:the|my|those|all the|all my|a) (?:\\w+ )?(?:knives|knife|pills|tablets|blades?|razors?|rope|meds|drop|tracks|water|edge)|(?:rope|pills|tablets|knife|knives|gun|blades?|razors?|noose|belt|bridge|tracks)(?: [\\w']+){0,6}? (?:and|,) i (?:keep|can't stop|cannot stop|keep on) (?:thinking|looking) (?:about|at) (?:it|them|using (?:it|them))`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) =>
      !/\b(?:shop|buy|buying|sale|set|new|chef|sharpen|cooking|recipe|order|ordered|christmas|present)\b/.test(
        s.text,
      ),
  },
  {
    // how-much-longer
    need: words('longer|long'),
    re: rx(
      `(?:don't know|do not know|not sure|no idea|dunno) how (?:much )?(?:longer|long) i can (?:do this|keep (?:doing this|going|this up|living like this)|hold on|go on|take (?:this|it)|carry on|last|cope|survive)(?=\\s*(?:$|[.!,]|any ?more|for|like this|without))`,
    ),
    accept: (s) =>
      !/\b(?:job|work|shift|commute|flat|house|contract|course|diet|project|boss|role|degree|heat|queue)\b/.test(
        s.text,
      ),
  },
  {
    // deserve-to-die
    need: words('deserve|should|ought|might|may'),
    re: rx(
      `\\bi (?:just |really |honestly |probably |literally )?(?:deserve to|should|ought to|should just|may as well|might as well) (?:just )?(?:die|be dead|not exist|not be here|not be alive|disappear forever|kill myself|end it(?: all)?)(?!\\s+(?:of|from|laughing|for|a little|inside|trying))`,
    ),
    negatable: true,
  },
  {
    // what-if-i-did-not-wake
    need: words('what'),
    re: rx(
      `what if i (?:just )?(?:didn't|did not|don't|never|wouldn't) wake up|what if i (?:just )?(?:died|disappeared|wasn't here|wasn't around|was gone|ended it|killed myself|jumped|stepped off|stopped existing)(?=\\s*(?:$|[.!?,]|tomorrow|tonight|one day|for good))`,
    ),
  },
  {
    // poison
    need: words('bleach|antifreeze|weedkiller|poison|cleaner'),
    re: rx(
      `(?:drank|drink|drinking|swallowed|swallow|took|downed|drunk) (?:some |a bottle of |the |a cup of |a glass of )?(?:bleach|antifreeze|weedkiller|weed killer|rat poison|poison|drain cleaner)`,
    ),
    firstPerson: true,
    negatable: true,
  },
  {
    // said-goodbye-to
    need: words('goodbye|goodbyes|bye'),
    re: rx(
      `\\bi(?:'ve| have) (?:already )?(?:said|been saying) (?:all (?:of )?)?(?:my )?goodbyes?(?: to (?:the \\w+|my \\w+|everyone|everybody|them|him|her|mum|mom|dad))?(?=\\s*(?:$|[.!,]|to))`,
    ),
    accept: (s) =>
      !/\b(?:airport|station|door|party|visit|leaving do|holiday|moving|new house|school|nursery|flight|funeral|wedding)\b/.test(
        s.text,
      ),
  },
  {
    // still-here
    need: words('still|woke'),
    re: rx(
      `(?:disappointed|gutted|sad|upset|angry|annoyed|sorry|devastated) (?:that |to find |to see )?i(?:'m| am) still (?:here|alive|breathing)|(?:disappointed|gutted|sad|upset|angry|annoyed|devastated) (?:that )?i (?:woke up|didn't die|survived)(?=\\s*(?:$|[.!,]|again|this morning|today))`,
    ),
  },
  {
    // wish-it-would-end
    need: words('wish|want|need|pray|hope'),
    re: rx(
      `(?:wish|want|need|pray|hope) (?:it|everything|it all|all of (?:this|it))(?: would| could| to| will)?(?: all)?(?: just)? (?:end|stop|be over)(?=\\s*(?:$|[.!,]|for good|forever|now|already|for me))`,
    ),
    negatable: true,
    accept: (s) =>
      !/\b(?:meeting|week|day|rain|lecture|shift|film|game|queue|flight|argument|fight|winter|pandemic|lockdown|war)\b/.test(
        s.text,
      ),
  },
  {
    // no-way-out-for-me
    need: words('way|plan|date|set'),
    re: rx(
      `no (?:other )?way out for me(?=\\s*(?:$|[.!,]))|(?:got|have|made|set|i've got|i have) (?:a |the )?plan and (?:a |the )?(?:date|time|place|day)|the date is set(?=\\s*(?:$|[.!,]))`,
    ),
    accept: (s) =>
      !/\b(?:wedding|move|moving|holiday|trip|court|hearing|party|surgery|operation)\b/.test(s.text),
  },
  {
    // hate-being-alive
    need: words('hate|hating|sick'),
    re: rx(
      `(?:hate|hating|sick of|sick and tired of) (?:being alive|living|existing|waking up|still being here|being me)(?![\\w'])(?! (?:in|with|here|there|at|on|alone|together|like|so far|apart))`,
    ),
    firstPerson: true,
    negatable: true,
  },
  {
    // sleep-forever
    need: words('sleep|goodnight|night'),
    re: rx(
      `(?:going to|gonna|'ll|will|want to|wanna|just want to|ready to) (?:go to )?sleep (?:forever|for ever|for good)(?! on (?:a|sundays?|weekends?)| in| till| until|,? it's)|good ?night forever|(?:goodnight|good night),? for the (?:last|final) time`,
    ),
    negatable: true,
  },
  {
    // fresh-cuts
    need: words('cuts|scars|burns'),
    re: rx(
      `(?:arms?|legs?|wrists?|thighs?|skin|body|stomach) (?:are |is )?(?:covered in|full of|all) (?:fresh |new )?(?:cuts|scars|burns)|(?:fresh|new) (?:cuts|scars|burns) on my (?:arms?|legs?|wrists?|thighs?|stomach|skin)`,
    ),
    accept: (s) =>
      !/\b(?:surgery|operation|cat|kitten|dog|scratch\w*|gardening|brambles|roses|fell|bike|accident|kitchen)\b/.test(
        s.text,
      ),
  },
  {
    // peaceful-not-to-exist
    need: words('peaceful|nice|easier|relief|lovely|restful|better'),
    re: rx(
      `(?:peaceful|nice|easier|a relief|better|lovely|restful|quiet) (?:it would be|it'd be|to be|it will be|it'll be) to (?:not exist|not be here|just die|die|be dead|just stop|not wake up|disappear|never wake up|stop existing)`,
    ),
  },
  {
    // time-i-stopped-being
    need: words('time|stopped|stop'),
    re: rx(
      `(?:time|about time) (?:i|for me to) (?:stopped|stop) (?:being (?:a |such a )?(?:burden|problem|bother|weight)|existing|being here|being around|breathing)`,
    ),
  },
  {
    // doing-everyone-a-favour
    need: words('favour|favor'),
    re: rx(
      `(?:i'd|i would|i'll|i will|i'm|i am|it'd be|it would be)(?: just| honestly| really)? (?:be )?doing (?:everyone|everybody|the world|you all|you|my family|the kids) a (?:huge |big |massive )?favou?r(?=\\s*(?:$|[.!,]|by (?:going|leaving|disappearing|not being|dying|ending|checking)|if i (?:died|disappeared|was gone|wasn't here)))`,
    ),
    negatable: true,
  },
  {
    // notice-i-was-gone
    need: words('notice|care|miss|realise|realize'),
    re: rx(
      `(?:notice|care|miss me|realise|realize)(?: \\w+){0,2}? (?:that )?i (?:was|'d|had|'m|am) (?:gone|dead|missing|not here any ?more)(?! (?:for|to|on|from|at|all|a)\\b)`,
    ),
    accept: (s) =>
      !/\b(?:weekend|holiday|trip|party|meeting|work|office|class|shift|while|week|night out)\b/.test(s.text),
  },
  {
    // ways-to-die
    need: words('ways|way|how|methods|method'),
    re: rx(
      `(?:thinking|think|thought|looking up|looked up|researching|googling|googled|searching|searched|reading about|read about) (?:of |about |up |for |into )?(?:ways|how|the best way|methods|the easiest way|the quickest way|the least painful way|a way) to (?:end it|end it all|end my life|die|kill myself|make it stop|not wake up|go painlessly)`,
    ),
    negatable: true,
    firstPerson: true,
  },
  {
    // pills-from-shops
    need: words('shops|chemists|pharmacies|places|stores|kept|saving|saved|keeping|stockpiling'),
    re: rx(
      `(?:bought|got|buying|picked up|getting) (?:some |more |extra |loads of |packs of |boxes of |a few packs of )?(?:paracetamol|pills|tablets|painkillers|sleeping pills|ibuprofen)(?: [\\w']+){0,2}? from (?:\\w+ )?(?:different|several|multiple|a few|two|three|four|loads of) (?:shops|chemists|pharmacies|places|stores)|(?:stopped|not|haven't been|have not been) taking (?:my )?(?:meds|tablets|pills|medication|antidepressants)[^.!?]{0,30}?(?:kept|saving|saved|keeping|stockpil\\w+|hoard\\w+) (?:it|them)`,
    ),
    firstPerson: true,
  },
  {
    // no-plan-to-be-here
    need: words('plan|planning|plans|intend|intention'),
    re: rx(
      `(?:don't|do not) (?:plan|intend) (?:to|on) (?:be|being) (?:here|around|alive)|(?:not planning|have no plans|no intention) (?:to|on|of) (?:be|being) (?:here|around|alive)(?: [\\w']+){0,2}? (?:for|by|at|till|until|next|much longer|tomorrow|christmas|new year)`,
    ),
    accept: (s) =>
      !/\b(?:away|holiday|trip|travelling|abroad|working|moving|visiting|staying|at (?:my|mum's|dad's)|in (?:spain|france|london))\b/.test(
        s.text,
      ),
  },
  {
    // taken-the-lot
    need: words('lot|all|whole'),
    re: rx(
      `(?:took|taken|swallowed|necked|downed) (?:the lot|them all|all of them|the whole lot|everything in the (?:cabinet|cupboard|drawer|box|packet|bottle))(?=\\s*(?:$|[.!,]|and|with|an hour|tonight|last night|just now))`,
    ),
    firstPerson: true,
    negatable: true,
    accept: (s) =>
      /\b(?:pills?|tablets?|meds|paracetamol|painkillers|sleeping|packet|bottle|box|blister|cabinet)\b/.test(
        s.text,
      ) && !/\b(?:biscuits|sweets|chocolates?|cake|food|cookies|crisps)\b/.test(s.text),
  },
  {
    // top-of-the-car-park
    need: words('top|calling'),
    re: rx(
      `(?:i'm|i am|sat|sitting|standing|stood|parked)(?: \\w+){0,3}? (?:at|on) the top (?:floor )?of (?:the|a|this) (?:multi-storey|multistorey|car park|building|cliff|tower|bridge|quarry)|(?:the )?(?:water|sea|river|ocean|bridge|edge|tracks|drop) (?:is|'s|keeps|keep) calling (?:me|to me|my name)`,
    ),
    accept: (s) =>
      !/\b(?:view|fireworks|photos?|pictures?|meet|meeting|waiting for you|where are you|parking|shopping|cinema|restaurant|office|work|lift|stairs|come up|level)\b/.test(
        s.text,
      ),
  },
  {
    // cant-see-myself-old
    need: words('see|myself'),
    re: rx(
      `(?:can't|cannot|don't|can not) see myself (?:getting old|growing old|reaching \\w+|making it (?:to|past) \\w+|being around (?:for|in|next)|here (?:next|in a|by))`,
    ),
    accept: (s) =>
      !/\b(?:job|company|town|city|flat|house|place|career|team|marriage|married|kids|children|settling)\b/.test(
        s.text,
      ),
  },
];

/** Words of acts and means, and of final words, that let the next sentence carry the signal. */
export const SELF_HARM_PREVIOUS_GATE =
  /\b(?:cut|cutting|self[- ]?harm\w*|(?:harm|hurt|kill|hang|drown|poison) myself|end (?:it|my life)|ending it|suicid\w*|overdos\w*|od|pills|tablets|meds|paracetamol|painkillers|rope|noose|blades?|razors?|knife|bridge|ledge|roof|tracks|goodbye|farewell|forgive me|love you all|for everything|want you to have|given|gave|giving|you can have|drinking|drunk|pissed|vodka|wine|whisky|whiskey|car keys|tried|attempt|ready|worry|station|platform|river|sea|cliffs?|quarry|woods|lake|canal|burden|for me|kept me|keeping me|keeps me|solicitor|should go to|guns?|shotgun|rifle|pistol)\b/;

/** An act or means, named by the writer in the previous sentence. */
const PREV_ACT = rx(
  alt([
    'cut(?:ting)?(?= *(?:$|[.!,]|myself|my (?:arms?|wrists?|legs?|thighs?|skin)|when|whenever|to cope|again|a lot|every|badly|deep|for years))',
    'self[- ]?harm(?:ed|ing)?',
    '(?:harm|hurt|kill|hang|drown|poison|starve|burn)(?:ed|ing)? myself',
    'end(?:ing)? (?:it|my life|it all)(?! with| between)',
    'suicid(?:e|al)',
    'overdos(?:e|ed|ing)',
    'tried to (?:die|end it|kill myself|take my (?:own )?life)',
  ]),
);
/** The means, present now: "I've got the pills here", "the rope is in the shed". */
const PREV_MEANS = rx(
  alt([
    "(?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|rope|noose|blades?|razors?|knife|gun)(?: [\\w']+){0,5}? (?:here|in front of me|next to me|with me|in my (?:hand|bag|pocket|car)|on the (?:bed|table|floor|side)|ready|lined up|counted)",
    "(?:got|have|bought|holding|saved|kept|stockpiled|counted)(?: [\\w']+){0,3}? (?:pills|tablets|meds|paracetamol|painkillers|sleeping pills|rope|noose|blades?|razors?|guns?|shotgun|rifle|pistol)",
    "(?:i'm|i am)(?: \\w+)? (?:at|on) the (?:bridge|ledge|roof|edge|tracks|cliff)",
  ]),
);
/** A relapse phrase: only a signal after an act named before it. */
const RELAPSE = rx(
  alt([
    '(?:started|start|starting|begun|began)(?: (?:it|doing it|that))? again',
    '(?:did|done|doing) it again',
    "(?:been|am|i'm) doing it again",
    '(?:went|gone|going) back to (?:it|doing it)',
    '(?:relapsed|slipped|caved)(?: again| last night| yesterday| this week| on \\w+day)?(?= *(?:$|[.!,]|again|last|yesterday|this|on|and))',
    "(?:it's|it is|they're|they are|the urges are|the thoughts are) back",
    'it happened again',
  ]),
);
/** Readiness after the means: "I'm done", "this is it", "I'm going to take them all". */
const READY = rx(
  alt([
    "i(?:'m| am) (?:so )?(?:done|ready|finished)(?=\\s*(?:$|[.!,]|now|tonight|this time|with (?:it all|everything|life|all of it)))",
    'this is it(?=\\s*(?:$|[.!,]))',
    "it's time(?=\\s*(?:$|[.!,]))",
    "i(?:'ll| will|'m going to|'m gonna| am going to|'m about to| am about to) (?:do|use|take|swallow) (?:it|them|all of them|the lot|them all|all of it|every one|every last one)(?=\\s*(?:$|[.!,]|tonight|now|today|soon|this time|if|when|after))",
    '(?:goodbye|bye forever|farewell)(?=\\s*(?:$|[.!,]))',
    'i mean it(?: this time)?(?=\\s*(?:$|[.!,]))',
    '(?:no one|nobody|noone) (?:can|will) stop me',
    "(?:don't|do not) (?:try to |try and )?stop me",
    "i(?:'ve| have) (?:made up my mind|decided)(?=\\s*(?:$|[.!,]))",
    '(?:planning|plan|going|gonna|ready) to do it(?=\\s*(?:$|[.!,]|tonight|today|tomorrow|on \\w+day|this weekend|when|while|soon|now))',
    "tonight(?:'s| is) the night",
    '(?:took|taken|swallowed) (?:them all|the lot|all of them)',
    "i(?:'m| am) (?:taking|swallowing|doing|using) (?:it|them|all of them|the lot|them all)(?=\\s*(?:$|[.!,]|tonight|now|today|soon))",
    '(?:thinking of|looking up|researching) (?:ways|how) to do it',
    '(?:so close to|came close to|nearly|almost) (?:doing it|did it|done it)',
    "i can't (?:wait|hold on|do this) any ?(?:longer|more)(?=\\s*(?:$|[.!,]))",
  ]),
);
/** A past attempt named before: "I tried once before.", "after my last attempt". */
const PREV_ATTEMPT = rx(
  alt([
    'tried (?:it )?(?:once |twice )?before',
    '(?:my|the) (?:last|first|previous|suicide) attempt',
    'tried to (?:die|end it|end my life|kill myself|take my (?:own )?life)',
    'overdosed',
    '(?:took|taken) an overdose',
  ]),
);
/** Doing it again, and this time for good: a signal after a past attempt even when that was long ago. */
const THIS_TIME = rx(
  alt([
    '(?:do|get) it (?:right|properly) this time',
    '(?:finish|finishing) (?:it|the job) (?:this time|properly)',
    '(?:go|going) through with it(?: this time)?(?=\\s*(?:$|[.!,]))',
    "(?:won't|will not|wont) (?:fail|mess it up|get it wrong|be found)(?: this time)?(?=\\s*(?:$|[.!,]))",
    'make sure it works(?: this time)?',
    "this time (?:it'll|it will|i'll|i will) (?:work|be for real|not fail|do it properly)",
    "this time i (?:won't|will not) (?:fail|wake up|survive|be found)",
  ]),
);
/** Everything made ready, said on its own: "It's all ready.", "Everything is sorted." */
const PREV_READY =
  /^\W*(?:everything(?:'s| is)|it(?:'s| is) all) (?:ready|sorted|done|in place|set)\W*$|^\W*(?:i(?:'ve| have) (?:made up my mind|decided)|tonight(?:'s| is) the night|this is it)\W*$/;
/** A past-tense love, or love sent to the family through the recipient: after readiness, a farewell. */
const LOVED =
  /\b(?:want|wanted|need|needed) (?:you|u) to know (?:that )?i (?:always |really |truly )?loved (?:you|u)(?=\s*(?:$|[.!,]|always|so much|more than))|\btell (?:the kids|everyone|my (?:mum|mom|dad|family|kids|sister|brother)|mum|dad) (?:that )?i love(?:d)? (?:her|him|them)\b/;
/** "Don't worry about me." said alone, before "I won't be around to bother you". */
const PREV_DONT_WORRY = /^\W*(?:please )?(?:don't|do not|no need to) worry about me\W*$/;
const WONT_BE_AROUND =
  /\b(?:won't|will not|wont|not going to) be (?:here|around) (?:to (?:bother|annoy|worry|burden|upset|hurt|trouble) (?:you|u|anyone)|much longer|for (?:much )?long)(?=\s*(?:$|[.!,]))/;

/** The writer at a place of danger, said on its own: "I'm at the station.", "I'm going to the river." */
const PREV_PLACE =
  /^\W*(?:i'm|i am|i've|i have|i)(?: \w+){0,2}? (?:at|on|to|by|near|down to|up to) the (?:station|platform|bridge|river|sea|cliffs?|tracks|quarry|canal|lake|woods|railway)\W*$/;
/** After that place: the train in mind, or no one to follow. */
const AT_THE_PLACE =
  /\b(?:(?:keep |can't stop |cannot stop )?thinking (?:about|of) (?:the (?:next |fast )?trains?|jumping|stepping (?:off|in front|out)|the drop|going in)|(?:please )?(?:don't|do not) (?:try to |try and )?(?:follow|find|look for|come (?:after|looking for)) me)(?=\s*(?:$|[.!]))/;

const BURDEN_LIFTED =
  /\b(?:won't|will not|wont) be (?:one|a burden|around|here)(?: [\w']+){0,2}? (?:much longer|for (?:much )?long|after tonight|soon)\b/;
const WONT_BE_AROUND_TO_DO_IT =
  /\b(?:won't|will not|wont|can't|not going to) (?:be (?:here|around|alive) to (?:do it|do that|look after (?:him|her|them|it))|be able to(?: do it| do that| look after (?:him|her|them|it))? (?:anymore|any more|for much longer|after (?:tonight|today)))(?=\s*(?:$|[.!]))/;

/** Final words, and a goodbye standing alone, which make each other a farewell. */
const FINAL_WORDS =
  /\b(?:(?:i'm |i am )?sorry for everything|(?:i )?love you all|(?:please )?forgive me|thank you for everything|thanks for everything)(?=\s*(?:$|[.!,]|x+\b))/;
const LONE_GOODBYE =
  /^\W*(?:goodbye|bye|farewell)(?: (?:everyone|all|forever|for ever|for good|my love|x+))?\W*$/;
/** Something of the writer's given away, then "I won't need it". */
const GIVEN =
  /\b(?:given|gave|giving|give|want (?:you|u) to have|you can have|keep|have) (?:away )?(?:you )?my \w+|\b(?:should|will|can|is to|are to) go to (?:you|u)\b|\b(?:is|are) (?:yours|for you) now\b|\bleft (?:instructions|everything|it all)\b|\bwith my solicitor\b/;
const WONT_NEED = rx(
  "(?:won't|will not|wont|shan't)(?: be)? need(?:ing)? (?:it|them|this|those|these|either(?: of (?:them|it|those))?|any of (?:it|this|them)|anything)(?: any ?more| again| where i'm going)?(?=\\s*(?:$|[.!,]))",
);

/** A present burden named before: "I'm a burden on everyone." then "I'm going to fix that." */
const PRESENT_BURDEN =
  /\b(?:i'm|i am|im|i feel like|i've been|i have been|being|i'm just|i am just) (?:\w+ )?(?:such )?a burden\b/;
const BURDEN_FIXED =
  /^\W*(?:and )?(?:(?:i'm|i am|im) (?:going to|gonna)|i'll|i will|time (?:for me )?to) (?:fix|sort|solve|end|take care of|deal with) (?:that|this|it)(?=\s*(?:$|[.!,]|now|soon|tonight|for good|once and for all))/g;
/** What kept the writer going, named before, then given up: "The dog kept me going. I've found her a new home." */
const KEPT_ME_GOING =
  /\b(?:the )?only (?:thing|reason|one|person)s? (?:that(?:'s| has)? |who(?:'s| has)? |that )?(?:kept|keeping|keeps) me (?:going|here|alive|sane|breathing|hanging on)\b/g;
const GIVEN_UP =
  /\b(?:found|given|gave|got|sorted|arranged) (?:her|him|them|it|the (?:dog|cat|puppy|kitten|horse|rabbit)) (?:a )?(?:new|good|lovely|better|forever|loving) (?:home|owner|owners|family)\b|\bre-?homed (?:her|him|them|the \w+)\b/g;
/** After the means named: "I bought a gun. Not for anyone else." */
const FOR_ME =
  /^\W*(?:(?:it's|its|it is|they're|they are) )?(?:not for (?:anyone|anybody|someone|you|him|her) else|(?:just|only) for me)\b/g;

const DISTANT =
  /\b(?:years? ago|months? ago|used to|back then|when i was (?:younger|little|a (?:kid|child|teen|teenager|student)|\d+)|as a (?:kid|teen|teenager|child)|in my (?:teens|twenties)|at my lowest|(?:last|that) year)\b/;
const SAFE =
  /\b(?:i'm|i am|i feel|i've been|i have been) (?:safe|okay|ok|fine|better|well|clean|sober)\b|\b(?:got|getting|had|found) (?:the |some |proper )?help\b|\b(?:stopped|quit|gave (?:it )?up|haven't|have not|never again)\b|\b(?:in recovery|behind me|in the past)\b/;
const PRESCRIBED =
  /\b(?:this morning|like the doctor|as prescribed|the doctor|the gp|with food|daily|every day|prescribed|for my (?:back|head|headache|cold|period|knee|tooth))\b/;

/**
 * The first match of `re` in `text` that the writer says now: not denied, not reported, not someone
 * else's clause. A regex without the g flag is tried once (exec would return its match forever).
 */
function ownMatch(text: string, re: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.global ? re.exec(text) : null) {
    const win = windowBefore({ text }, m.index);
    if (deniedIn(win) || reportedIn(`${win} `) || nearestPerson(win) === 'other') continue;
    return m;
  }
  return null;
}

/** Hits of meaning that spans this sentence and the one before it. */
export function selfHarmAcrossSentences(s: Sentence, voice: { reason: string; suggestion: string }): Hit[] {
  const prev = s.previous;
  if (!prev || s.isQuestion) return [];
  const hit = (m: RegExpExecArray): Hit[] => [{ start: m.index, end: m.index + m[0].length, ...voice }];
  if (SAFE.test(s.text) && !/\bagain\b/.test(s.text)) return [];
  // The act and the means as the writer names them in the sentence before, each looked for once.
  const act = ownMatch(prev, PREV_ACT) !== null;
  // A relapse after an act, even one told as past: "I used to cut. I started again on Saturday."
  if (act && !/\b(?:stopped|quit|never again|haven't since)\b/.test(s.text)) {
    const m = ownMatch(s.text, RELAPSE);
    if (m) return hit(m);
  }
  // After a past attempt, the next one promised: "I tried once before. I'll do it properly this time."
  if (
    ownMatch(prev, PREV_ATTEMPT) &&
    !/\b(?:apolog\w*|sorry|change|promise|relationship|us|we)\b/.test(s.text)
  ) {
    const m = ownMatch(s.text, THIS_TIME);
    if (m) return hit(m);
  }
  const pastAndOver =
    (DISTANT.test(prev) || SAFE.test(prev)) && !/\b(?:again|back|tonight|now|right now)\b/.test(prev);
  // The means named before, and neither over nor a prescription taken as told.
  const current = !pastAndOver && !PRESCRIBED.test(prev);
  const means = current && ownMatch(prev, PREV_MEANS) !== null;
  // Readiness after the means or the act, named now: "I've got the pills here. I'm done."
  if (means || (current && act)) {
    const m = ownMatch(s.text, READY);
    if (m) return hit(m);
  }
  // A lone goodbye next to final words, in either order.
  if (!pastAndOver) {
    if (LONE_GOODBYE.test(s.text) && FINAL_WORDS.test(prev)) {
      const a = s.text.search(/\S/);
      const b = s.text.replace(/[\s.!,x]+$/, '').length;
      if (b > a) return [{ start: a, end: b, ...voice }];
    }
    if (LONE_GOODBYE.test(prev)) {
      const m = FINAL_WORDS.exec(s.text);
      if (m) return [{ start: m.index, end: m.index + m[0].length, ...voice }];
    }
    if (
      PREV_PLACE.test(prev) &&
      !/\b(?:train home|home|meet|later|lunch|dinner|walk|swim|fishing)\b/.test(`${prev} ${s.text}`)
    ) {
      const m = ownMatch(s.text, AT_THE_PLACE);
      if (m) return hit(m);
    }
    // A burden named, then lifted soon: "Sorry for being such a burden. I won't be one for much longer."
    if (/\bburden\b/.test(prev) && !/\b(?:was|were|had been)\b/.test(prev)) {
      const m = ownMatch(s.text, BURDEN_LIFTED);
      if (m) return hit(m);
    }
    // A last errand, then why: "Take care of the dog for me. I won't be around to do it."
    if (
      /\b(?:take care of|look after|feed|walk|love)\b[^.!?]{0,30}\bfor me\W*$/.test(prev) &&
      !/\b(?:away|trip|holiday|work|shift|hospital|abroad)\b/.test(s.text)
    ) {
      const m = ownMatch(s.text, WONT_BE_AROUND_TO_DO_IT);
      if (m) return hit(m);
    }
    if (PREV_READY.test(prev)) {
      const m = ownMatch(s.text, LOVED);
      if (m) return hit(m);
    }
    if (PREV_DONT_WORRY.test(prev) && !/\b(?:away|moving|move|trip|holiday|job|work|abroad)\b/.test(s.text)) {
      const m = ownMatch(s.text, WONT_BE_AROUND);
      if (m) return hit(m);
    }
    if (GIVEN.test(prev)) {
      const m = ownMatch(s.text, WONT_NEED);
      if (m) return hit(m);
    }
    if (PRESENT_BURDEN.test(prev)) {
      const m = ownMatch(s.text, BURDEN_FIXED);
      if (m) return hit(m);
    }
    if (ownMatch(prev, KEPT_ME_GOING)) {
      const m = ownMatch(s.text, GIVEN_UP);
      if (m) return hit(m);
    }
    if (means) {
      const m = ownMatch(s.text, FOR_ME);
      if (m) return hit(m);
    }
  }
  return [];
}
