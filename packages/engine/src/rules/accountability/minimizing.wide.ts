/**
 * Wider families of the `minimizing` rule, composed from word classes: size told with a shrinking
 * word ("it got like 12 views", "only for a few minutes"), "not that serious/deep" with adverbs in
 * between, "not as bad as everyone says", plural trivia ("they were only jokes"), "a bigger deal than
 * it is", a joke told with a dismissal ("relax, it was a meme"), "barely" an act, comparison with
 * others ("people do way worse"), and what everyone does ("everyone says stuff when they're angry").
 */
import { keys, type Pattern, raw } from './lib.js';
import { REACTION_REASON, REACTION_SUGGESTION } from './minimizing.list.js';

const SHRINK = raw`(?:like|only|barely|just|literally|maybe|about|hardly|a mere)`;
const FEW = raw`(?:\d+|a few|a couple(?: of)?|one|two|three|five|ten|twenty|a|an)`;
/** The writer takes the shrinking back in the same breath: "…but that doesn't make it okay", "…and that's still too many". */
const TAKEN_BACK =
  /^[^.]{0,50}?\b(?:and|but|yet)\s+(?:(?:it|this|that)(?:'s|\s+is|\s+was)?\s+(?:still|doesn't|does not|didn't|did not|isn't|wasn't|scares|broke|ruined|destroyed|hurt|changed|cost|mattered|matters|was (?:still\s+)?(?:wrong|meant|a lie|cheating|the same|just as bad|bad|cruel))|i\s+(?:see|know|realise|realize|get)\s+(?:now|that))\b/;

/** Joy in the same sentence: "it got 300 likes, I'm so happy", "we went for coffee and it was lovely". */
const JOY =
  /\b(?:so happy|i'm happy|so proud|excited|yay|lovely to|so good to|great to|nice to catch up|amazing)\b/;

function notTakenBack(m: RegExpExecArray, s: { text: string }): boolean {
  return (
    !TAKEN_BACK.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80)) && !JOY.test(s.text)
  );
}

/** The size itself told with a shrinking word: "like 12 views". */
const SHRUNK_SIZE = new RegExp(raw`\b${SHRINK}\s+${FEW}\s+\w+$`);

const DEGREE_ADJ = raw`(?:bad|serious|deep|big|important|awful|terrible|horrible|dramatic|major|crazy|wild|huge|much|bad a thing)`;

export const WIDE_PATTERNS: readonly Pattern[] = [
  // Size with a shrinking word: "it got like 12 views", "it was up for like ten minutes"
  {
    keys: keys('views|likes|people|seconds|minutes|mins|hours'),
    re: new RegExp(
      raw`\b(?:it|that|the (?:post|pic|photo|video|story|tweet|message|picture))\s+(?:only\s+|barely\s+|just\s+)?(?:got|had|was up(?: for)?|was on(?: for)?|was there for|stayed up for|lasted(?: for)?|reached)\s+(?:${SHRINK}\s+){0,2}${FEW}\s+(?:views|likes|people|seconds|minutes|mins|hours)\b`,
      'g',
    ),
    // "it got 12 views, it's fine": the size told with a dismissal instead of a shrinking word.
    accept: (m, s) =>
      notTakenBack(m, s) &&
      (SHRUNK_SIZE.test(m[0]) ||
        /^[^.]{0,20}?\b(?:it's|its|that's|thats|it is)\s+(?:totally\s+|completely\s+)?fine\b|^[^.]{0,20}?\b(?:who cares|relax|chill|calm down)\b/.test(
          s.text.slice(m.index + m[0].length),
        )),
  },
  // Short duration of the act: "it was only for a few minutes", "I was only gone for like an hour"
  {
    keys: keys('seconds|second|sec|secs|minutes|minute|mins|min|moment|hour'),
    re: new RegExp(
      raw`\b(?:it|that|i|we)\s+(?:were|was)\s+(?:(?:gone|out|there|away|only|just|literally|barely)\s+){1,2}for\s+(?:(?:only|just|barely|literally|like|a mere)\s+){0,2}${FEW}\s+(?:seconds?|secs?|minutes?|mins?|moments?|hours?)\b|\bi\s+(?:only|just|literally|barely)\s+(?:looked|checked|read|glanced|went|talked|spoke|chatted|saw|had|took|borrowed|used|kissed|hugged|danced|held|left)\b(?:\s+[\w']+){0,4}?\s+for\s+(?:like\s+)?(?:a|one|two|a few)\s+(?:seconds?|secs?|minutes?|mins?|moment)\b`,
      'g',
    ),
    accept: (m, s) =>
      /\b(?:only|just|barely|literally|a mere)\b/.test(m[0]) &&
      notTakenBack(m, s) &&
      !/^\s*(?:when|before|after|while|until|and you)\b/.test(s.text.slice(m.index + m[0].length)),
  },
  // "It really wasn't that serious", "its really not that deep", "that honestly isn't so bad"
  {
    keys: keys("not|isn't|wasn't|ain't"),
    re: new RegExp(
      raw`\b(?:it's|its|it is|it was|it|that's|thats|that|this|this is)\s+(?:really\s+|honestly\s+|just\s+|seriously\s+|actually\s+|genuinely\s+|truly\s+)(?:not|isn't|wasn't|was not|is not|ain't)\s+(?:really\s+|even\s+|actually\s+|exactly\s+)?(?:that|so|all that|too)\s+${DEGREE_ADJ}\b|\b(?:it's|its|it is|it was|it|that's|thats|this is)\s+(?:not|isn't|wasn't|ain't)\s+(?:that|so)\s+deep\b`,
      'g',
    ),
    negation: false,
    accept: (m, s) =>
      !/^\s*(?:now|anymore|any more|these days|for you|to you|compared)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // "I don't think I was as drunk as everyone says", "it wasn't as bad as they make out"
  {
    keys: keys('as'),
    re: /\bas\s+(?:bad|drunk|angry|loud|rude|mean|awful|serious|big|much|often|long|far|aggressive|nasty|cruel|horrible|terrible)\s+as\s+(?:you|u|everyone|everybody|people|they|she|he|your\s+\w+|my\s+\w+|you're|ur)\s+(?:\w+\s+)?(?:say|says|said|think|thinks|thought|claim|claims|claimed|remember|remembers|made out|make out|makes out|making out|making it (?:sound|look|out)|make it (?:sound|look|out)|made it (?:sound|look|out)|describe|described)\b/g,
    negation: false,
    accept: (m, s) =>
      /(?:\bnot\b|n't\b|\bnever\b|\bno way\b|\bhardly\b)/.test(
        s.text.slice(Math.max(0, m.index - 30), m.index),
      ) && !/\bi\s+(?:was|am|'m)\s+(?:worse|much worse)\b/.test(s.text),
  },
  // Plural trivia: "they were only jokes", "those were just words"
  {
    keys: keys('only|just|merely|literally'),
    re: /\b(?:they|those|these|they're|theyre)\s+(?:were|are)?\s*(?:only|just|merely|literally|literally just)\s+(?:jokes|texts|messages|words|pictures|pics|photos|memes|comments|likes|drinks|games|dms|emojis)\b(?!\s+to\s+me)/g,
    accept: notTakenBack,
  },
  // "you're making a much bigger deal of this than it needs to be"
  {
    keys: keys('bigger|worse|larger'),
    re: /\b(?:making|make|made|makes)\s+(?:this|it|things|that)?\s*(?:into\s+)?(?:a|such a)?\s*(?:much\s+|way\s+|far\s+|so\s+much\s+|a lot\s+)?(?:bigger|larger|worse)(?:\s+(?:deal|thing|issue|problem))?\s*(?:(?:of|out of)\s+(?:it|this|that)\s+)?than\s+(?:it|this|that)\s+(?:is|was|needs to be|has to be|should be|really is|actually is|was ever)\b/g,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
    accept: (m, s) =>
      /\b(?:you|you're|u|ur|youre|you've)\s+(?:\w+\s+){0,2}$/.test(
        s.text.slice(Math.max(0, m.index - 25), m.index),
      ),
  },
  // A joke with a dismissal: "lol relax it was a meme", "chill, it was a joke"
  {
    keys: keys('joke|meme|prank|dare|bit|gag'),
    also: keys('relax|chill|calm|lol|lmao|omg|jeez|geez|ffs|seriously|bruh|whatever'),
    re: /\b(?:it|that)\s+was\s+(?:a|an)\s+(?:joke|meme|prank|dare|bit|gag)\b/g,
    accept: (_m, s) => !/\b(?:cruel|wrong|hurtful|not funny|wasn't funny|mean|horrible|sorry)\b/.test(s.text),
  },
  // "Barely" an act: "it was barely even shouting", "it was barely a push", "I barely touched you"
  {
    keys: keys('barely|hardly'),
    re: /\b(?:it|that)\s+was\s+(?:barely|hardly)\s+(?:even\s+)?(?:shouting|yelling|screaming|touching|flirting|cheating|lying|arguing|a (?:push|shove|slap|tap|fight|row|argument|kiss|lie|scratch|graze|mark|bruise|thing)|an (?:argument|affair|issue)|anything|noticeable)\b|\bi\s+(?:barely|hardly)\s+(?:even\s+)?(?:(?:touched|pushed|hit|grabbed|shoved|nudged)\s+(?:you|u|her|him|them)|raised my voice|said anything|spent anything)\b/g,
    negation: false,
  },
  // Comparison: "people do way worse", "other guys do much worse", "loads of couples go through worse"
  {
    keys: keys('worse'),
    re: /\b(?:people|other people|other (?:people's|girls'|guys'|women's|men's)\s+\w+|other guys|guys|men|other men|women|girls|other girls|most people|most guys|loads of (?:people|couples|guys)|lots of (?:people|couples|guys)|plenty of (?:people|couples|guys)|other couples|couples|your friends|my friends|your mates|everyone else)\s+(?:\w+\s+)?(?:do|did|have done|'ve done|go through|went through|have been through|get away with|say|said|survive|survived|got through|get through|gotten through|got over|gotten over|get over|dealt with|deal with|put up with|forgiven|forgive)\s+(?:(?:way|much|far|a lot|so much|loads|even)\s+)?worse\b(?!\s+to\b)|\bi\s+could\s+(?:have|'ve|of)\s+done\s+(?:way|much|far|a lot|so much)\s+worse\b/g,
    negation: false,
    accept: notTakenBack,
  },
  // Compared with others: "compared to most guys I'm a saint"
  {
    keys: keys('compared'),
    re: /\bcompared\s+(?:to|with)\s+(?:most|other|a lot of|loads of|lots of|plenty of)\s+(?:guys|men|people|husbands|wives|boyfriends|girlfriends|couples|partners)\b/g,
    negation: false,
  },
  // "this has been blown out of all proportion", "it's been blown up into something it wasn't"
  {
    keys: keys('proportion'),
    re: /\b(?:blown|blowing|blow|blew)\s+(?:\w+\s+)?out\s+of\s+(?:all\s+)?proportion\b/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
    // "I blew it out of proportion" owns the writer's own overreaction.
    accept: (m, s) => !/\bi\s+(?:\w+\s+){0,2}$/.test(s.text.slice(Math.max(0, m.index - 20), m.index)),
  },
  // Brief: "a momentary lapse of judgement", "it was a brief affair", "a short fling, nothing more"
  {
    keys: keys('momentary|brief|short|fleeting|temporary|passing|nothing'),
    re: /\b(?:a|one)\s+(?:momentary|brief|short|short-lived|fleeting|temporary|passing)\s+(?:lapse|affair|fling|thing|indiscretion|flirtation|slip|dalliance)\b|\b(?:it|that)\s+was\s+(?:just\s+|only\s+)?(?:a|an|one)\s+(?:\w+\s+)?(?:lapse|fling|mistake|slip|thing|kiss|night|moment|indiscretion|flirtation),?\s+nothing\s+more\b/g,
    accept: (m, s) =>
      notTakenBack(m, s) &&
      !/\b(?:after|during|for|within)\s+(?:a|one)\s+$/.test(
        s.text.slice(Math.max(0, m.index - 10), m.index + 2),
      ),
  },
  // "It was purely physical", "there were no feelings involved"
  {
    keys: keys('physical|sexual|platonic|feelings|emotions'),
    re: /\b(?:it|that|this|the affair|the thing|it all)\s+(?:was|is)\s+(?:purely|only|just|strictly|entirely|simply)\s+(?:physical|sexual|platonic)\b|\bthere\s+(?:were|was)\s+no\s+(?:real\s+)?(?:feelings|emotions|emotion|love)\s+(?:involved|there|in it)\b/g,
    accept: notTakenBack,
  },
  // "I don't see why it matters so much", "I don't understand why this is such a big deal"
  {
    keys: keys('matters|matter'),
    re: /\b(?:don't|do not|can't|cannot|didn't|dont)\s+(?:\w+\s+)?(?:see|get|understand)\s+why\s+(?:it|this|that)\s+(?:matters|matter|mattered)\s+(?:so\s+much|that\s+much|this\s+much|at all)\b/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  // "It's all in the past now", "it's water under the bridge", "let's not dwell on it"
  {
    keys: keys('past|bridge|dwell|dwelling'),
    re: /\b(?:it's|its|it is|that's|thats|that is|this is|it was|all that is)\s+(?:all\s+)?(?:in the past(?:\s+now)?|water under the bridge)\b|\b(?:let's|lets|let us|we shouldn't|no point|there's no point|no need to)\s+(?:not\s+|just\s+)?(?:dwell|dwelling)\s+on\s+(?:it|this|that|the past)\b/g,
    negation: false,
    accept: (m, s) =>
      notTakenBack(m, s) &&
      /\ball\b|\bnow$|bridge$|dwell/.test(m[0]) &&
      !/^[^.]{0,20}?\b(?:and|but)\s+i'm\s+(?:\w+\s+){0,2}(?:sober|clean|better|in a (?:good|better) place|getting help|safe)\b/.test(
        s.text.slice(m.index + m[0].length),
      ),
  },
  // "I'd hardly call it cheating", "it wasn't really cheating", "technically we weren't even exclusive"
  {
    keys: keys(
      'call|cheating|lying|affair|abuse|stealing|betrayal|lie|violence|spying|snooping|infidelity|technically',
    ),
    re: /\b(?:i'd|i\s+would|i\s+wouldn't|i\s+would\s+not|i\s+don't|i\s+do\s+not|you\s+can't|you\s+can\s+hardly|you\s+couldn't)\s+(?:really\s+|even\s+|exactly\s+|hardly\s+)?(?:call|count)\s+(?:it|that|this|what i did|what happened)\s+(?:as\s+)?(?:cheating|lying|an affair|abuse|stealing|a betrayal|betrayal|a lie|violence|spying|snooping|infidelity)\b|\b(?:it|that|this|what i did|what happened)\s+(?:wasn't|was not|isn't|is not|was never)\s+(?:really|technically|actually|exactly|properly|even|strictly)\s+(?:cheating|lying|an affair|abuse|stealing|a betrayal|a lie|violence|spying|snooping|infidelity)\b|\btechnically\s+(?:we|i|it)\s+(?:weren't|wasn't|were not|was not|didn't|did not|hadn't|hadnt)\b/g,
    negation: false,
    accept: (m, s) =>
      (!/^(?:i'd|i\s+would)\s+(?:really\s+|even\s+|exactly\s+)?(?:call|count)/.test(m[0]) ||
        /\bhardly\b/.test(m[0])) &&
      notTakenBack(m, s),
  },
  // "It's not as though anyone got hurt", "no one got hurt", "we're talking about one evening"
  {
    keys: keys('hurt|harmed|injured|though|talking'),
    re: /\b(?:no one|nobody|noone|no-one)\s+(?:actually\s+|really\s+|even\s+)?(?:was|were|got)\s+(?:hurt|harmed|injured)\b(?!\s+(?:because of you|by you|thanks to you|except|but|apart from|more than))|\b(?:it's|its|it is|it was|it's not|this isn't)\s+(?:not\s+)?as\s+though\s+(?:anyone|anybody|someone|somebody|i|we|you)\b|\b(?:we're|we are|we were)\s+talking\s+(?:about\s+)?(?:one|a single|a few|two|a couple of|a little|like)\s+(?!of\b)\w+/g,
    negation: false,
    accept: notTakenBack,
  },
  // "its literally nothing", "it's honestly nothing"
  {
    keys: keys('nothing'),
    re: /\b(?:it's|its|it is|it was|that's|thats|that was)\s+(?:literally|honestly|really|seriously|actually|genuinely)\s+nothing\b(?!\s+(?:to do with|like|compared|i\b|you\b|u\b|personal|against|new|but))/g,
    negation: false,
    accept: notTakenBack,
  },
  // "it happens, people fight", "that's just how relationships are"
  {
    keys: keys('happens|relationships|couples|marriages'),
    re: /\b(?:it|these things|stuff like that|things like that|shit|stuff)\s+happens?\b[,.]?\s+(?:people|everyone|everybody|couples|we all)\b|\b(?:that's|it's|this is|that is)\s+(?:just\s+)?(?:how|what)\s+(?:relationships|couples|marriages)\s+(?:are|do|work|go|look like)\b/g,
    negation: false,
  },
  // "you're being so extra", "u r being dramatic"
  {
    keys: keys('being|acting'),
    re: /\b(?:you're|you are|ur|you r|u r|youre|you were|u are|u were)\s+(?:being|acting)\s+(?:(?:so|really|a bit|way|too|kinda|super|a little|very)\s+)*(?:extra|dramatic|over-?dramatic|sensitive|oversensitive|hypersensitive|hysterical|precious|touchy|over the top|ott|a drama queen|unreasonable)\b(?!\s+(?:to|about|with)\b)/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  // Frequency: "it was only a couple of times", "it only happened a few times", "I only said it once"
  {
    keys: keys('times|once|twice'),
    re: /\b(?:it|this|that)\s+(?:was\s+)?(?:only|just)\s+(?:happened\s+)?(?:a couple of|a few|two|three|2|3)\s+times\b|\bi\s+(?:only|just)\s+(?:said|did|sent|posted|hit|pushed|called|texted|shouted|yelled|lied|went)\s+(?:it\s+|that\s+|this\s+)?(?:once|one time|twice)\b/g,
    accept: notTakenBack,
  },
  // "It's not like it was serious", "it's not like it meant anything", "it's not like we were ever short"
  {
    keys: keys('like'),
    re: /\b(?:it's|its|it is|it was|it wasn't)\s+not\s+like\s+(?:it|this|that)\s+(?:was|is|meant)\s+(?:serious|anything|a big deal|important|something|a thing)\b|\b(?:it's|its|it is|it was)\s+not\s+like\s+(?:we|anyone|anybody|you|u|the kids)\s+(?:were|was|got|went|ever|really)\s+(?:ever\s+|really\s+|actually\s+)?(?:short|broke|hurt|harmed|lost out|serious|exclusive|official|going without|struggling|in danger|missing out|without)\b/g,
    negation: false,
  },
  // The act made smaller by what it was not: "I just looked, I didn't touch", "i barely even did anything"
  {
    keys: keys('just|only|barely|hardly'),
    re: /\bi\s+(?:only|just)\s+(?:looked|talked|texted|kissed|flirted|chatted|danced|hugged|messaged)\b[,;]?\s+(?:i\s+)?(?:didn't|did not|never)\s+(?:touch|do anything|sleep|go|meet|kiss|cheat)\b|\bi\s+(?:barely|hardly)\s+(?:even\s+)?(?:did|said)\s+anything\b/g,
    negation: false,
  },
  // "we only went for coffee", "it was just coffee", "we just met up as friends"
  {
    keys: keys('coffee|coffees|drink|drinks|lunch|dinner|walk|friends|food|bite|dance|hug|lift|ride'),
    re: /\bwe\s+(?:only|just|literally just|literally only|only ever)\s+(?:went for|had|grabbed|got|met (?:up\s+)?(?:for|as)|met up as)\s+(?:a\s+|one\s+|some\s+|a quick\s+)?(?:coffee|coffees|drink|drinks|lunch|dinner|walk|friends|food|bite)\b(?!\s+with\s+(?:your|you|u|ur|the kids|our|my (?:mum|mom|dad|parents|family|nan|gran)))|\b(?:it|that)\s+was\s+(?:just|only|literally just|literally only|only ever)\s+(?:a\s+|one\s+)?(?:coffee|lunch|drink|drinks|dinner|walk|dance|hug|lift|ride)\b(?!\s+(?:date|with you))/g,
    accept: notTakenBack,
  },
  // Hardly a crime: "it's hardly the crime of the century", "hardly the end of the world"
  {
    keys: keys('hardly'),
    re: /\bhardly\s+(?:a|the|an)\s+(?:crime|end of the world|big deal|scandal|betrayal|affair|disaster|tragedy|federal case|capital offence|capital offense|hanging offence|fortune|lot of money)\b/g,
    negation: false,
  },
  // What everyone does: "everyone says stuff when they're angry", "we all lose it sometimes"
  {
    keys: keys('everyone|everybody|all|people|couples'),
    re: /\b(?:everyone|everybody|we all|all of us|people|all couples|couples|every couple)\s+(?:says?|does|do|gets?|lose it|loses it|snaps?|shouts?|yells?|fights?|argues?|lies|lie|flirts?|looks?|slips? up|messes? up|screws? up|mess up|screw up)\s+(?:(?:stuff|things|it|that|up|a bit|a little)\s+)?(?:when\s+(?:they're|they are|we're|we are|you're|they get|we get|you get)|sometimes|at some point|now and then|every now and then|from time to time|once in a while|(?:they|we|you)\s+(?:don't|do not|didn't)\s+mean|in\s+(?:a|the)\s+(?:fight|row|argument|heat of the moment))\b|\b(?:everyone|everybody|we all|all of us|people)\s+(?:says?|said)\s+(?:stuff|things)(?=\s*[.!]*\s*$)/g,
    negation: false,
  },
  // Understatement as a whole sentence after the act: "Not ideal.", "Not my finest moment, I know."
  {
    keys: keys('ideal|finest|proudest|look'),
    re: /^\W*(?:(?:which|that|it)(?:'s|\s+is|\s+was)\s+(?:not|hardly)|(?:which|that|it)\s+(?:wasn't|isn't)|not|hardly)\s+(?:exactly\s+)?(?:ideal|my finest (?:moment|hour)|my proudest moment|my best moment|the best look|a great look)(?:\s*,?\s*(?:i know|i admit|lol|tbh|haha|admittedly))?\s*[.!]*\s*$/g,
    negation: false,
  },
  // Their reaction too big, told as advice: "let's not make it into a thing", "don't make this a whole drama"
  {
    keys: keys('make|making'),
    re: /\b(?:let's|lets|let us|can we|we don't need to|no need to|don't|dont|do not)\s+(?:not\s+)?(?:make|making)\s+(?:it|this|that)\s+(?:into\s+)?(?:a|such a|a whole|a big|some big|this big|a huge)\s+(?:thing|deal|drama|issue|saga|big deal)\b(?!\s+(?:on my account|for my sake|for me))/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  // Denied as bad in the writer's own judgement: "I still don't think I said anything that bad"
  {
    keys: keys('think|say|said'),
    re: /\bi\s+(?:still\s+|honestly\s+|really\s+|just\s+|genuinely\s+)?(?:don't|do not|dont)\s+(?:really\s+)?think\s+(?:that\s+)?(?:i|it|what i (?:did|said))\s+(?:said|did|was|is)\s+(?:anything\s+|something\s+)?(?:that|so|too|really)\s+(?:bad|terrible|awful|wrong|serious|horrible|out of order|out of line)\b|\bi\s+(?:didn't|did not|never)\s+(?:\w+\s+)?say\s+anything\s+(?:that|so|too|really)\s+(?:bad|terrible|awful|horrible|out of order)\b/g,
    negation: false,
    accept: notTakenBack,
  },
  // The act renamed as something smaller: "I didn't lie, I just hadn't told you yet", "i didnt cheat i only kissed her"
  {
    keys: keys('lie|lied|cheat|cheated|steal|stole'),
    re: /\bi\s+(?:didn't|did not|never)\s+(?:lie|cheat|steal|lie to you|cheat on you)\b\s*[,;]?\s*(?:i\s+)?(?:just|only|simply|merely)\s+(?:hadn't|had not|didn't|did not|forgot|left|kept|wasn't|was not|kissed|borrowed|didn't get round|hadn't got round|hadn't gotten round)\b/g,
    negation: false,
    accept: notTakenBack,
  },
  // What it "only" was, with a dismissal: "it was texting, nothing more", "it was only flirting, nothing else"
  {
    keys: keys('more|else|all|serious'),
    re: /\b(?:it|this|that)(?:'s|\s+was|\s+is|s)\s+(?:just\s+|only\s+|literally\s+)?(?:texting|flirting|talking|chatting|messaging|sexting|banter|friendly|fun|a chat|a laugh|a game|a phase|a crush|a dance|a drink|drinks|words|online|messages|texts|innocent|harmless)\s*,?\s*(?:nothing more|nothing else|that's all|that is all|no more than that|nothing serious|nothing more than that|that's it|nothing happened|nothing physical)\b/g,
    negation: false,
    accept: notTakenBack,
  },
  // Meant as fun: "it was only ever meant as a bit of fun", "it was meant as a joke", "it was meant to be funny"
  {
    keys: keys('meant'),
    re: /\b(?:it|that|this|the (?:joke|comment|post|message|text|photo|video|meme))\s+(?:was|'s|is|were)\s+(?:only\s+|just\s+)?(?:ever\s+)?meant\s+(?:as|to be)\s+(?:a\s+)?(?:(?:bit of|little|harmless|silly|bit of a)\s+)?(?:fun|joke|laugh|banter|funny|harmless|light-hearted|lighthearted|tongue in cheek|a wind-up|wind up|piss-take)\b/g,
    negation: false,
    accept: notTakenBack,
  },
  // Their reaction too big, told of others: "your family overreacted", "your mum blew it out of proportion"
  {
    keys: keys('overreacted|overreacting|overreact|proportion'),
    re: /\b(?:your|ur)\s+(?:\w+\s+)?(?:family|mum|mom|dad|mother|father|parents|sister|brother|friends|mates|nan|gran|lot|side)\s+(?:(?:totally|completely|really|massively|kind of|kinda|a bit|just|way|seriously|honestly|all)\s+)?(?:overreacted|overreact|are overreacting|were overreacting|blew (?:it|this|that|things|everything) (?:way )?out of proportion)\b/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  // How little of it there was: "I barely stayed an hour", "I only stayed ten minutes anyway", "I hardly even spoke to her"
  {
    keys: keys('barely|hardly|only'),
    re: /\bi\s+(?:barely|hardly|only)\s+(?:even\s+|really\s+)?stayed\s+(?:for\s+)?(?:like\s+|about\s+)?(?:an hour|half an hour|a few minutes|a minute|a bit|a little while|\w+ minutes|an? \w+ minutes|one drink|for one)\b|\bi\s+(?:barely|hardly)\s+(?:even\s+|really\s+)?(?:spoke|talked|chatted|texted|messaged)\s+(?:to|with)\s+(?:her|him|them|that guy|that girl|the guy|the girl)\b|\bi\s+(?:barely|hardly)\s+(?:even\s+)?(?:know|knew|touched|kissed)\s+(?:her|him|them)\b/g,
    negation: false,
    accept: notTakenBack,
  },
  // "we were only messing around", "we were just having a laugh"
  {
    keys: keys('only|just'),
    re: /\bwe\s+were\s+(?:only|just|literally just|only ever)\s+(?:messing around|messing about|mucking about|mucking around|having a laugh|having fun|joking around|fooling around|playing around|larking about|winding you up|being silly|flirting|mates)\b(?!\s+(?:when|and then|until|before|on|in|at)\b)/g,
    negation: false,
    accept: notTakenBack,
  },
  // "I don't get why it's such a big deal to you", "can't see why this is an issue"
  {
    keys: keys('why'),
    re: /\b(?:don't|do not|dont|can't|cannot|cant|still don't|honestly don't)\s+(?:really\s+)?(?:see|get|understand)\s+why\s+(?:it's|it is|its|this is|that's|it was|this was|that was|it has to be)\s+(?:such\s+|so\s+)?(?:a\s+|an\s+)?(?:big deal|huge deal|massive deal|big thing|issue|problem|thing|big)\b(?:\s+(?:to|for)\s+(?:your \w+|ur \w+|you|u|her|him|them|everyone)\b)?/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
  // "surely you can move on by now", "don't be so dramatic", "it wasn't even a real kiss"
  {
    keys: keys('surely|be|real|proper|actual'),
    re: /\bsurely\s+(?:you|u)\s+(?:can|could|should|must|would)\s+(?:have\s+)?(?:move on|moved on|get over it|got over it|let it go|be over it|see that)\b|\b(?:don't|dont|do not)\s+be\s+(?:so\s+|such\s+a\s+|that\s+)?(?:dramatic|sensitive|extra|petty|emotional|hysterical|a drama queen|touchy|precious|silly|ridiculous|soft)\b|\b(?:it|that)\s+(?:wasn't|was not|isn't|is not)\s+even\s+(?:a\s+)?(?:real|proper|actual)\s+(?:kiss|affair|relationship|cheating|date|lie|fight|push|hit|slap|argument)\b/g,
    negation: false,
    reason: REACTION_REASON,
    suggestion: REACTION_SUGGESTION,
  },
];
