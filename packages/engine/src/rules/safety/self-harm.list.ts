/**
 * Word classes for `self-harm`. Each class is a small lexicon; the rule composes them as
 * subject + verb class + complement, so that new wordings of the same meaning still match.
 */
import { alt } from './lib.js';

/** Adverbs and fillers that may sit between the writer and the verb ("I just really want to …"). */
/** Words for medicines, a means the 'acts' and 'means' patterns both need to see before they run. */
export const MEDICINE_WORDS = [
  'pill',
  'pills',
  'tablet',
  'tablets',
  'meds',
  'medication',
  'painkillers',
  'paracetamol',
] as const;

export const ADV = `(?:\\s+(?:just|js|really|rly|realy|rlly|srsly|sorta|highkey|deadass|jus|jst|honestly|truly|still|sometimes|kind of|sort of|kinda|almost|seriously|literally|actually|genuinely|often|so|only|do|even|also|too|lowkey|legit|fully|completely|secretly|always|have|had|been|am|was|think|feel like|all|keep|kept|am starting to|started to|now|badly|desperately|sincerely|quietly|fucking|ngl|tbh|to be honest|going to|gonna|might|could|would|will|need to))`;
export const ADVS = `${ADV}{0,3}`;

/** "die" unless it is an idiom: "die of embarrassment", "die laughing", "to die for". */
export const DIE = `die(?!\\s+(?:of|from|with)\\s+(?:embarrassment|shame|cringe|boredom|laughter|laughing|happiness|jealousy|envy|loneliness|curiosity|excitement|old age|hunger|thirst)|\\s+laughing|\\s+for\\b(?! real\\b)|\\s+a little\\b|\\s+inside\\b|\\s+on (?:this|that) hill|\\s+happy\\b|\\s+in (?:peace|my sleep when i'm old))`;

/** Complements of "I want to / wish to / need to …" that mean not living. */
export const DEATH_WISH = alt([
  DIE,
  'be dead',
  `end (?:it(?: all)?|my life|my own life|everything|things)(?!\\s+(?:with|between|here|there|off|on a|early))`,
  'kill myself',
  'take my (?:own )?life(?! back)',
  'disappear (?:forever|for good|for ever|completely|permanently|from (?:this world|existence|everyone))',
  'not (?:be here|be alive|exist|wake up|be around|live|be on this earth|be in this world)(?!\\s+(?:at|in|on|for|when|with|tonight at|early)\\b)',
  '(?:go to sleep|sleep|fall asleep|close my eyes)(?: and| n|,)? (?:not|never) (?:wake up|open them)',
  'never wake up',
  "sleep forever(?! on (?:a|sundays?|weekends?)| in| till| until|,? it's)",
  'rest (?:forever|for good|for ever|in peace)',
  'be at peace(?! with)',
  'find peace(?! with| in)',
  'not exist',
  'stop (?:existing|living|breathing|being alive)',
  'be gone(?: for good| forever)',
  'fade away',
  'vanish (?:forever|for good)',
  'cease to exist',
]);

/** Places for "I wish I was / were …". */
export const WISH_STATE = alt([
  "(?:was|were|'d be|would be|could be) (?:dead|gone(?: for good| forever)?|never born|not here|not alive|not around|invisible forever)",
  "(?:had|'d) never been born",
  'was never born',
  '(?:could|would|might)(?: just)? (?:die|disappear(?! from (?:your|his|her|their|our) (?:memory|life|lives|mind|sight|view))|not wake up|never wake up|stop existing|sleep forever|end it|go to sleep forever|fall asleep forever|go to sleep and (?:not|never) wake up|not exist|vanish)',
  "(?:don't|won't|didn't|wouldn't|never|do not|will not) wake up(?! (?:the|him|her|them|you|u|everyone|anyone|early|late|in time|on time|before|till|until|at|my|your|his|our|their)\\b)",
  'die(?: in my sleep|d)?(?!\\s+(?:of|laughing))',
  "(?:wasn't|weren't) (?:here|alive|born|around)",
  "(?:didn't|did not) exist",
]);

/** Living complements whose negation is the signal: "I don't want to live / be here / wake up". */
const LIVE_GUARD = `(?!\\s+(?:in|at|on|near|there|here|together|alone|abroad|apart|like (?:that|them)|close|by|under|nearby|far|somewhere|anywhere|where|with(?! (?:this|the pain|what|it|out))|a lie|a double|that way|off|it up)\\b)`;
const HERE_GUARD = `(?!\\s+(?:at|in(?! this world| this life)|on|for|when|while|with(?!out)|alone with|if (?!you|i|u)|tonight at|to (?!see)|either|right now at|any more than)\\b)`;
const WAKE_GUARD = `(?!\\s+(?:early|so early|this early|at \\d|at (?:five|six|seven|eight|dawn)|for (?:work|school|class|uni|the)|in time|before|to (?:go|an alarm)|with(?!out)|when|and go|tomorrow (?:morning )?(?:for|at|early)|till|until)\\b)`;
const GO_ON_GUARD = `(?!\\s+(?:\\w+ing|a|an|the|that|this|my|your|his|her|our|their|holiday|holidays|vacation|trip|date|dates|tour|stage|air|tv|there|about|at|to|friday|monday|tuesday|wednesday|thursday|saturday|sunday|weekend|tonight|tomorrow|today|with(?! (?:this|life|it))|it|and on|facebook|insta|instagram|line|online|ahead|without me)\\b)`;

export const LIFE = alt([
  `live${LIVE_GUARD}`,
  'be alive',
  'stay alive',
  'exist',
  `be here${HERE_GUARD}`,
  `wake up${WAKE_GUARD}`,
  `go on${GO_ON_GUARD}`,
  'keep going(?!\\s+(?:to|with|on|back|out|round|over|through|at))',
  `keep living${LIVE_GUARD}`,
  'carry on(?!\\s+(?:with|at|to|as|working))',
  `be around${HERE_GUARD}(?!\\s+(?:people|you|them|him|her|anyone|my|your|the))`,
  'see tomorrow',
  'see another day',
  'face (?:tomorrow|another day|waking up|life|the future|anything|anyone|the world)',
  'be on this earth',
  'be in this world',
  'keep fighting',
  'get up in the morning',
  'do (?:this|the)(?: whole)? life(?: thing)?',
  'do life',
]);

/** "I can't …" complements that mean not being able to keep living. */
export const CANT = alt([
  `go on${GO_ON_GUARD}`,
  'keep going(?!\\s+(?:to|with|on|back|out|round|over|through|at))',
  'carry on(?!\\s+(?:with|at|to|as|working))',
  `keep living${LIVE_GUARD}`,
  `live${LIVE_GUARD}`,
  'keep waking up',
  'face (?:another day|tomorrow|waking up|life|the future|it anymore|anything anymore|the world)',
  'do (?:this|life|it) (?:any ?more|any longer|no more|no longer)(?!\\s+(?:with|to|for))',
  'take (?:it|this|any more|much more|the pain|this pain|the pain|living like this) (?:any ?more|any longer)',
  'cope any ?more',
  'keep doing this(?: to myself)?(?! to (?:you|u|her|him|them|us|the kids|my family|everyone))',
  'keep fighting',
  'hold on (?:much longer|any ?more|any longer)',
  'be here any ?more',
  'exist any ?more',
  'stay alive',
  'live with myself any ?more',
]);

/** What there is no point in. */
export const POINT_OBJ = alt([
  '(?:me )?being (?:here|around|alive)',
  'living',
  'life',
  'going on',
  'keeping going',
  'carrying on',
  'anything(?: anymore| any more)?',
  'any of it',
  'it all',
  'waking up',
  'existing',
  'trying any ?more',
  'me',
  'myself',
  'the future',
  'tomorrow',
  'getting up',
  'getting out of bed',
  'continuing',
  'my life',
  'any of this',
  'this life',
  'it any ?more',
  'everything',
  'staying alive',
  'being me',
]);

/** Acts against oneself. Negatable, and the clause's subject must be the writer. */
export const ACTS = alt([
  'kill(?:ed|ing)? myself',
  'kms',
  'kys myself',
  'end(?:ing)? my (?:own )?life',
  'tak(?:e|ing) my (?:own )?life(?! back| in| into| seriously| more)',
  'end(?:ing)? it all',
  `end(?:ing)? it(?!\\s+(?:with|between|off|here|there|now and|early|for (?:us|you|her|him)|on a|properly|nicely|kindly|politely|all))`,
  'end(?:ing)? (?:everything|things)(?!\\s+(?:with|between|off|on|over))',
  'hurt(?:ing)? myself(?!\\s+(?:at|playing|training|lifting|running|skiing|falling|on (?:a|the)))',
  'harm(?:ing)? myself',
  'self[- ]?harm(?:ed|ing)?',
  'cut(?:ting)? myself(?!\\s+(?:shaving|cooking|chopping|on|with the (?:bread|kitchen)|slack|some slack|off))',
  'cut(?:ting)? my (?:wrists?|arms?|thighs?|legs?|skin)',
  '(?:cut|cutting|cutted|self[- ]harmed|hurt myself|relapsed and cut) again',
  "(?:started|start|been|am|i'm|was) cutting(?: again)?(?=\\s*(?:$|[.,!]|again|since|and|lately))",
  'slit(?:ting)? my wrists?',
  'hang(?:ing)? myself',
  'shoot(?:ing)? myself',
  'drown(?:ing)? myself',
  'starv(?:e|ing) myself',
  'poison(?:ing)? myself',
  'gas(?:sing)? myself',
  'overdos(?:e|ed|ing)(?! of\\b| on (?:work|sugar|caffeine|coffee|chocolate|love|cuteness|tv|netflix|carbs|food))',
  "od(?:'d|ed|ing)?(?=\\s*(?:$|[.,!]|on|tonight|again))",
  "do (?:anything|something) (?:stupid|silly|drastic|permanent|i can't take back)",
  '(?:jump|jumping|throw myself|throwing myself|step|stepping|fall|falling|launch myself) (?:off|from|in front of|under|onto) (?:the |a |this |that |my )?(?:\\w+ )?(?:bridge|building|roof|rooftop|balcony|ledge|cliff|train|bus|car|lorry|truck|traffic|tracks|platform|window|tower|car park|multi-storey|overpass|motorway|flyover|edge|top floor)',
  'walk(?:ing)? (?:into|in front of) (?:the |a |oncoming )?(?:traffic|sea|ocean|river|lake|train|bus|car|truck|lorry)',
  '(?:drive|driving|drove|crash|crashing|swerve|swerving|steer|steering) (?:my car |the car |myself )?(?:into|off) (?:the |a |oncoming )?(?:\\w+ )?(?:wall|tree|bridge|cliff|river|lake|traffic|truck|lorry|pole|barrier|embankment|sea|quarry)',
  `(?:take|taking|took|taken|swallow(?:ed|ing)?|down(?:ed|ing)?|neck(?:ed|ing)?)(?: all| a bunch| a handful| handfuls| a load| loads| a lot| lots| too many| way too many| heaps| (?:a|the) whole (?:bottle|packet|pack|box|lot|strip|tub|blister)| an entire (?:bottle|packet|pack|box|strip)| a full (?:bottle|packet|pack|box|strip)| enough| the rest| every(?: single)?| every one| all the| all of| double| triple| \\d{2,}| (?:ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)(?:-\\w+)?)(?: of)? (?:my |the |these |those |her |his |\\w+'s |them |some )?(?:\\w+ )?(?:pills?|tablets?|meds|medication|painkillers|paracetamol|tylenol|sleeping pills|antidepressants|ibuprofen|aspirin|insulin|xanax|valium|co-codamol|codeine|diazepam|oxy\\w*)`,
  'not (?:be|being) (?:here|around|alive) (?:much longer|for (?:much )?long(?:er)?|any ?more|tomorrow|after tonight|after today|by (?:morning|tomorrow|the morning))',
  "(?:won't|will not|ain't|am not going to|'m not going to|not going to|not gonna|never going to) be (?:here|around|alive|a problem|a burden|in your way)(?: [\\w']+){0,4}? (?:much longer|for (?:much )?long(?:er)?|tomorrow|after tonight|after today|by (?:morning|tomorrow|the morning|the weekend|then|the time))",
  'do (?:anything|something)(?: \\w+)? to myself',
  'let(?:ting)? go of the (?:steering )?wheel',
  "(?:scared|afraid|frightened|terrified) (?:of )?(?:what|that) i(?:'ll| will| might| could| am going to|'m going to| may) do(?: to myself)?",
  "(?:don't|do not|can't) trust myself(?= *(?:$|[.,!]|tonight|right now|alone|to (?:stay|be|keep) safe|around (?:the )?(?:pills|knives|tablets)|with (?:the )?(?:pills|knives|tablets|myself)))",
  'disappear(?:ing)? (?:forever|for good|for ever|permanently|and never come back)',
  'finish(?:ing)? myself(?! off (?:the|this|my))',
  `die (?:tonight|soon|without you|alone tonight)`,
  "(?:i'll|i will|i'm going to|i am going to|i'd|i would|i might|i'm gonna) (?:just )?die(?=\\s*(?:$|[.,!]|if|without (?:you|u)\\b|then))",
]);

/** Means and places, as a plan ("the pills in front of me", "sitting on the bridge"). */
export const MEANS = alt([
  '(?:pills|tablets|meds|medication|razor|razors|blade|blades|rope|noose|gun|knife|bottle of \\w+) (?:are |is )?(?:right )?(?:here|in front of me|on the (?:bench|counter|table|bed|floor|desk)|in my hand|next to me|beside me|lined up|counted out|all ready|out on the (?:table|bed|counter|floor))',
  '(?:looking|staring|stare|look|looked|stared|holding) at (?:the|my|all|those|these|all my|all the|all of my|a|this) (?:\\w+ )?(?:pills|tablets|meds|rope|blade|razor|knife|gun|noose|bottle of pills)',
  '(?:have|got|bought|buy|buying|saved|saving|stockpiled|stockpiling|hoarding|hoarded|collected|collecting|counted|counting|kept|keeping)(?: up)? (?:a |the |some |all |enough |my |all my |all the |a lot of |loads of )?(?:\\w+ )?(?:pills|tablets|rope|razor blades|blades|noose)(?=[^.!?]{0,30}(?:in front of me|next to me|right here|here with me|with me|ready|counted|lined up|just in case|for tonight|to do it|to end|enough))',
  'enough (?:pills|tablets|sleeping pills|paracetamol) to',
  "how many (?:pills|tablets|paracetamol|sleeping pills)(?: [\\w']+){0,4}? (?:it would take|it takes|would kill|to take|would do it|are lethal|is lethal|to die)",
  '(?:lethal|fatal) dose',
  '(?:looking up|googling|researching|searched|searching|looked up|googled|researched) (?:how to (?:die|end it|kill myself|do it painlessly)|ways to (?:die|end it|kill myself)|painless ways|how many (?:pills|tablets)|how long it takes to)',
  "(?:bought|buy|buying|got|have|'ve got|got myself) (?:a |some |the )?(?:rope|noose)(?! for| to tie)",
  '(?:holding|gripping|clutching) (?:a|the|my) (?:blade|razor|knife|gun|rope|pills|bottle of pills)',
  '(?:pills|tablets|rope|blade|razor|knife|gun)(?: (?:is|are))? (?:right )?(?:on|in|next to|beside) (?:my|the) (?:table|bed|counter|floor|desk|hand|lap|bedside)',
  '(?:looking|staring|stare|look|looked|stared|keep looking) (?:at|down at|over) (?:the|that) (?:tracks|drop|water below|edge|ledge|river below|traffic below)',
  "i(?:'m| am)(?: \\w+)? (?:on|at|up on) (?:the|a|this|that) (?:\\w+ )?(?:bridge|ledge|cliff|cliff edge|rooftop|roof|railway line|train tracks|tracks|edge|top floor of (?:a|the) (?:car park|building|parking))(?! (?:of town|street|road|bar|restaurant|pub|cafe|station))(?![^.!?]{0,40}\\b(?:be there|minutes|mins|traffic|driving|bus|late|on my way|omw|see you|meet|pick|stuck|queue|fixing|repairing|mending|clearing|cleaning|gutters?|tiles|aerial|where are you|parked|waiting for you|come and|lunch|coffee|drinks|view|photos?|pictures?))",
  '(?:stockpil|hoard|sav|collect)(?:ed|ing|e)(?: up)? (?:my |the |all my |all the )?(?:\\w+ )?(?:pills|tablets|meds|medication|painkillers)',
  '(?:sitting|standing|sat|stood|been|perched|climbed|climbing) (?:on|at|by|near|on top of|at the edge of|on the edge of|over|up on|onto) (?:the|a|this|that) (?:\\w+ )?(?:bridge|ledge|cliff|cliff edge|railing|railings|train tracks|railway|railway line|tracks|rooftop|parapet|overpass|flyover)',
  '(?:edge|railing|ledge) of (?:my|a|this|the) (?:roof|balcony|building|cliff|platform|bridge|car park)',
  'wrong side of the (?:railing|railings|barrier|fence)',
]);

/** Farewells, final arrangements and being a burden. */
export const FAREWELL = alt([
  'goodbye (?:forever|for good|for ever|for the last time|everyone|world|cruel world)',
  'this is (?:my )?(?:goodbye|farewell|the end for me)',
  "last (?:thing|message|text|words?|time)(?: [\\w']+){0,3} ever (?:send|write|say|hear|get|receive|read|type)",
  "by the time you (?:read|see|get) this(?!,? i(?:'ll| will) (?:be )?(?:at|in|on|home|back|there|asleep|out|away|gone (?:to|for|out))\\b)",
  "when you (?:read|see|get) this,? i(?:'ll| will) (?:be )?(?:gone|dead|not be here|at peace)",
  '(?:wrote|written|writing|write|left|leaving)(?: out)? (?:my |a few |some |all the |the |little )?(?:goodbye |farewell |suicide )?(?:letters|notes)(?: to| for)(?! (?:the council|my solicitor|the court|your lawyer|school))',
  '(?:goodbye|farewell|suicide) (?:letter|note)s?',
  '(?:gave|giving|given|give) (?:away )?(?:all|most|everything)(?: of)? (?:my )?(?:stuff|things|belongings|possessions|clothes|books|everything)?',
  '(?:gave|giving|given) (?:my )?(?:stuff|things|belongings|possessions) away',
  '(?:look after|take care of|care for) (?:him|her|them|it|\\w+) better than i (?:can|could|ever could|ever did|would)',
  'put(?:ting)? my affairs in order|sort(?:ed|ing)? (?:out )?my affairs|(?:wrote|written|writing|made|making|updated) (?:my |a )will(?= (?:tonight|today|just in case|and))',
  'my (?:own )?funeral',
  "when i(?:'m| am) (?:dead|gone|not here any ?more|not around any ?more|no longer here|no longer around|six feet under)(?!\\s+(?:for|to|on|away|out|home|shopping|\\d))",
  "(?:don't|do not|never|please don't) blame yourself for (?:what happens|what i do|what i'm about to do|what comes next|any of (?:this|it)|this)|whatever happens(?: tonight| now| next| to me)?,? (?:isn't|is not|won't be|was never) (?:your|anyone's) fault",
  "(?:letter|note|message|video)s? (?:for|to be read) (?:after|when i'm gone|when you find me)|for (?:after|when) i(?:'m| am) gone",
  "(?:don't|do not|no need to|please don't) (?:bother )?(?:look|looking|come looking|search|searching|try to find|try and find) for me",
  '(?:doing|do) (?:everyone|everybody|you|the world|you all|my family) a favou?r (?:by|if i) (?:disappearing|dying|going|leaving for good|not being here|ending it|killing myself|just going|checking out)',
  "(?:the )?only (?:thing|reason|person|one) (?:stopping|keeping|holding) me(?: back| here| alive| going)?(?! from (?:moving|leaving|quitting|going|calling|texting|coming))|only reason i(?:'m| am| was)(?: still)? (?:here|alive|around|going|living|holding on|hanging on|getting up)",
  "(?:made|reached|come to) (?:my|a|this|the) (?:choice|decision)(?: [\\w']+){0,5} (?:at peace|ready to go)",
  '(?:said|saying|say|made) my goodbyes',
  "tell (?:my|the) (?:mum|mom|mother|dad|father|kids|children|family|sister|brother|son|daughter|nan|gran|friends) (?:i|that i)(?: love| loved|'m sorry| am sorry| was sorry)(?! (?:i|for) (?:missed|forgot|was late|couldn't|can't|didn't))",
  '(?:happier|better|easier|fine|lighter|freer|relieved|at peace|safer) without me(?! around to| nagging| there)',
  "(?:better|easier|simpler|happier|a relief|kinder)(?: (?:place|off|world))?(?: for (?:everyone|everybody|you|all of you|them|my family))? if i (?:just )?(?:wasn't|weren't|was not|were not|was gone|were gone|was dead|were dead|died|disappeared|didn't wake up|didn't exist|wasn't around|wasn't here|ended it|never woke up|was never born|wasn't in it|weren't in it|wasn't alive)",
  "(?:care|notice|miss me|even know|be sorry|be happy|be relieved|cry)(?: \\w+){0,2} if i (?:died|was dead|were dead|killed myself|was gone|were gone|disappeared|didn't wake up|ended it|wasn't here|wasn't around)",
  "after i(?:'m| am) (?:gone|dead)(?!\\s+(?:for|to|on|away|out|home|shopping|\\d))",
  '(?:be|get) rid of me (?:for good|forever|soon|at last|after tonight|permanently|once and for all)',
  'burden (?:on|to|for) (?:everyone|everybody|you|all|people|my family|anyone|the world|them)',
  "i(?:'m| am)(?: (?!not\\b|never\\b)\\w+){0,2} (?:a |such a |just a |nothing but a |only a )burden",
  "better off (?:without me|if i (?:was|were|wasn't|weren't|didn't|had never|never|was not|were not|died|disappeared|just|wasnt|werent)|with me (?:gone|dead|out of the (?:way|picture))|when i(?:'m| am) gone|once i(?:'m| am) gone|if i (?:just )?(?:were|was) (?:gone|dead|not here|not around))",
  "(?:i'd|i would|i'm|i am|i'll|i will)(?: \\w+)? be better off dead|better off dead",
  "(?:no one|nobody|noone|no-one) (?:would|will|'d|'ll|is going to)(?: even| really| ever)? (?:miss|notice|care|mourn)(?: about)? (?:me(?! (?:at|in|on|for|when|while|until|till|if i (?:skipped|missed|left early|didn't come)))|(?:if|when|that) i(?! (?:skipped|missed|left early|didn't (?:come|go|show)|wasn't at|stayed (?:home|in)|moved|went)))",
  "won't have to (?:deal with|deal w|deal w/|worry about|put up with|hear from|see|look at|think about|bother with|care about) me (?:much longer|for (?:much |very )?long(?:er)?|after (?:tonight|today|this)|soon)",
  "(?:not|won't|will not|never) (?:be|going to be) (?:a )?(?:problem|burden|bother|worry|pain)(?! (?:to|for) (?:you|u) any ?more)(?: \\w+){0,3} (?:after tonight|after today|much longer|for (?:much )?long(?:er)?|ever again|soon|any ?more)",
  "(?:you|u|everyone|they)(?: can| will|'ll)(?: finally)? (?:be free of me|have peace without me|move on without me forever)",
]);

/** Desire, despair and returning thoughts. */
export const THOUGHTS = alt([
  '(?:think|thinking|thought|thoughts|fantasi[sz]ing|dream(?:ing)?|obsessing|researching|googling|looking up) (?:about|of|on|into|how to)(?: \\w+){0,2}? (?:killing myself|ending it|ending my life|ending things|ending everything|suicide|dying|not being (?:here|around|alive)|not waking up|taking my (?:own )?life|taking all (?:my|the) \\w+|overdosing|jumping|hurting myself|harming myself|cutting|disappearing for good|how to (?:die|end it|kill myself|do it))(?!\\s+(?:with|between|off|my hair|your hair|her hair|his hair|the|it|them|eggs|clothes|fabric|ties|back|down|out)\\b)',
  'suicid(?:e|al)(?! (?:squad|mission|prevention training|bomber|doors|run|sprints?))',
  "(?:the|those|these|my|dark|bad|old|same) (?:dark |bad |old )?(?:thoughts|urges|feelings) (?:are|have|'ve|came|come|keep coming|started coming|are coming|have come|crept|creeping)(?: \\w+)? (?:back|again)",
  '(?:thoughts|urges?|feelings?) (?:of|about|to) (?:ending|hurting|harming|killing|cutting|dying|suicide|death|not being here)',
  '(?:urges?|feeling|need) to (?:hurt|harm|cut|kill|end) (?:myself|it)',
  "(?:had|have had|'ve had) enough of (?:this life|life|living|everything|being alive|it all|existing|this world|this)(?=\\s*(?:$|[.!,]|now|i'm done|for good))",
  'check(?:ed|ing)? out (?:for good|permanently|of (?:this life|life|this world)|early|forever)',
  "(?:can't|cannot|don't) see myself (?:being (?:here|around|alive)|making it|living|surviving|lasting)(?: (?:much longer|next|past|till|until|to|through|another))",
  "(?:shouldn't|should not|should never|don't deserve to|do not deserve to) (?:be alive|be breathing|exist|have been born|be here(?=\\s*(?:$|[.!]|any ?more|at all|on this earth|in this world)))",
  "(?:burn(?:ed|t|ing)?|scratch(?:ed|ing)?|hit(?:ting)?|punch(?:ed|ing)?|bit(?:e|ing)?|bang(?:ed|ing)?|scald(?:ed|ing)?|carv(?:e|ed|ing)) (?:myself|my (?:arms?|legs?|skin|wrists?|thighs?|head|hands?|stomach))(?: [\\w']+){0,4}? (?:again|until|till|on purpose|to feel|so i can|deliberately|bleed)",
  'until (?:it|they|i) (?:bleeds?|bled)',
  "(?:hope|wish|pray|wouldn't care if|wouldn't mind if|don't care if|do not care if|wouldn't be sad if)(?: that)? (?:i|something|a (?:bus|car|truck|lorry|train))(?: (?!don't|not|never|won't|didn't)[\\w']+){0,3}? (?:crash|crashed|get hit|got hit|gets hit|die|died|don't make it|didn't make it|never make it|don't come back|happens? to me|happened to me|hits me|hit me|kills me|killed me|don't survive|never come back)(?! (?:to|into) (?:the|your|work|town))",
  "(?:soon|tonight|by morning|by tomorrow)(?: [\\w']+){0,3}? (?:it won't hurt any ?more|none of (?:this|it) will matter|i won't (?:feel|hurt|be in pain)|it(?:'ll| will) (?:all )?be over)|it(?:'ll| will) (?:all )?be over (?:soon|tonight|by morning|by tomorrow|for good|for me)(?! (?:and|then) we)|won't hurt any ?more(?= *(?:$|[.!]))",
  "(?:i've|i have) (?:just )?taken (?:something|some(?:thing)? (?:pills|tablets)|too many)(?=\\s*(?:$|[.!,]))",
  '(?:car|engine) (?:running|on) in the (?:garage|shed)|hose (?:from|on|to) the exhaust',
  "(?:bath|shower|tub|bathroom)(?: [\\w']+){0,2}? with (?:a|the|my) (?:razor|blade|knife|pills)",
  'end(?:ing)? (?:the|this|my) (?:suffering|pain|misery|torment)(?: for good| forever| once and for all| permanently)?',
  '(?:want|wants|need|wish)(?: for)? (?:it all|everything|all of (?:this|it)|my life) to be over(?: for good| forever)?|to be over,? (?:all of it,? )?me included',
  "(?:i've|i have) (?:got )?(?:it )?(?:all )?(?:planned|worked out)(?: out)?(?=\\s*(?:$|[.!]))|i know (?:exactly )?how i(?:'d| would| will|'ll) do it|(?:i've|i have) (?:got )?a plan(?= *(?:$|[.!]|for tonight))",
  "(?:don't know|not sure|can't say|no idea) what i(?:'ll| will| might| could| would| may)? do to myself|(?:what|things) i(?:'ll| will| might| could| would| may) do to myself",
  "(?:i'm|i am|i'm just|i feel|i'm really) not safe(?! (?:to drive|driving|at work|there|in that))|i don't feel safe (?:with myself|alone|right now|tonight)",
  "thoughts (?:haven't|have not|won't|don't|aren't|are not) (?:gone|stopped|go away|stop|going away|leaving)",
  "(?:won't|will not|wont) be a next time",
  '(?:written|wrote|writing) down (?:all )?my passwords|(?:sorted|sorting|sort) (?:out )?my (?:will|affairs|funeral)',
  "(?:go|went|going|fall|fell|falling) (?:to sleep|asleep)(?: [\\w']+){0,2}? and (?:don't|didn't|never|not|wouldn't) wake up|(?:don't|didn't|never) wake up,? (?:it|that)(?:'d| would)? be (?:fine|okay|ok|better|a relief)",
  "(?:don't|can't|cannot|do not) see how i (?:get|make it|survive|keep going|carry on|go on|can go on|can keep going)|(?:don't|do not) know how i(?:'m going to|'ll| will| can| am going to)? (?:get through|survive|make it|keep going|go on|carry on)",
  "(?:not sure|don't know|do not know|no idea) (?:if|whether) i(?:'ll| will)(?: still)? be (?:here|around|alive)|(?:not sure|don't know|do not know) (?:if|whether) i (?:even |really )?want to(?=\\s*(?:$|[.!]))",
  "(?:last|final) (?:text|message|thing|words?) (?:anyone|you|u|anybody|everyone)(?: will| 'll)? (?:gets?|hears?|receives?|reads?) from me",
  'every (?:single )?(?:pill|tablet) in (?:the|this|my) (?:house|cabinet|cupboard|box|bottle|drawer|flat|place)',
  '(?:take|taking|took|swallow\\w*|down\\w*) (?:a|the) whole (?:box|bottle|packet|pack|strip|tub)(?! of (?:chocolates|biscuits|cereal|wine|cookies|sweets|crisps))|swallow(?:ed|ing)? (?:them all|the lot|all of them)',
  "(?:wish|wished) (?:that |the |a )?(?:lorry|car|bus|truck|train|van)(?: [\\w']+){0,3}? (?:hit|killed|had hit|had killed) me|wish (?:it|they|he|she) had (?:\\w+ )?(?:killed|hit|finished) me",
  '(?:think|thinking|thought|want|wanted) (?:about |of )?(?:staying|stay|going|go) under(?=\\s*(?:$|[.!,]|and|for good|forever|this time))',
  "(?:won't|will not|wont) (?:be )?need(?:ing)? (?:them|it|this|those|these|my \\w+|anything)(?: [\\w']+){0,2}? where i(?:'m| am) going",
  "(?:gave|giving|given) (?:away )?my \\w+ (?:to|away)(?: [\\w']+){0,4} and my \\w+ (?:to|away)",
  'tell \\w+ i said (?:bye|goodbye)',
  'make (?:it|this|everything|the pain) (?:all )?stop (?:tonight|for good|forever|permanently|once and for all)',
  "(?:can't|cannot|don't|do not|couldn't|could not) (?:see|find) (?:a|any) way forward(?! (?:for|with) (?:this|the) (?:house|business|project|deal))",
  "(?:scared|afraid|worried) (?:that )?i(?:'ll| will| might) do something(?=\\s*(?:$|[.!,]|tonight|to myself|stupid|bad))",
  "(?:don't|do not) care (?:what happens to me|if i (?:live|die|wake up)|whether i (?:live|die|wake up))",
  "(?:not|no longer) (?:scared|afraid) (?:to|of) (?:die|dying|death)(?: any ?more)?|(?:dying|death) (?:doesn't|does not|no longer) (?:scare|frighten)",
  "(?:thought|thinking|think) about how i(?:'d| would| will|'ll) do it",
  "(?:not going to|not gonna|won't|will not) be (?:here|around|alive) to see",
  '(?:want|going) to crash (?:my|the) car|crash (?:my|the) car (?:on purpose|deliberately|tonight)',
  'dark thoughts',
  "i(?:'m| am)(?: so| just| completely| totally| honestly| literally)? done (?:with|w|w/) (?:everything|life|living|it all|all of it|this life|this world|existing|being alive|being here)",
  'nothing (?:left )?(?:to live for|worth living for)',
  "(?:life|living|it|my life)(?:'s| is| isn't| is not|'s not| just isn't) (?:not )?worth (?:living|it any ?more|it without you|continuing)",
  "(?:isn't|is not|'s not|ain't|not|no longer|never|wasn't|won't be) (?:\\w+ )?worth (?:living|being alive|staying alive|sticking around|fighting for|going on)",
  '(?:so |really |just )?tired of (?:being alive|living(?! (?:out of|in|with|like|at|on|together|here|there|apart))|life(?! admin| in)|existing|fighting to (?:stay alive|live|keep going)|waking up|being here|breathing)',
  '(?:given|giving|give) up on (?:life|living|being alive|staying alive)',
  "(?:don't|do not|didn't) deserve to (?:live|be alive|be here|exist|breathe|wake up)",
  "(?:can't|cannot|don't) see (?:any|a|another) way out(?! of (?:the|this|that|my) (?:contract|lease|deal|job|meeting|trip))|(?:there's|there is|i see) no (?:other )?way out(?=\\s*(?:$|[.!,]|but|except|other than|any ?more|for me|now|left))|only (?:way out|option left|answer left)(?! of (?:this|the) (?:contract|lease|deal))",
  'part of me (?:wants|wishes|would like|is ready) to (?:just )?(?:die|be dead|end it|not be here|not exist|disappear|stop existing|not wake up|sleep forever)',
  '(?:no|lost the|losing the|lost all) (?:will|reason|desire|wish) to (?:live|go on|keep going)',
  '(?:want|need|wish) (?:it all|everything|the pain|all of it|this pain|it) to (?:end|stop)(?: forever| for good| permanently)?(?=\\s*(?:$|[.,!]|forever|for good|now|tonight))',
]);

/** "I won't make it to my birthday", "I don't plan on being around for Christmas". */
export const NOT_MAKE_IT = alt([
  "(?:won't|will not|don't plan on|not planning on|don't expect to|am not going to|'m not going to) (?:make it|making it|being around|be around|see|seeing|be here|being here|live|living) (?:to|for|till|until|past|through)? ?(?:my (?:birthday|next)|christmas|new year|the new year|next (?:week|month|year)|another (?:year|christmas|birthday)|tomorrow|the weekend|morning|spring|summer)",
]);

/** Statements whose negation is the signal: "I'm not coming back from this one". */
export const NOT_COMING_BACK = alt([
  "(?:wouldn't|would not|would never|might not|(?:don't|do not) think i(?:'d| would)) have stepped back|would have (?:jumped|stepped off|gone over|let go)",
  "(?:not|never|won't be|wont be|won't|wont|(?:don't|do not) think i(?:'ll| will) be) coming (?:back|down|home)(?: from this(?: one)?| this time)?(?=\\s*(?:$|[.!,]|from this|this time|until|till|unless|i|and|ever))",
]);
